import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { prepareNames } from './name-preparation';
import type { IndexEntry } from './types';

/**
 * Made-up entries covering what name preparation does differently per name: persons written "SURNAME,
 * Given", with elided articles and initials; organisations with legal forms, class words, acronyms, roman
 * numerals and number words that compose ("twenty one"); other scripts; registration codes among aliases;
 * the same words in many names (ids shared) and words seen first late in an entry.
 */
const ENTRIES: IndexEntry[] = [
  { entityId: 'a', schema: 'Person', names: ['QUARLOW, Bentram', "Jean-Luc d'Orvane", 'J.-C. Marvelle'] },
  { entityId: 'b', schema: 'Organization', names: ['Korvel Institute of Technology', '科尔维工业大学', 'KIT'] },
  { entityId: 'c', schema: 'Company', names: ['Zelmora Trading Co., Ltd.', 'ZELMORA TRADING LLC'], countries: ['ae'] },
  { entityId: 'd', schema: 'Organization', names: ['Fund VIII of Brastow', 'Twenty One Pillars Holding'] },
  {
    entityId: 'e',
    schema: 'Airplane',
    names: ['Vessmark Air Cargo jet', 'YK-QRS', 'EP-ZVB'],
    identifiers: ['IMO 1234567'],
  },
  {
    entityId: 'f',
    schema: 'Person',
    names: ['Павел Аркадьевич Тремов', 'Pavel Arkadyevich TREMOV'],
    birthDates: ['1950-01-02'],
  },
  { entityId: 'g', schema: 'Organization', names: ['جامعة الزهراء للتقنية', "Universita dell'Energia di Quarno"] },
  { entityId: 'h', schema: 'Vessel', names: ['M/V Quarrow Star', 'MT Quarrow Star'], listIds: ['list-x', 'list-y'] },
  { entityId: 'i', schema: 'Organization', names: ['NPS SWAN', 'UC NICIF', 'RD&E Centre', 'ZaAS Labs'] },
  { entityId: 'j', schema: 'Person', names: ['Bentram Quarlow', 'Quarlow Bentram', 'Bentram  Quarlow'] },
  {
    entityId: 'k',
    schema: 'LegalEntity',
    names: ['Korvel Institute of Technology Branch, Shanghai', 'Korvel Inst. of Tech.'],
  },
];

/**
 * The two states are the same: byte for byte when serialised (fast, and stricter: the same order too);
 * otherwise compared field by field, which names what differs (a deep compare of a whole state takes
 * seconds).
 */
function expectSameState(actual: unknown, expected: unknown): void {
  if (serialize(actual).equals(serialize(expected))) {
    return;
  }
  expect(actual).toEqual(expected);
}

function indexed(fill: (index: CandidateIndex) => Promise<void> | void): Promise<CandidateIndex> {
  const index = new CandidateIndex();
  return Promise.resolve(fill(index)).then(() => index.build());
}

describe('prepareNames', () => {
  it('fills an index the same as adding each entry (every table, word and id the same)', async () => {
    const one = await indexed((index) => ENTRIES.forEach((entry) => index.add(entry)));
    const batched = await indexed((index) => {
      index.addPrepared(ENTRIES.slice(0, 4), prepareNames(ENTRIES.slice(0, 4)));
      index.addPrepared(ENTRIES.slice(4), prepareNames(ENTRIES.slice(4)));
    });
    expectSameState(batched.toState(), one.toState());
  });

  it('fills the same index through a loader preparing batches on this thread', async () => {
    const many = Array.from({ length: 1_200 }, (_, position) => {
      const entry = ENTRIES[position % ENTRIES.length];
      return {
        ...entry,
        entityId: `${entry.entityId}-${position}`,
        names: entry.names.map((name) => `${name} ${position % 7}`),
      };
    });
    const one = await indexed((index) => many.forEach((entry) => index.add(entry)));
    const loaded = await indexed(async (index) => {
      const loader = index.loader({ thread: false });
      many.forEach((entry) => loader.add(entry));
      await loader.finish();
    });
    expectSameState(loaded.toState(), one.toState());
    expect(loaded.search({ name: 'Quarlow Bentram 3', schema: 'Person' })).toEqual(
      one.search({ name: 'Quarlow Bentram 3', schema: 'Person' }),
    );
  });

  it('asks for every word a name resolves, so that words dropped after lookup get their ids too', () => {
    const prepared = prepareNames([{ schema: 'Organization', names: ['Fund VIII of Brastow'] }]);
    // "viii" is asked for as written, then as the number it reads: both are interned, in that order.
    expect(prepared.words).toEqual(expect.arrayContaining(['viii', '8']));
    expect(prepared.words.indexOf('viii')).toBeLessThan(prepared.words.indexOf('8'));
  });
});
