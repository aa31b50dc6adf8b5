import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { dataRoot } from '../common/project-root';

/**
 * Every Cypher statement the app runs, read once from `cypher/<feature>/<name>.cypher`.
 * A query is addressed by `<feature>/<name>`; asking for one that has no file is a programming
 * error and fails loudly. Migrations live in `cypher/migrations/` and are read by the migrator.
 */
export class CypherRegistry {
  private readonly statements = new Map<string, string>();

  constructor(readonly directory: string = join(dataRoot(), 'cypher')) {
    for (const file of listCypherFiles(directory)) {
      const name = relative(directory, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      if (name.startsWith('migrations/')) {
        continue;
      }
      this.statements.set(name, readFileSync(file, 'utf8').trim());
    }
  }

  get(name: string): string {
    const statement = this.statements.get(name);
    if (statement === undefined) {
      throw new Error(`Cypher file cypher/${name}.cypher is missing`);
    }
    return statement;
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }
}

export function listCypherFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      files.push(...listCypherFiles(path));
    } else if (entry.endsWith('.cypher')) {
      files.push(path);
    }
  }
  return files.sort();
}
