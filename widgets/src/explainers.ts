// The widget bundle's entry: registers the elements (written with the widgets).
export {};
