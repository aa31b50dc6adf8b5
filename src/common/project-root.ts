import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cachedRoot: string | undefined;

/** The folder holding partner-graph's package.json, whether running from src/ (tests) or dist/. */
export function findProjectRoot(): string {
  if (cachedRoot) {
    return cachedRoot;
  }
  let directory = __dirname;
  for (;;) {
    const candidate = join(directory, 'package.json');
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (manifest.name === 'partner-graph') {
        cachedRoot = directory;
        return directory;
      }
    }
    const parent = dirname(directory);
    if (parent === directory) {
      throw new Error(`Cannot find partner-graph's package.json above ${__dirname}`);
    }
    directory = parent;
  }
}

/**
 * The folder holding the app's data files (cypher/, seed/ with the sample lists' manifest). The
 * build copies them into dist/data/, so compiled code reads its own copies and dist/ runs on its
 * own; code run from src/ (the tests) reads them from the project root.
 */
export function dataRoot(): string {
  const bundled = join(__dirname, '..', 'data');
  return existsSync(join(bundled, 'cypher')) ? bundled : findProjectRoot();
}
