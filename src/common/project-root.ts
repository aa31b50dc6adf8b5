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
