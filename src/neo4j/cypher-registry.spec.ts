import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { CypherRegistry } from './cypher-registry';

/** Every `'feature/name'` passed to a query runner in src/ (read, write, run). */
function queryNamesUsedInSource(directory: string): Set<string> {
  const used = new Set<string>();
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      queryNamesUsedInSource(path).forEach((name) => used.add(name));
    } else if (entry.endsWith('.ts') && !entry.endsWith('.spec.ts')) {
      const text = readFileSync(path, 'utf8');
      for (const match of text.matchAll(
        /\.(?:read|write|run|probe|stream|writeForRelationshipType|runForRelationshipType)\(\s*'([a-z0-9-]+\/[a-z0-9-]+)'/g,
      )) {
        used.add(match[1]);
      }
    }
  }
  return used;
}

describe(CypherRegistry.name, () => {
  const sut = new CypherRegistry();
  const used = queryNamesUsedInSource(join(findProjectRoot(), 'src'));

  it('has a file for every query the code runs', () => {
    const missing = [...used].filter((name) => !sut.names().includes(name));

    expect(missing).toEqual([]);
  });

  it('has no query file that the code never runs', () => {
    const unused = sut.names().filter((name) => !used.has(name));

    expect(unused).toEqual([]);
  });

  it('fails loudly, naming the file, when a query has no file', () => {
    expect(() => sut.get('graph/no-such-query')).toThrow('cypher/graph/no-such-query.cypher is missing');
  });
});
