/**
 * What the builders of name pairs drawn from the sample lists share (bench/build-list-pairs.ts,
 * bench/build-variant-pairs.ts): reading the lists' entries through the real parsers, a deterministic
 * sample per group, and the dev / held-out CSV files split by the first entry's hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import anyAscii from 'any-ascii';
import { parse } from 'csv-parse/sync';
import { parserFor } from '../../src/watchlists/parsers/parser-registry';
import type { WatchlistEntry, WatchlistFormat } from '../../src/watchlists/watchlist-record';
import { findUp } from './find-up';

export interface Pair {
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  group: string;
  note: string;
  /** `list:entry` of the entries the pair was drawn from (at most `maxPerEntry` pairs each). */
  entries: string[];
}

/** ASCII, lower case, runs of anything else than letters and digits as one space. */
export function plain(name: string): string {
  return anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One word of letters and digits, at most 16 characters: a registration code, not a name. */
export function isCode(name: string): boolean {
  const trimmed = name.trim();
  return !/\s/.test(trimmed) && /\d/.test(trimmed) && /\p{L}/u.test(trimmed) && trimmed.length <= 16;
}

export function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The project root and the entries of `sources` (formats of seed/watchlists.json) that `keep` keeps,
 * then those of `files` (a format and a path from the project root, for lists the manifest does not load).
 */
export async function readListEntries(
  sources: ReadonlyArray<WatchlistFormat>,
  keep: (entry: WatchlistEntry) => boolean = () => true,
  files: ReadonlyArray<{ format: WatchlistFormat; path: string }> = [],
): Promise<{ root: string; entries: WatchlistEntry[] }> {
  const manifestFile = findUp(join('seed', 'watchlists.json'), __dirname);
  const root = dirname(dirname(manifestFile));
  const manifest = (
    JSON.parse(readFileSync(manifestFile, 'utf8')) as { lists: Array<{ format: string; path: string }> }
  ).lists;
  const entries: WatchlistEntry[] = [];
  const chosen = [
    ...sources.flatMap((format) =>
      manifest.filter((list) => list.format === format).map((list) => ({ format, path: list.path })),
    ),
    ...files,
  ];
  for (const { format, path } of chosen) {
    for await (const event of parserFor(format).parse(join(root, path), {})) {
      if (event.kind === 'entry' && keep(event.entry)) {
        entries.push(event.entry);
      }
    }
  }
  console.log(`${entries.length} entries from ${chosen.map((source) => source.path).join(', ')}`);
  return { root, entries };
}

/**
 * Up to `size` pairs of each group, in the order of a hash of the pair (deterministic, no bias to a
 * list's order), no entry in more than `maxPerEntry` of them.
 */
export function samplePairs(pairs: Pair[], groups: ReadonlyArray<[string, number]>, maxPerEntry: number): Pair[] {
  const out: Pair[] = [];
  for (const [group, size] of groups) {
    const perEntry = new Map<string, number>();
    const ordered = pairs
      .filter((pair) => pair.group === group)
      .map((pair) => ({ pair, key: hashOf(`${pair.schema}|${pair.name1}|${pair.name2}`) }))
      .sort((a, b) => a.key.localeCompare(b.key));
    let taken = 0;
    for (const { pair } of ordered) {
      if (taken >= size) {
        break;
      }
      if (pair.entries.some((entry) => (perEntry.get(entry) ?? 0) >= maxPerEntry)) {
        continue;
      }
      pair.entries.forEach((entry) => perEntry.set(entry, (perEntry.get(entry) ?? 0) + 1));
      out.push(pair);
      taken += 1;
    }
    console.log(`  ${group.padEnd(14)} ${taken} of ${ordered.length} candidate pairs`);
  }
  return out;
}

/** `bench/data/<stem>-dev.csv` and `<stem>-heldout.csv`: the halves split by the first entry's hash. */
export function writeDevAndHeldOut(root: string, stem: string, chosen: Pair[]): void {
  const heldOut = (pair: Pair) => parseInt(hashOf(pair.entries[0]).slice(0, 1), 16) < 8;
  writePairs(
    join(root, 'bench', 'data', `${stem}-dev.csv`),
    chosen.filter((pair) => !heldOut(pair)),
  );
  writePairs(join(root, 'bench', 'data', `${stem}-heldout.csv`), chosen.filter(heldOut));
}

/** The `list:entry` ids a pairs file's `note` column names (the entries its pairs were drawn from). */
export function entriesNamedIn(file: string): Set<string> {
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  return new Set(rows.flatMap((row) => row.note.split(' ').filter((word) => /^[a-z][a-z-]*:\S+$/.test(word))));
}

/** `plain(name1)|plain(name2)` of every pair of a pairs file. */
export function pairKeys(file: string): string[] {
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  return rows.map((row) => `${plain(row.name1)}|${plain(row.name2)}`);
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writePairs(out: string, chosen: Pair[]): void {
  const lines = ['schema,name1,name2,is_match,group,note'];
  for (const pair of chosen) {
    lines.push(
      [
        pair.schema,
        pair.name1.replace(/\s+/g, ' '),
        pair.name2.replace(/\s+/g, ' '),
        String(pair.isMatch),
        pair.group,
        pair.note,
      ]
        .map(csvField)
        .join(','),
    );
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${out}: ${chosen.length} pairs`);
}

/** The words of `left` and `right` left over once their shared words (as a multiset) are taken out. */
export function leftOver(left: string[], right: string[]): [string[], string[]] {
  const rest = [...right];
  const onlyLeft: string[] = [];
  for (const word of left) {
    const at = rest.indexOf(word);
    if (at >= 0) {
      rest.splice(at, 1);
    } else {
      onlyLeft.push(word);
    }
  }
  return [onlyLeft, rest];
}
