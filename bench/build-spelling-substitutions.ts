/**
 * Builds src/matching/reference/spelling_substitutions.tsv (since rules 1.168.0, branch tokv8): the letter-group
 * substitutions that the sample lists' own aliases of ONE person make between two spellings of one name word, far
 * more often than names of two different persons of the lists differ by them.
 *
 * Read from the lists `npm start` loads and the lists build-variant-pairs.ts --dev3 reads (every Latin name of a
 * Person entry, through the project's parsers), the dev half only: an entry is read when the SHA-1 of
 * `list:entry` does not begin with 0–7 (build-variant-pairs.ts puts those pairs in the held-out files) and no
 * held-out pair file names it.
 *   - Same person: two names of one entry with the same number of words (2 or more) that differ in one word.
 *   - Different persons: names of two entries that differ in one word (the other words the same), not a pair
 *     that is also a same-person pair (up to 400 entries' names sharing the other words).
 * Both words: Latin letters, no digit, at least 4 letters. Each pair's two words are compared in their romanisation
 * keys (`romanisationKey`, as `tokenLikeness` compares persons' words), aligned by least edits
 * (`spellingSubstitutions`), and each run of edits between two agreeing letters is one substitution ("ov" / "au",
 * "" / "h"). A substitution is kept when persons of at least MIN_ENTITIES entries spell a word with it and its share
 * of the same-person pairs is at least MIN_LIKELIHOOD_RATIO times its share of the different-person pairs.
 *
 * Since rules 1.175.0 a pair of two transliteration systems (src/matching/reference/transliteration_pairs.tsv) is
 * kept at MIN_SYSTEMATIC_ENTITIES entries.
 *
 *   npm run bench:build && node dist-bench/bench/build-spelling-substitutions.js [--print | --all]
 * (--print: the table, not written; --all: every substitution the same-person pairs make, with both counts.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WatchlistEntry, WatchlistFormat } from '../src/watchlists/watchlist-record';
import { romanisationKey, spellingSubstitutions } from '../src/matching/token-similarity';
import { entriesNamedIn, hashOf, isCode, leftOver, plain, readListEntries } from './lib/list-pair-files';

const SOURCES: ReadonlyArray<WatchlistFormat> = [
  'un-xml',
  'ofac-sdn',
  'ofac-cons',
  'csl-csv',
  'uk-sanctions-jsonl',
  'bis-dpl',
  'ca-nro',
  'jp-meti-eul',
];
const FILES: ReadonlyArray<{ format: WatchlistFormat; path: string }> = [
  'zala.entities.ftm.json',
  'parteispenden.entities.ftm.json',
  't1.entities.ftm.json',
].map((file) => ({ format: 'ftm', path: join('test', 'fixtures', 'watchlists', 'ftm', file) }));
const HELD_OUT_FILES = [
  'variant-pairs-heldout.csv',
  'variant-pairs-heldout2.csv',
  'variant-pairs-heldout3.csv',
  'variant-pairs-heldout4.csv',
  'list-pairs-heldout.csv',
];
const MIN_ENTITIES = 3;
/**
 * Since rules 1.175.0: a pair two transliteration systems write for one letter (transliteration_pairs.tsv: "zh"/"j",
 * "ts"/"c", Somali "x" for "h", "ch" for "kh") is kept at two persons' aliases, under the same likelihood bar.
 */
const MIN_SYSTEMATIC_ENTITIES = 2;
const MIN_LIKELIHOOD_RATIO = 4;
const MAX_GROUP = 400;
/**
 * A diphthong written with a glide (ay, ey, ai, ei, aw, ow…) against one vowel: left out of the table, as
 * `vowelFrameForms` (rules 1.77.0, 1.88.0) reads those and refuses one written on one side only ("Hudayr" / "Hadir").
 */
const DIPHTHONG_FOR_VOWEL = /^(?:[aeiou][iyw]>[aeiou]|[aeiou]>[aeiou][iyw])$/;

const idOf = (entry: WatchlistEntry) => `${entry.listId}:${entry.entryId}`;
const isLatin = (name: string) =>
  !/[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Greek}]/u.test(name);
const words = (name: string) => (plain(name) ? plain(name).split(' ') : []);
const usable = (left: string, right: string) =>
  left !== right && !/\d/.test(left + right) && Math.min(left.length, right.length) >= 4;

function namesOf(entry: WatchlistEntry): string[][] {
  const seen = new Set<string>();
  return [entry.name, ...entry.aliases.map((alias) => alias.name)]
    .filter((name) => isLatin(name) && !isCode(name) && plain(name))
    .filter((name) => (seen.has(plain(name)) ? false : (seen.add(plain(name)), true)))
    .map(words);
}

async function main(): Promise<void> {
  const { root, entries } = await readListEntries(SOURCES, (entry) => entry.schema === 'Person', FILES);
  const heldOut = new Set(HELD_OUT_FILES.flatMap((file) => [...entriesNamedIn(join(root, 'bench', 'data', file))]));
  const dev = entries.filter(
    (entry) => parseInt(hashOf(idOf(entry)).slice(0, 1), 16) >= 8 && !heldOut.has(idOf(entry)),
  );
  const keys = new Map<string, string>();
  const key = (word: string) => keys.get(word) ?? keys.set(word, romanisationKey(word)).get(word)!;
  const pairKey = (left: string, right: string) => (left < right ? `${left}|${right}` : `${right}|${left}`);

  const samePerson = new Map<string, Set<string>>();
  const samePairs = new Set<string>();
  for (const entry of dev) {
    const names = namesOf(entry);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        if (names[i].length !== names[j].length || names[i].length < 2) {
          continue;
        }
        const [x, y] = leftOver(names[i], names[j]);
        if (x.length === 1 && y.length === 1 && usable(x[0], y[0]) && !samePairs.has(pairKey(x[0], y[0]))) {
          samePairs.add(pairKey(x[0], y[0]));
          for (const substitution of new Set(spellingSubstitutions(key(x[0]), key(y[0])))) {
            samePerson.set(substitution, (samePerson.get(substitution) ?? new Set()).add(idOf(entry)));
          }
        }
      }
    }
  }

  const byOtherWords = new Map<string, Array<[number, string]>>();
  dev.forEach((entry, index) => {
    for (const name of namesOf(entry)) {
      if (name.length < 2) {
        continue;
      }
      name.forEach((word, at) => {
        const others = name
          .filter((_, other) => other !== at)
          .sort()
          .join(' ');
        byOtherWords.set(others, [...(byOtherWords.get(others) ?? []), [index, word]]);
      });
    }
  });
  const differentPerson = new Map<string, number>();
  const differentPairs = new Set<string>();
  for (const group of byOtherWords.values()) {
    if (group.length > MAX_GROUP) {
      continue;
    }
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [[left, x], [right, y]] = [group[i], group[j]];
        const pair = pairKey(x, y);
        if (left === right || !usable(x, y) || samePairs.has(pair) || differentPairs.has(pair)) {
          continue;
        }
        differentPairs.add(pair);
        for (const substitution of new Set(spellingSubstitutions(key(x), key(y)))) {
          differentPerson.set(substitution, (differentPerson.get(substitution) ?? 0) + 1);
        }
      }
    }
  }

  const systematic = new Set(
    readFileSync(join(root, 'src', 'matching', 'reference', 'transliteration_pairs.tsv'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split('\t')[0]),
  );
  const kept = [...samePerson]
    .map(([substitution, ids]) => ({ substitution, same: ids.size, different: differentPerson.get(substitution) ?? 0 }))
    .filter(
      ({ substitution, same, different }) =>
        !DIPHTHONG_FOR_VOWEL.test(substitution) &&
        same >= (systematic.has(substitution) ? MIN_SYSTEMATIC_ENTITIES : MIN_ENTITIES) &&
        same / samePairs.size >= MIN_LIKELIHOOD_RATIO * (different / Math.max(1, differentPairs.size)),
    )
    .sort((a, b) => b.same - a.same || a.substitution.localeCompare(b.substitution));
  console.log(
    `${dev.length} dev persons of ${entries.length}; ${samePairs.size} same-person word pairs, ` +
      `${differentPairs.size} different-person word pairs; ${kept.length} substitutions kept`,
  );
  const lines = [
    "# Letter-group substitutions between two spellings of one person's name word, learned from the sample lists' own",
    '# aliases (since rules 1.168.0): built by bench/build-spelling-substitutions.ts, which says how (dev half of the',
    '# lists only). Columns: the two letter groups of the romanisation keys, in alphabetical order, "" for none, joined',
    '# by ">"; a tab; the number of entries whose aliases spell one word with it, and the number of word pairs of two',
    `# different persons' names it separates (of ${samePairs.size} same-person and ${differentPairs.size} different-person pairs).`,
    `# Kept at ${MIN_ENTITIES} entries, or ${MIN_SYSTEMATIC_ENTITIES} for a pair of two transliteration systems (transliteration_pairs.tsv,`,
    '# since rules 1.175.0).',
    ...kept.map(({ substitution, same, different }) => `${substitution}\t${same} ${different}`),
  ];
  if (process.argv.includes('--all')) {
    for (const [substitution, ids] of [...samePerson].sort((a, b) => b[1].size - a[1].size)) {
      console.log(`${substitution}\t${ids.size} ${differentPerson.get(substitution) ?? 0}`);
    }
    return;
  }
  if (process.argv.includes('--print')) {
    console.log(lines.join('\n'));
    return;
  }
  writeFileSync(join(root, 'src', 'matching', 'reference', 'spelling_substitutions.tsv'), `${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
