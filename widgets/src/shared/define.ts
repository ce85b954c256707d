/**
 * Defines a custom element only if its name is still free. A page may hold
 * two copies of the widgets (two CMS blocks, two versions of the script);
 * `customElements.define` throws on a second definition, so the second copy
 * must step aside.
 */
export function defineOnce(name: string, element: CustomElementConstructor): void {
  try {
    if (!customElements.get(name)) customElements.define(name, element);
  } catch {
    // Another script took the name between the check and the define: keep theirs.
  }
}
