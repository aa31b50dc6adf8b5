import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { CypherRegistry, expandIncludes } from './cypher-registry';

/** Every `'feature/name'` passed to a query runner in a folder's code (read, write, run). */
function queryNamesUsedInSource(directory: string): Set<string> {
  const used = new Set<string>();
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      queryNamesUsedInSource(path).forEach((name) => used.add(name));
    } else if (entry.endsWith('.ts') && !entry.endsWith('.spec.ts')) {
      const text = readFileSync(path, 'utf8');
      for (const match of text.matchAll(
        /\.(?:read|write|run|probe|get|stream|writeForRelationshipType|runForRelationshipType)\(\s*'([a-z0-9-]+\/[a-z0-9-]+)'/g,
      )) {
        used.add(match[1]);
      }
    }
  }
  return used;
}

describe(CypherRegistry.name, () => {
  const sut = new CypherRegistry();
  // The benches' own queries too (since rules 1.153.0: bench/town-queries.ts).
  const used = new Set([
    ...queryNamesUsedInSource(join(findProjectRoot(), 'src')),
    ...queryNamesUsedInSource(join(findProjectRoot(), 'bench')),
  ]);

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

  it('expands every shared predicate, leaving no include or placeholder behind', () => {
    const statements = sut.names().map((name) => sut.get(name));

    expect(statements.filter((text) => /__INCLUDE|__\d+__/.test(text))).toEqual([]);
    expect(sut.names().filter((name) => name.startsWith('fragments/'))).toEqual([]);
    expect(sut.get('risk/find-entities')).toContain(
      '((listing.firstSeq <= list.activeSeq AND (listing.removedSeq IS NULL OR listing.removedSeq > list.activeSeq)))',
    );
  });
});

describe(expandIncludes.name, () => {
  const fragments = new Map([['held', '(__1__.firstSeq <= __2__)']]);

  it('substitutes each argument, brackets and all', () => {
    expect(expandIncludes('t/q', 'WHERE __INCLUDE held(listing, $activeSeqs[list.id])__', fragments)).toBe(
      'WHERE ((listing.firstSeq <= $activeSeqs[list.id]))',
    );
  });

  it('fails loudly on a missing fragment or a wrong number of arguments', () => {
    expect(() => expandIncludes('t/q', '__INCLUDE nothing(a)__', fragments)).toThrow(
      'cypher/fragments/nothing.cypher, which is missing',
    );
    expect(() => expandIncludes('t/q', '__INCLUDE held(a)__', fragments)).toThrow('with 1 argument(s); it takes 2');
  });
});
