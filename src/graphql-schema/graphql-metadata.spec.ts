import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METADATA_FILE, renderGraphqlMetadata } from '../../tools/graphql-metadata.mjs';

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
