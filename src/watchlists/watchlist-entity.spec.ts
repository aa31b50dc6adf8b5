import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { readDetails, STORED_KEYS, storedContent, type WatchlistEntityContent } from './watchlist-entity';

const content: WatchlistEntityContent = {
  name: 'Omho Trading GmbH',
  aliases: ['OMHO', 'омхо'],
  weakAliases: [],
  kind: 'Company',
  schema: 'Company',
  country: ['by'],
  nationality: [],
  city: ['Minsk'],
  birthDates: [],
  birthPlaces: [],
  addresses: ['1 Main St, Minsk'],
  identifiers: ['Registration Number: 8789271'],
  identifierValues: ['8789271'],
  programmes: [],
  remarks: [],
  positions: [],
  gender: null,
  datasets: ['bench_sanctions'],
  sourceUrl: null,
  listedFrom: null,
  extra: '{"topics":["sanction"]}',
};

describe(storedContent.name, () => {
  it('keeps queried fields as properties, drops empty ones, and puts shown-only fields in details', () => {
    const stored = storedContent(content);

    expect(Object.keys(stored).sort()).toEqual(
      ['aliases', 'city', 'country', 'details', 'identifierValues', 'kind', 'name', 'schema'].sort(),
    );
    expect(readDetails(stored)).toEqual({
      addresses: ['1 Main St, Minsk'],
      identifiers: ['Registration Number: 8789271'],
      datasets: ['bench_sanctions'],
      extra: { topics: ['sanction'] },
    });
  });

  it('stores no details when there is nothing to show', () => {
    const stored = storedContent({ ...content, addresses: [], identifiers: [], datasets: [], extra: '{}' });

    expect(stored.details).toBeUndefined();
  });

  it('only produces keys that activation applies from a staged change', () => {
    const activation = readFileSync(join(findProjectRoot(), 'cypher/watchlists/activate-version.cypher'), 'utf8');
    const applied = /change \{([^}]*)\}/.exec(activation)?.[1] ?? '';
    const keys = applied
      .split(',')
      .map((key) => key.trim().replace(/^\./, ''))
      .filter((key) => key !== 'contentHash');

    expect(keys.sort()).toEqual([...STORED_KEYS].sort());
  });
});

describe(readDetails.name, () => {
  it('reads the properties of an entry stored before details existed', () => {
    expect(readDetails({ addresses: ['x'] })).toEqual({ addresses: ['x'] });
  });

  it('gives nothing for details that are not a JSON object', () => {
    expect(readDetails({ details: 'not json' })).toEqual({});
  });
});
