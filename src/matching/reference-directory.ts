import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The YAML files sit in src/matching/reference. Compiled code (dist/…) finds them by walking up to
 * the project's src folder, so the build needs no asset copy step.
 */
function resolveReferenceDirectory(): string {
  const tried: string[] = [];
  for (let directory = __dirname; ; directory = dirname(directory)) {
    for (const candidate of [join(directory, 'reference'), join(directory, 'src', 'matching', 'reference')]) {
      if (existsSync(join(candidate, 'org_types.yml'))) {
        return candidate;
      }
      tried.push(candidate);
    }
    if (dirname(directory) === directory) {
      break;
    }
  }
  throw new Error(`Name reference data (org_types.yml) not found; looked in ${tried.join(', ')}`);
}

let directoryCache: string | undefined;

/** The folder of the reference YAML files (src/matching/reference). */
export function referenceDirectory(): string {
  directoryCache ??= resolveReferenceDirectory();
  return directoryCache;
}
