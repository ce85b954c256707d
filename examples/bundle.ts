/**
 * Bundles the React and Vue examples with esbuild, in memory, as an app's
 * own build would (the browser suite serves the result from another origin).
 * Vue compiles the examples' template at run time, so its full build is
 * used; its feature flags are set so it logs nothing about them.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const EXAMPLE_ENTRIES = {
  react: 'react/main.tsx',
  vue: 'vue/main.ts',
} as const;

export type ExampleName = keyof typeof EXAMPLE_ENTRIES;

/** Each example's bundle (an ES module), by name. */
export async function bundleExamples(): Promise<Record<ExampleName, string>> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const result = await build({
    absWorkingDir: dir,
    entryPoints: EXAMPLE_ENTRIES,
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'silent',
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  const byName = (name: ExampleName) => {
    const file = result.outputFiles.find((f) => f.path.endsWith(`/out/${name}.js`));
    if (!file) throw new Error(`esbuild wrote no bundle for the ${name} example`);
    return file.text;
  };
  return { react: byName('react'), vue: byName('vue') };
}
