// The analyzer ships its Lit plugin without types; this is the one function used (scripts/element-manifest.ts).
declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  export function litPlugin(): import('@custom-elements-manifest/analyzer').Plugin[];
}
