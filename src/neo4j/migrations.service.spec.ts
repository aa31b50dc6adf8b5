import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { LIST_RELATIONSHIP_TYPES } from '../watchlists/watchlist-record';
import { readMigrations, splitStatements } from './migrations.service';

describe(splitStatements.name, () => {
  it.each([
    [
      'CREATE INDEX a;\nCREATE INDEX b;\n',
      ['CREATE INDEX a', 'CREATE INDEX b'],
      'one statement per semicolon at a line end',
    ],
    ['// why\nCREATE INDEX a\nFOR (n) ON (n.x);', ['CREATE INDEX a\nFOR (n) ON (n.x)'], 'comments dropped, lines kept'],
    ["CREATE X OPTIONS {a: 'x;y'};", ["CREATE X OPTIONS {a: 'x;y'}"], 'a semicolon inside a line stays'],
  ])('splits %j into %j (%s)', (text, expected, _reason) => {
    expect(splitStatements(text)).toEqual(expected);
  });
});

describe(readMigrations.name, () => {
  it('reads the project migrations in version order, each with a checksum', () => {
    const sut = readMigrations(join(findProjectRoot(), 'cypher', 'migrations'));

    expect(sut.map((migration) => migration.version)).toEqual(
      [...sut.map((migration) => migration.version)].sort((a, b) => a - b),
    );
    expect(sut[0]).toMatchObject({ version: 1, name: 'constraints' });
    expect(sut.every((migration) => migration.checksum.length === 64 && migration.statements.length > 0)).toBe(true);
  });

  it.each(LIST_RELATIONSHIP_TYPES.map((type) => [type]))(
    'indexes %s, a type lists write, for the version sweeps (relationship indexes are per type)',
    (type) => {
      const statements = readMigrations(join(findProjectRoot(), 'cypher', 'migrations')).flatMap(
        (migration) => migration.statements,
      );

      for (const properties of ['r.relationshipId', 'r.listId, r.firstSeq', 'r.listId, r.removedSeq']) {
        expect(statements).toContainEqual(expect.stringContaining(`FOR ()-[r:${type}]-() ON (${properties})`));
      }
    },
  );
});
