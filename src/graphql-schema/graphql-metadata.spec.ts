import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { METADATA_FILE, renderGraphqlMetadata } from '../../tools/graphql-metadata.mjs';
import { findProjectRoot } from '../common/project-root';

describe('graphql-metadata.ts', () => {
  // Type-checks every model file: a few seconds alone, longer on a loaded machine.
  it(
    'is what the model classes declare now (run `npm run schema` after changing a model)',
    { timeout: 120_000 },
    () => {
      const committed = readFileSync(METADATA_FILE, 'utf8');

      expect(renderGraphqlMetadata()).toBe(committed);
    },
  );
});

describe(renderGraphqlMetadata.name, () => {
  const scratch = join(findProjectRoot(), '.data');
  mkdirSync(scratch, { recursive: true });
  const directory = mkdtempSync(join(scratch, 'graphql-metadata-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it(
    'names each property it cannot make a field of, instead of leaving it out of the schema',
    { timeout: 120_000 },
    () => {
      writeFileSync(
        join(directory, 'shade.model.ts'),
        [
          "import { ObjectType } from '@nestjs/graphql';",
          "type Shade = 'light' | 'dark';",
          "@ObjectType({ description: 'A colour.' })",
          'export class Colour {',
          '  /** A union the plugin cannot type. */',
          '  shade!: Shade;',
          '  /** Read. */',
          '  name!: string;',
          '}',
          "@ObjectType({ description: 'Not exported.' })",
          'class Hidden {',
          '  /** Not read. */',
          '  name!: string;',
          '}',
          'export const hidden = Hidden;',
        ].join('\n'),
      );

      expect(() => renderGraphqlMetadata(directory)).toThrow(
        /Colour\.shade: the plugin could not tell its GraphQL type[\s\S]*Hidden\.name: the class is not exported/,
      );
    },
  );
});
