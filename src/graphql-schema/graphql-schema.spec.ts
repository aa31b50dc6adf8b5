import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { printGraphqlSchema, RESOLVERS, SCHEMA_FILE } from './graphql-schema';

describe('schema.graphql', () => {
  it('is the schema the resolvers make (run `npm run schema` after changing a type)', async () => {
    const committed = readFileSync(join(findProjectRoot(), SCHEMA_FILE), 'utf8');

    expect(await printGraphqlSchema()).toBe(committed);
  });
});

describe('RESOLVERS', () => {
  it('lists every class decorated with @Resolver in src', () => {
    const declared = new Set<string>();
    const visit = (directory: string): void => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
          visit(path);
        } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
          for (const match of readFileSync(path, 'utf8').matchAll(
            /@Resolver\((?:\(\) => \w+)?\)[\s\S]*?export class (\w+)/g,
          )) {
            declared.add(match[1]);
          }
        }
      }
    };
    visit(join(findProjectRoot(), 'src'));

    expect([...declared].sort()).toEqual(RESOLVERS.map((resolver) => resolver.name).sort());
  });
});
