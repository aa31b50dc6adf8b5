import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/common/project-root';

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The browser tests drive the built web app (dist/web-app, as `npm start` serves it): built here when
 * missing or older than its sources, so a test never runs against a stale bundle.
 */
export default function setup(): void {
  const root = findProjectRoot();
  const index = join(root, 'dist', 'web-app', 'index.html');
  const sources = Math.max(newestModification(join(root, 'web')), statSync(join(root, 'schema.graphql')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) {
    return;
  }
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
}
