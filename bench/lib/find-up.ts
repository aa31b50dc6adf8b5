import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds a project-relative path from `start` upwards, so benchmarks run both from source and from a
 * compiled copy (e.g. /tmp/pg-build/bench) when started inside the project.
 */
export function findUp(relative: string, start: string): string {
  for (const origin of [start, process.cwd()]) {
    let directory = origin;
    for (;;) {
      const candidate = join(directory, relative);
      if (existsSync(candidate)) {
        return candidate;
      }
      const parent = dirname(directory);
      if (parent === directory) {
        break;
      }
      directory = parent;
    }
  }
  throw new Error(`${relative} not found above ${start} or ${process.cwd()}`);
}
