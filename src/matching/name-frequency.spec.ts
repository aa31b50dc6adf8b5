import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getReferenceData, tokenKey } from './reference-data';
import { referenceDirectory } from './reference-directory';

interface NameFrequencyFile {
  feminine_endings: Record<string, [string, string][]>;
  shared_names: string[][];
  surnames: Record<string, string[]>;
  given: Record<string, string[]>;
}

const file = parse(readFileSync(join(referenceDirectory(), 'name_frequency.yml'), 'utf8')) as NameFrequencyFile;

describe('name_frequency.yml read as common person names', () => {
  const sut = getReferenceData().commonPersonNames;

  it.each(Object.keys(file.surnames))('lists given names as well as surnames for the %s tradition', (tradition) => {
    expect(file.given[tradition]?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(Object.entries({ ...file.surnames, ...prefixed(file.given) }))(
    'counts every word of %s as common, however it is written (diacritics folded like a query word)',
    (_tradition, words) => {
      expect(words.map(String).filter((word) => !sut.has(tokenKey(word)))).toEqual([]);
    },
  );

  it.each(Object.entries(file.feminine_endings))(
    'counts the feminine form of each %s surname with a listed ending as common',
    (tradition, endings) => {
      const feminine = (file.surnames[tradition] ?? []).flatMap((surname) =>
        endings
          .filter(([masculine]) => String(surname).endsWith(masculine))
          .map(([masculine, ending]) => String(surname).slice(0, -masculine.length) + ending),
      );
      expect(feminine.length).toBeGreaterThan(0);
      expect(feminine.filter((word) => !sut.has(tokenKey(word)))).toEqual([]);
    },
  );

  it.each(Object.entries({ ...file.surnames, ...prefixed(file.given) }))(
    'counts every word of %s as common in its own tradition, and in those that share names with it',
    (label, words) => {
      const reference = getReferenceData();
      const tradition = label.replace(/^given /, '');
      const related = file.shared_names.filter((group) => group.includes(tradition)).flat();
      const bits = [tradition, ...related].map((name) => 1 << reference.nameTraditions.indexOf(name));
      const missing = words
        .map((word) => tokenKey(String(word)))
        .filter((key) => bits.some((bit) => ((reference.commonNameTraditions.get(key) ?? 0) & bit) === 0));
      expect(missing).toEqual([]);
    },
  );
});

function prefixed(given: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(given).map(([tradition, words]) => [`given ${tradition}`, words]));
}
