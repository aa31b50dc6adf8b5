import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../common/project-root';
import { printGraphqlSchema, SCHEMA_FILE } from './graphql-schema';

/** `npm run schema` writes schema.graphql; with `--check` it only says whether the file is current. */
async function main(): Promise<void> {
  const path = join(findProjectRoot(), SCHEMA_FILE);
  const printed = await printGraphqlSchema();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      committed = '';
    }
    if (committed !== printed) {
      process.stderr.write(`${SCHEMA_FILE} is stale: run \`npm run schema\` and commit it\n`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(path, printed);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

void main();
