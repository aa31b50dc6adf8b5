import { createRequire } from 'node:module';

const requireFromHere = createRequire(__filename);

/**
 * Loads a module of this folder's build when it is first needed (a path relative to src/cli), as
 * `require` does. The `import()` that TypeScript keeps under nodenext goes through Node's ESM loader
 * for a CommonJS file (URL resolution, format detection, a scan of its text for exports), which cost
 * `screen` about 0.15 s of CPU at start for the few modules it loads late (a 1-row run: 1.86 s of CPU
 * with `import()`, 1.72 s with this, mean of 8 each). Commands still load only what they use.
 */
export function loadModule<T>(specifier: string): T {
  return requireFromHere(specifier) as T;
}
