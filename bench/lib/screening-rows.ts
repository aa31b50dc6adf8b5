/**
 * Rows for the CLI bench (`bench/cli.ts`): N rows that are all different, so that every row is
 * screened whatever `screen`'s reuse of repeated rows does. A fixed mix of what a screening file
 * holds, from data the project ships (development halves only, see bench/data/NOTICE.md):
 *
 * - 13% persons from the screening CSVs (the synthetic negatives and the UN positives), with
 *   nationality and date of birth;
 * - 15% names of the sample lists (both sides of `list-pairs-dev.csv`: primary names, aliases,
 *   other-script names), with their schema;
 * - 30% organisations: `universities-dev.json` (with its country) and both sides of `ror-pairs-dev.csv`;
 * - 8% person names of `common-names.csv`;
 * - the rest made-up persons and organisations (`synthetic-list.ts`'s syllables, a seeded generator)
 *   that are on no list, with a country and, for half the persons, a date of birth.
 *
 * A source that runs short leaves its share to the made-up names. Rows are distinct by their lower-case
 * name; their order is a seeded shuffle, so every batch of the file holds the same mix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { random } from './synthetic-list';

export interface BenchRow {
  name: string;
  schema: string | null;
  country: string | null;
  dateOfBirth: string | null;
}

const SHARES = { screening: 0.13, lists: 0.15, organisations: 0.3, commonNames: 0.08 } as const;

const SYLLABLES = (
  'ka ri mo len tor vash an el ber sin dra gol mir za hu pe lo qin fer nat bo ra di us ko va ne li sha ur im tas' +
  ' gun del mar ol ya fu ba ho ki ru sel tan vo ge min ad ar ib om zu pal nor ste hen wa ji ro ma'
).split(' ');
const ORGANISATION_WORDS = ['Trading', 'Logistics', 'Textiles', 'Foods', 'Consulting', 'Optics', 'Polymers', 'Media'];
const LEGAL_FORMS = ['LLC', 'Ltd', 'GmbH', 'S.A.', 'B.V.', 'AB'];
const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'BR', 'IN', 'JP', 'KE', 'MX', 'NG', 'PL', 'SE', 'TR', 'ZA', 'CN', 'RU'];

function csv(root: string, file: string): Array<Record<string, string>> {
  return parse<Record<string, string>>(readFileSync(join(root, 'bench', 'data', file), 'utf8'), {
    columns: true,
    bom: true,
  });
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let position = items.length - 1; position > 0; position--) {
    const other = Math.floor(next() * (position + 1));
    [items[position], items[other]] = [items[other], items[position]];
  }
  return items;
}

function pairSides(records: Array<Record<string, string>>, country: (record: Record<string, string>) => string | null) {
  return records.flatMap((record) =>
    [record.name1, record.name2].map((name): BenchRow => ({
      name,
      schema: record.schema || null,
      country: country(record),
      dateOfBirth: null,
    })),
  );
}

/** `count` rows, all different by their lower-case name, in a seeded order (the same for the same count). */
export function distinctScreeningRows(root: string, count: number): BenchRow[] {
  const next = random(20_000 + count);
  const screening = [
    ...csv(root, 'screening-negatives-global-1k.csv'),
    ...csv(root, 'screening-negatives-us-1k.csv'),
    ...csv(root, 'screening-positives-un.csv'),
  ].map((record): BenchRow => ({
    name: record.full_name,
    schema: 'Person',
    country: record.nationality || null,
    dateOfBirth: record.date_of_birth || null,
  }));
  const lists = pairSides(csv(root, 'list-pairs-dev.csv'), () => null);
  const universities = (
    JSON.parse(readFileSync(join(root, 'bench', 'data', 'universities-dev.json'), 'utf8')) as Array<{
      name: string;
      alpha_two_code: string;
    }>
  ).map((university): BenchRow => ({
    name: university.name,
    schema: 'Organization',
    country: university.alpha_two_code,
    dateOfBirth: null,
  }));
  const ror = pairSides(csv(root, 'ror-pairs-dev.csv'), (record) => record.note.split(' ')[0] || null);
  const commonNames = csv(root, 'common-names.csv').map((record): BenchRow => ({
    name: record.full_name,
    schema: 'Person',
    country: null,
    dateOfBirth: null,
  }));

  const seen = new Set<string>();
  const rows: BenchRow[] = [];
  const take = (source: BenchRow[], wanted: number): void => {
    let taken = 0;
    for (const row of shuffle([...source], next)) {
      if (taken >= wanted) {
        return;
      }
      const key = row.name.trim().toLowerCase();
      if (key.length > 0 && !seen.has(key)) {
        seen.add(key);
        rows.push(row);
        taken += 1;
      }
    }
  };
  take(screening, Math.round(count * SHARES.screening));
  take(lists, Math.round(count * SHARES.lists));
  take([...universities, ...ror], Math.round(count * SHARES.organisations));
  take(commonNames, Math.round(count * SHARES.commonNames));
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const word = (syllables: number): string => {
    const text = Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
    return text[0].toUpperCase() + text.slice(1);
  };
  while (rows.length < count) {
    const organisation = next() < 0.3;
    const name = organisation
      ? `${word(3)} ${pick(ORGANISATION_WORDS)} ${pick(LEGAL_FORMS)}`
      : `${word(2)} ${word(2 + Math.floor(next() * 2))}`;
    const key = name.toLowerCase();
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const year = 1940 + Math.floor(next() * 60);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    rows.push({
      name,
      schema: organisation ? 'Organization' : 'Person',
      country: pick(COUNTRIES),
      dateOfBirth: !organisation && next() < 0.5 ? `${year}-${month}` : null,
    });
  }
  return shuffle(rows.slice(0, count), next);
}

/** The rows as the CSV `screen` reads: id, name, schema, country, date_of_birth. */
export function screeningRowsCsv(rows: BenchRow[]): string {
  const field = (value: string | null): string =>
    value && /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : (value ?? '');
  const lines = ['id,name,schema,country,date_of_birth'];
  rows.forEach((row, position) =>
    lines.push(
      [`d${position + 1}`, field(row.name), field(row.schema), field(row.country), field(row.dateOfBirth)].join(','),
    ),
  );
  return `${lines.join('\n')}\n`;
}
