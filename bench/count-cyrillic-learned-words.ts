/**
 * Counts what a table of Cyrillic words learned from the ROR registry's own bilingual records could hold (branch cyr3,
 * 2026-12-06; rules 1.173.0, no rule written: bench/HISTORY.md "Words of Cyrillic names learned from the registry's
 * own bilingual records: counted, none learnable"), the way bench/build-han-learned-words.ts learns Chinese words.
 * Writes nothing.
 *
 * Read: the active records of the dev half only (`half(record.id) === 'dev'`; the held-out half is never read) of
 * seed/reference/ror-v2-records.json.gz (CC0) that write an English name (the display name, or a name of language
 * `en`, in Latin letters) and a name in Cyrillic letters (Russian, Ukrainian, Belarusian, Bulgarian, Serbian,
 * Macedonian, Kazakh, Mongolian…). Each English name is compared with each Cyrillic name by the matcher itself, each
 * name as written and as the tables rewrite it (`queryNameVariants`: org_words.yml word_renderings, "сибирский" as
 * "Siberian"), and the best-scoring comparison of the pair's readings is taken: what it leaves unaligned (class words,
 * translations, transliterations, word meanings and renderings taken out) is the remainder.
 *   - Stems: each unaligned comparable Cyrillic word, in small letters, without the longest ending of
 *     CYRILLIC_STEM_ENDINGS it ends with (at least 4 letters left), so that a word's inflected forms pool
 *     ("космических", "космическое" -> "космическ").
 *   - Renderings: each unaligned comparable English word (function words such as "and" and "of" are not comparable).
 * A record counts a stem, a rendering or a pair once. A pair (stem, rendering) is a candidate when
 *   - at least --min-roots (3) records that belong to different top records (a record's parent chain followed up)
 *     write it, so that a word of one body's name and its units' names is not learned as a word;
 *   - the share of the records with the stem in their remainder that write the rendering too is at least
 *     MIN_PRECISION, and its Dice coefficient (2 * pair / (stem + rendering)) is at least MIN_DICE.
 * Of a stem's candidates the one of the highest Dice is kept (then the most records, then the first in alphabetical
 * order). Left out then: a rendering of class words only ("institute": class words and their translations are
 * symbols.yml's and org_words.yml's), and a rendering two stems give, unless one stem begins the other (one word's
 * forms): a rendering of two words is evidence for neither (han_words.yml's principle).
 *
 *   npm run bench:build && node dist-bench/bench/count-cyrillic-learned-words.js [--print] [--top] [--min-roots=N]
 *     [--stem=<stem>,<stem>]
 */
import { compareNames } from '../src/matching/name-matcher';
import { Kind, type PreparedName, prepareName, queryNameVariants } from '../src/matching/normalise';
import { comparableIndices } from '../src/matching/matcher-shared';
import { Script } from '../src/matching/tokenise';
import { half } from './lib/org-pair-sampling';
import {
  activeSeedRorRecords,
  addId,
  englishNamesOf,
  recordRemainders,
  type Remainder,
  topRecordOf,
} from './lib/ror-records';

/**
 * The case endings of adjectives and nouns in the Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian
 * grammars (Wikipedia "Russian declension", "Ukrainian grammar", "Belarusian grammar"), longest first: a stem is the
 * word without the longest it ends with, when at least CYRILLIC_STEM_MIN_LETTERS letters are left.
 */
const CYRILLIC_STEM_ENDINGS = (
  'ого его ому ему ыми ими ами ями ая яя ое ее ые ие ых их ым им ую юю ый ий ой ей ия ию ии ів ої ій ага аму ох ах ' +
  'ях ов ев ам ям а я ы и у ю е о ь і ї є'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
const CYRILLIC_STEM_MIN_LETTERS = 4;

function cyrillicStem(word: string): string {
  for (const ending of CYRILLIC_STEM_ENDINGS) {
    if (word.length - ending.length >= CYRILLIC_STEM_MIN_LETTERS && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

const minRootsArgument = process.argv.find((arg) => arg.startsWith('--min-roots='));
const MIN_ROOTS = minRootsArgument ? Number(minRootsArgument.slice('--min-roots='.length)) : 3;
const MIN_PRECISION = 0.5;
const MIN_DICE = 0.5;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

function remainder(english: string, cyrillic: string): Remainder {
  // The matcher compares a pair's names as written and as its tables rewrite them (queryNameVariants: a region's
  // adjective or a field's word rendered by English words, org_words.yml word_renderings); the remainder is that of
  // the best-scoring comparison, so what any of its readings aligns is taken out.
  let best: { query: PreparedName; candidate: PreparedName; comparison: ReturnType<typeof compareNames> } | undefined;
  for (const englishVariant of queryNameVariants(english)) {
    for (const cyrillicVariant of queryNameVariants(cyrillic)) {
      const query = prepareName(englishVariant, 'org');
      const candidate = prepareName(cyrillicVariant, 'org');
      const comparison = compareNames(query, candidate);
      if (!best || comparison.score > best.comparison.score) {
        best = { query, candidate, comparison };
      }
    }
  }
  if (!best) {
    return { words: new Set(), renderings: new Set() };
  }
  const { query, candidate, comparison } = best;
  const candidateComparable = new Set(comparableIndices(candidate));
  const stems = new Set(
    comparison.unmatchedCandidate
      .filter(
        (index) =>
          candidateComparable.has(index) &&
          candidate.tokens[index].script === Script.Cyrillic &&
          CYRILLIC_WORD.test(candidate.tokens[index].orig),
      )
      .map((index) => cyrillicStem(candidate.tokens[index].orig.toLowerCase()))
      .filter((stem) => stem.length >= 4),
  );
  const queryComparable = new Set(comparableIndices(query));
  const renderings = new Set(
    comparison.unmatchedQuery
      .filter(
        (index) =>
          queryComparable.has(index) &&
          query.tokens[index].script === Script.Latin &&
          /^[a-z]{3,}$/.test(query.tokens[index].text),
      )
      .map((index) => query.tokens[index].text),
  );
  return { words: stems, renderings };
}

interface Row {
  stem: string;
  rendering: string;
  pair: number;
  stem_: number;
  rendering_: number;
  dice: number;
}

function main(): void {
  const all = activeSeedRorRecords();
  const rootOf = topRecordOf(all);
  const stemCount = new Map<string, Set<string>>();
  const renderingCount = new Map<string, Set<string>>();
  const pairCount = new Map<string, Set<string>>();
  const roots = new Map<string, Set<string>>();
  let read = 0;
  // Records none of whose Cyrillic names' comparable words is left over by its best reading against every English name.
  let allAligned = 0;
  for (const record of all) {
    if (half(record.id) !== 'dev') {
      continue;
    }
    const english = englishNamesOf(record);
    const cyrillic = [...new Set(record.names.map((name) => name.value).filter((value) => CYRILLIC.test(value)))];
    if (english.length === 0 || cyrillic.length === 0) {
      continue;
    }
    read++;
    const { words: stems, renderings, pairs } = recordRemainders(english, cyrillic, remainder);
    if (stems.size === 0) {
      allAligned++;
    }
    stems.forEach((stem) => addId(stemCount, stem, record.id));
    renderings.forEach((rendering) => addId(renderingCount, rendering, record.id));
    const root = rootOf(record);
    pairs.forEach((pair) => {
      addId(pairCount, pair, record.id);
      addId(roots, pair, root);
    });
  }
  const rowOf = (pair: string, ids: Set<string>): Row => {
    const [stem, rendering] = pair.split('\t');
    const stem_ = stemCount.get(stem)!.size;
    const rendering_ = renderingCount.get(rendering)!.size;
    return { stem, rendering, pair: ids.size, stem_, rendering_, dice: (2 * ids.size) / (stem_ + rendering_) };
  };
  // --stem=<stem>,<stem>: each stem's counts and its pairs' (any support), best first, to read why a word is not kept.
  const asked = process.argv.find((arg) => arg.startsWith('--stem='));
  for (const stem of asked ? asked.slice('--stem='.length).split(',') : []) {
    const rows = [...pairCount]
      .filter(([pair]) => pair.startsWith(`${stem}\t`))
      .map(([pair, ids]) => ({ row: rowOf(pair, ids), roots: roots.get(pair)!.size }))
      .sort((a, b) => b.row.dice - a.row.dice)
      .slice(0, 4)
      .map(({ row, roots: n }) => `${row.rendering} ${row.pair}/${row.stem_} roots ${n} dice ${row.dice.toFixed(2)}`);
    console.log(`${stem}: in ${stemCount.get(stem)?.size ?? 0} records' remainder; ${rows.join('; ') || 'no pair'}`);
  }
  // --top: the stems left over in the most records, each with its best rendering (any support), to count the shape.
  if (process.argv.includes('--top')) {
    for (const [stem, ids] of [...stemCount].sort((a, b) => b[1].size - a[1].size).slice(0, 40)) {
      const top = [...pairCount]
        .filter(([pair]) => pair.startsWith(`${stem}\t`))
        .map(([pair, pairIds]) => ({ row: rowOf(pair, pairIds), roots: roots.get(pair)!.size }))
        .sort((a, b) => b.row.dice - a.row.dice)[0];
      console.log(
        `${stem}\t${ids.size}\t${top ? `${top.row.rendering} ${top.row.pair} roots ${top.roots} dice ${top.row.dice.toFixed(2)}` : '-'}`,
      );
    }
    const left = [...stemCount.values()].reduce((sum, ids) => sum + ids.size, 0);
    console.log(
      `stems left over: ${stemCount.size} distinct, ${left} record-stems; renderings: ${renderingCount.size} distinct; ` +
        `records with no Cyrillic word left over: ${allAligned} of ${read}`,
    );
  }
  const candidates: Row[] = [];
  for (const [pair, ids] of pairCount) {
    if (roots.get(pair)!.size < MIN_ROOTS) {
      continue;
    }
    const row = rowOf(pair, ids);
    if (row.pair / row.stem_ >= MIN_PRECISION && row.dice >= MIN_DICE) {
      candidates.push(row);
    }
  }
  const better = (a: Row, b: Row): boolean =>
    a.dice > b.dice || (a.dice === b.dice && (a.pair > b.pair || (a.pair === b.pair && a.rendering < b.rendering)));
  const best = candidates.filter(
    (row) => !candidates.some((other) => other !== row && other.stem === row.stem && better(other, row)),
  );
  const classOnly = (rendering: string): boolean => {
    const name = prepareName(`Quarrow ${rendering}`, 'org');
    return comparableIndices(name)
      .slice(1)
      .every((index) => name.kinds[index] === Kind.Class);
  };
  const reasons = new Map<string, string[]>();
  const note = (reason: string, row: Row): void => {
    reasons.set(reason, [...(reasons.get(reason) ?? []), `${row.stem} "${row.rendering}"`]);
  };
  let kept = best.filter((row) => {
    const reason = classOnly(row.rendering) ? 'class words only' : undefined;
    if (reason !== undefined) {
      note(reason, row);
    }
    return reason === undefined;
  });
  const shared = kept.filter((row) =>
    kept.some(
      (other) =>
        other !== row &&
        other.rendering === row.rendering &&
        !other.stem.startsWith(row.stem) &&
        !row.stem.startsWith(other.stem),
    ),
  );
  shared.forEach((row) => note('a rendering of two words', row));
  kept = kept.filter((row) => !shared.includes(row));
  kept.sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : a.rendering < b.rendering ? -1 : 1));
  console.log(
    `${kept.length} rows from ${read} records, at least ${MIN_ROOTS} top records (${candidates.length} candidates, ${best.length} stems; ` +
      `${[...reasons].map(([reason, rows]) => `${reason}: ${rows.join(', ')}`).join('; ')})`,
  );
  if (process.argv.includes('--print')) {
    for (const row of [...candidates].sort((a, b) => b.dice - a.dice)) {
      const mark = kept.includes(row) ? 'KEEP' : best.includes(row) ? 'drop' : 'worse';
      console.log(
        `${mark}\t${row.stem}\t${row.rendering}\t${row.pair}\t${row.stem_}\t${row.rendering_}\t${row.dice.toFixed(2)}`,
      );
    }
  }
}

main();
