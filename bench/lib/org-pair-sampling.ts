/**
 * The sampling both registry pair builders share (bench/build-ror-pairs.ts, bench/build-fundref-pairs.ts):
 * the dev / held-out split by SHA-1, name keys, the near-name kinds and the per-country round-robin sampling,
 * so pairs drawn from two registries are built the same way; and what the builders of other dev sets share with
 * them: the held-out files' ids and names (never drawn again) and a web address's host.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import anyAscii from 'any-ascii';
import { parse } from 'csv-parse/sync';

export interface Pair {
  name1: string;
  name2: string;
  isMatch: boolean;
  group: string;
  /** `<country> <record id> …`: the first two words decide the country and the record a pair is counted for. */
  note: string;
}

export const GROUP_SIZES: Readonly<Record<string, number>> = {
  acronym: 600,
  alias: 600,
  label: 400,
  'parent-child': 600,
  'near-name': 1000,
};
export const MAX_PER_RECORD = 2;

/** Near-name kinds in the proportions of org-pairs-dev.csv (one-token 40%, subset 11%, shared words 49%). */
export const NEAR_NAME_KINDS: ReadonlyArray<readonly [string, number]> = [
  ['one-token', 0.4],
  ['subset', 0.11],
  ['shared', 0.49],
];

/** Connectors left out when one name's words are compared as a subset of another's. */
export const CONNECTORS = new Set(
  'the and of for in on at de del la le les el da do dos das der die und von van'.split(' '),
);

/** Words that do not make two names near-named: class words, connectors and place-neutral words. */
export const GENERIC_WORDS = new Set(
  (
    'the and for of in on at to de del la le les el da do dos das der die und fur von van ' +
    'university universidad universidade universite universitat universita college school academy institute ' +
    'institut instituto istituto centre center centro research national state federal royal international ' +
    'foundation fundacion fondation association society council agency ministry department office hospital ' +
    'laboratory laboratoire science sciences technology technical medical company limited ltd inc trust fund ' +
    'programme program service services group network unit division commission committee'
  ).split(' '),
);

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function key(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function words(name: string): string[] {
  return key(name).split(' ').filter(Boolean);
}

/** The half a record falls in: first hex digit of the SHA-1 of its id 0-7 is dev. */
export function half(id: string): 'dev' | 'heldout' {
  return parseInt(sha1(id)[0], 16) < 8 ? 'dev' : 'heldout';
}

/**
 * How two different bodies' names are near: `one-token` (same number of words, one differs), `subset` (the
 * content words of one all in the other, which has more), `shared-N` (N >= 2 distinctive words shared), or ''.
 */
export function nearNameKind(a: string[], b: string[]): string {
  const oneToken = a.length === b.length && a.filter((word, position) => word !== b[position]).length === 1;
  const shared = new Set(a.filter((word) => word.length >= 3 && !GENERIC_WORDS.has(word) && b.includes(word)));
  const content = (tokens: string[]) => new Set(tokens.filter((word) => !CONNECTORS.has(word)));
  const [fewer, more] = a.length <= b.length ? [content(a), content(b)] : [content(b), content(a)];
  const subset = fewer.size < more.size && [...fewer].every((word) => more.has(word));
  return oneToken ? 'one-token' : subset ? 'subset' : shared.size >= 2 ? `shared-${shared.size}` : '';
}

function countryOfPair(pair: Pair): string {
  return pair.note.split(' ')[0];
}

/**
 * Pairs in hash order within each country, taken one country at a time in turn (countries in hash order),
 * at most MAX_PER_RECORD pairs per record, so no country fills a group.
 */
export function sampleByCountry(pairs: Pair[], size: number): Pair[] {
  const byCountry = new Map<string, Pair[]>();
  for (const pair of [...pairs].sort((a, b) =>
    sha1(`${a.name1}|${a.name2}`).localeCompare(sha1(`${b.name1}|${b.name2}`)),
  )) {
    byCountry.set(countryOfPair(pair), [...(byCountry.get(countryOfPair(pair)) ?? []), pair]);
  }
  const queues = [...byCountry.entries()].sort(([a], [b]) => sha1(a).localeCompare(sha1(b))).map(([, queue]) => queue);
  const perRecord = new Map<string, number>();
  const kept: Pair[] = [];
  while (kept.length < size && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      while (queue.length > 0) {
        const pair = queue.shift() as Pair;
        const owner = `${pair.group}|${pair.note.split(' ')[1]}`;
        if ((perRecord.get(owner) ?? 0) >= MAX_PER_RECORD) {
          continue;
        }
        perRecord.set(owner, (perRecord.get(owner) ?? 0) + 1);
        kept.push(pair);
        break;
      }
      if (kept.length >= size) {
        break;
      }
    }
  }
  return kept;
}

/**
 * Every group sampled by country (GROUP_SIZES), near-names by kind (NEAR_NAME_KINDS, the kind being the
 * fourth word of the note), leaving out the pairs `excluded` holds in either order.
 */
export function sampleBalanced(groups: Map<string, Pair[]>, nearKinds: Pair[], excluded: Set<string>): Pair[] {
  const fresh = (pairs: Pair[]) =>
    pairs.filter(
      (pair) => !excluded.has(`${pair.name1}|${pair.name2}`) && !excluded.has(`${pair.name2}|${pair.name1}`),
    );
  const kept: Pair[] = [];
  for (const [group, size] of Object.entries(GROUP_SIZES)) {
    if (group !== 'near-name') {
      kept.push(...sampleByCountry(fresh(groups.get(group) ?? []), size));
      continue;
    }
    for (const [kind, share] of NEAR_NAME_KINDS) {
      const ofKind = fresh(nearKinds).filter((pair) => pair.note.split(' ')[3].startsWith(kind));
      kept.push(...sampleByCountry(ofKind, Math.round(size * share)));
    }
  }
  return kept;
}

export function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The pairs as org-pairs-dev.csv's columns (`schema,name1,name2,is_match,group,note`). */
export function pairsCsv(pairs: Pair[]): string {
  const lines = ['schema,name1,name2,is_match,group,note'];
  for (const pair of pairs) {
    lines.push(
      ['Organization', pair.name1, pair.name2, String(pair.isMatch), pair.group, pair.note].map(csvField).join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Ids and names of every held-out file of bench/data (ROR ids as written in the notes). */
export function heldOutIdsAndNames(folder: string): { ids: Set<string>; names: Set<string> } {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => /heldout.*\.csv$/.test(name))) {
    const rows = parse<Record<string, string>>(readFileSync(join(folder, file), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (column === 'note') {
          for (const id of value.match(/\b0[0-9a-z]{6}[0-9]{2}\b/g) ?? []) {
            ids.add(id);
          }
        } else if (value && !['schema', 'is_match', 'group'].includes(column)) {
          names.add(key(value));
        }
      }
    }
  }
  return { ids, names };
}

/** A web address's host, lower case, without scheme, "www.", port or path. */
export function hostOf(value: string): string {
  return value
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/:].*$/, '');
}
