/**
 * Builds src/matching/reference/han_words_learned.tsv (since rules 1.173.0, branch han7): words of Chinese and
 * Japanese organisations' names written in characters, with the English words the same bodies' English names render
 * them by, learned from the ROR registry's own bilingual records (seed/reference/ror-v2-records.json.gz, CC0).
 *
 * Read: the active records of the dev half only (`half(record.id) === 'dev'`; the held-out half is never read) that
 * write an English name (the display name, or a name of language `en`, in Latin letters) and a label of language
 * zh or ja in Chinese characters. Each English name is compared with each such label by the matcher itself, with the
 * tables as they are without this file (`referenceDataWithoutLearnedHanWords`: han_words.yml's words and places, the
 * cities' names, the characters' readings): what it leaves unaligned is the remainder.
 *   - Forms: every run of 2 to 4 characters within a run of unaligned Chinese characters of the label.
 *   - Renderings: every run of 1 to 3 unaligned words of the English name, consecutive among its comparable words
 *     (function words such as "and" and "of" are not comparable, so "agriculture and forestry" is one run).
 * A record counts a form, a rendering or a pair once. A pair (form, rendering) is kept when
 *   - at least MIN_ROOTS records that belong to different top records (a record's parent chain followed up) write it,
 *     so that a word of one body's name and its units' names (复旦 "Fudan") is not learned as a word;
 *   - the share of the records with the form in their remainder that write the rendering too is at least
 *     MIN_PRECISION, and its Dice coefficient (2 * pair / (form + rendering)) is at least MIN_DICE;
 *   - no longer or shorter form that contains or is contained in it has a higher Dice with the same rendering (the
 *     form the rendering stands for, not a part or a neighbour of it);
 *   - the rendering is no rendering of han_words.yml (its words or places) and no other kept form's rendering: a
 *     rendering of two words is evidence for neither (han_words.yml's principle), so such a row would only take the
 *     rendering away from the file's own word;
 *   - the form is not one han_words.yml `learned_excluded` names (rows a reader found wrong, each with its reason).
 * The file is rewritten byte for byte from the same records and tables.
 *
 * With --hangul (since rules 1.174.0, branch kor1) the same for Korean: labels of language ko in Hangul syllables,
 * written to hangul_words_learned.tsv. A form is a run of 2 to 6 unaligned syllables within one written word of the
 * label (Korean writes spaces between words; a run across two words is no word), neither beginning nor ending with
 * 및 "and". Both files are read with neither learned file (the tables the matcher has without them).
 *
 *   npm run bench:build && node dist-bench/bench/build-han-learned-words.js [--hangul] [--print] [--form=<form>,…]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adoptReferenceData, referenceDataWithoutLearnedHanWords } from '../src/matching/reference-data';
import { referenceDirectory } from '../src/matching/reference-directory';
import { compareNames } from '../src/matching/name-matcher';
import { Kind, prepareName } from '../src/matching/normalise';
import { parse } from 'yaml';
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

const MIN_ROOTS = Number(process.env.LEARN_MIN_ROOTS ?? 3);
const MIN_PRECISION = 0.5;
const MIN_DICE = 0.5;
const MAX_FORM = 6;
const MAX_RENDERING = 3;
const HANGUL_MODE = process.argv.includes('--hangul');
const HAN = HANGUL_MODE ? /^\p{Script=Hangul}+$/u : /^\p{Script=Han}+$/u;
const LABEL_SCRIPT = HANGUL_MODE ? Script.Hangul : Script.Han;
const LABEL_LANGUAGES = HANGUL_MODE ? ['ko'] : ['zh', 'ja'];
const LABEL_LETTERS = HANGUL_MODE ? /\p{Script=Hangul}/u : /\p{Script=Han}/u;
const OUTPUT = HANGUL_MODE ? 'hangul_words_learned.tsv' : 'han_words_learned.tsv';

interface Counts {
  form: Map<string, Set<string>>;
  rendering: Map<string, Set<string>>;
  pair: Map<string, Set<string>>;
}

/** Runs of consecutive values (ascending), each as the run's values. */
function runs(values: number[], next: (value: number) => number): number[][] {
  const out: number[][] = [];
  for (const value of [...values].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && next(last[last.length - 1]) === value) {
      last.push(value);
    } else {
      out.push([value]);
    }
  }
  return out;
}

/** Every run of `min` to `max` consecutive items within each run, joined. */
function spans(groups: string[][], min: number, max: number, joiner: string): Set<string> {
  const out = new Set<string>();
  for (const group of groups) {
    for (let start = 0; start < group.length; start++) {
      for (let length = min; length <= max && start + length <= group.length; length++) {
        out.add(group.slice(start, start + length).join(joiner));
      }
    }
  }
  return out;
}

/** Chinese and Japanese function characters ("and", "of") a word neither begins nor ends with; Korean 및 "and". */
const EDGE_FUNCTION_CHARACTERS = HANGUL_MODE ? /^및|및$/u : /^[和与與及的之]|[和与與及的之]$/u;

/**
 * The written word of each syllable of a label, in order (the number of the run of Hangul syllables it is in), or
 * undefined when the prepared name's syllables are not the label's one for one.
 */
function syllableWords(label: string, syllables: number): number[] | undefined {
  const words: number[] = [];
  let word = 0;
  let inWord = false;
  for (const character of label) {
    if (/\p{Script=Hangul}/u.test(character)) {
      words.push(word);
      inWord = true;
    } else if (inWord) {
      word++;
      inWord = false;
    }
  }
  return words.length === syllables ? words : undefined;
}

function remainder(english: string, label: string): Remainder {
  const query = prepareName(english, 'org');
  const candidate = prepareName(label, 'org');
  const comparison = compareNames(query, candidate);
  const hanFree = comparison.unmatchedCandidate.filter(
    (index) => candidate.tokens[index].script === LABEL_SCRIPT && HAN.test(candidate.tokens[index].orig),
  );
  // Korean: a run ends where the label's written word does.
  const syllableIndices = candidate.tokens.flatMap((token, index) =>
    token.script === Script.Hangul && HAN.test(token.orig) ? [index] : [],
  );
  const wordOf = new Map<number, number>();
  if (HANGUL_MODE) {
    const words = syllableWords(label, syllableIndices.length);
    syllableIndices.forEach((index, at) => wordOf.set(index, words ? words[at] : 0));
  }
  const follows = (index: number): number =>
    HANGUL_MODE && wordOf.get(index) !== wordOf.get(index + 1) ? -1 : index + 1;
  const forms = new Set(
    [
      ...spans(
        runs(hanFree, follows).map((run) => run.map((index) => candidate.tokens[index].orig)),
        2,
        MAX_FORM,
        '',
      ),
    ].filter((form) => !EDGE_FUNCTION_CHARACTERS.test(form)),
  );
  const comparable = comparableIndices(query);
  const position = new Map(comparable.map((index, at) => [index, at]));
  const latinFree = comparison.unmatchedQuery.filter(
    (index) => position.has(index) && query.tokens[index].script === Script.Latin,
  );
  const renderings = spans(
    runs(latinFree, (index) => comparable[position.get(index)! + 1] ?? -1).map((run) =>
      run.map((index) => query.tokens[index].text),
    ),
    1,
    MAX_RENDERING,
    ' ',
  );
  return { words: forms, renderings };
}

function main(): void {
  adoptReferenceData(referenceDataWithoutLearnedHanWords());
  const all = activeSeedRorRecords();
  const rootOf = topRecordOf(all);
  const counts: Counts = { form: new Map(), rendering: new Map(), pair: new Map() };
  const roots = new Map<string, Set<string>>();
  let read = 0;
  for (const record of all) {
    if (half(record.id) !== 'dev') {
      continue;
    }
    const english = englishNamesOf(record);
    const labels = record.names
      .filter((name) => LABEL_LANGUAGES.includes(name.lang ?? '') && LABEL_LETTERS.test(name.value))
      .map((name) => name.value);
    if (english.length === 0 || labels.length === 0) {
      continue;
    }
    read++;
    const { words: forms, renderings, pairs } = recordRemainders(english, labels, remainder);
    forms.forEach((form) => addId(counts.form, form, record.id));
    renderings.forEach((rendering) => addId(counts.rendering, rendering, record.id));
    const root = rootOf(record);
    pairs.forEach((pair) => {
      addId(counts.pair, pair, record.id);
      addId(roots, pair, root);
    });
  }
  // --form=<form>,<form>: each form's counts and its pairs' (any support), best first, to read why a word is not kept.
  const asked = process.argv.find((arg) => arg.startsWith('--form='));
  for (const form of asked ? asked.slice('--form='.length).split(',') : []) {
    const formCount = counts.form.get(form)?.size ?? 0;
    const rows = [...counts.pair]
      .filter(([pair]) => pair.startsWith(`${form}\t`))
      .map(([pair, ids]) => {
        const rendering = pair.split('\t')[1];
        const dice = (2 * ids.size) / (formCount + counts.rendering.get(rendering)!.size);
        return `${rendering} ${ids.size}/${formCount} roots ${roots.get(pair)!.size} dice ${dice.toFixed(2)}`;
      })
      .sort((a, b) => Number(b.split(' dice ')[1]) - Number(a.split(' dice ')[1]));
    console.log(`${form}: in ${formCount} records' remainder; ${rows.slice(0, 4).join('; ') || 'no pair'}`);
  }
  interface Row {
    form: string;
    rendering: string;
    pair: number;
    form_: number;
    rendering_: number;
    dice: number;
  }
  const candidates: Row[] = [];
  for (const [pair, ids] of counts.pair) {
    if (roots.get(pair)!.size < MIN_ROOTS) {
      continue;
    }
    const [form, rendering] = pair.split('\t');
    const formCount = counts.form.get(form)!.size;
    const renderingCount = counts.rendering.get(rendering)!.size;
    const dice = (2 * ids.size) / (formCount + renderingCount);
    if (ids.size / formCount < MIN_PRECISION || dice < MIN_DICE) {
      continue;
    }
    candidates.push({ form, rendering, pair: ids.size, form_: formCount, rendering_: renderingCount, dice });
  }
  // Overlapping forms with the same rendering (or one form's overlapping renderings) stand for one word: the row of
  // the higher Dice is kept, and of equal Dice the longer form (计划生育 over 计划, 生育) and the longer rendering.
  const overlaps = (a: string, b: string): boolean => {
    if (a === b) {
      return false;
    }
    for (let length = 1; length < Math.min(a.length, b.length); length++) {
      if (a.endsWith(b.slice(0, length)) || b.endsWith(a.slice(0, length))) {
        return true;
      }
    }
    return a.includes(b) || b.includes(a);
  };
  const better = (row: Row, other: Row): boolean =>
    other.dice > row.dice ||
    (other.dice === row.dice &&
      (other.form.length > row.form.length ||
        (other.form.length === row.form.length && other.rendering.length > row.rendering.length)));
  let kept = candidates.filter(
    (row) =>
      !candidates.some(
        (other) =>
          (other.rendering === row.rendering ? overlaps(other.form, row.form) : other.form === row.form) &&
          better(row, other),
      ),
  );
  // han_words.yml's own forms and renderings, as written (before a rendering of two entries is taken from both).
  const file = parse(readFileSync(join(referenceDirectory(), 'han_words.yml'), 'utf8')) as Record<
    string,
    Record<string, { han?: string[]; hangul?: string[]; english?: string[] }>
  >;
  const excluded = new Set(Object.keys(file.learned_excluded ?? {}));
  const entries = Object.entries(file)
    .filter(([section]) => section !== 'learned_excluded')
    .flatMap(([, section]) => Object.values(section));
  const handForms = entries.flatMap((entry) => ((HANGUL_MODE ? entry.hangul : entry.han) ?? []).map(String));
  // A place of the file (대한민국 "Korea", which a ministry's label writes and its English name does not) is no
  // word to learn a rendering for, nor is a form that holds one (since rules 1.174.0, branch kor1).
  const placeForms = Object.values(file.places ?? {}).flatMap((entry) =>
    [...(entry.han ?? []), ...(entry.hangul ?? [])].map(String),
  );
  const wordsOf = (phrase: string): string => {
    const name = prepareName(phrase, 'org');
    return comparableIndices(name)
      .map((index) => name.tokens[index].text)
      .join(' ');
  };
  const known = new Set(entries.flatMap((entry) => (entry.english ?? []).map((phrase) => wordsOf(String(phrase)))));
  // A rendering of class words only ("institute", "agency") makes no new word (a new form is a field word, which
  // decides when left over, and class words do not decide); it may be one more rendering of a form of the file
  // (海洋 "marine"). A form within a form of the file is a part of the file's word (职业技 of 职业技术).
  const classOnly = (rendering: string): boolean => {
    const name = prepareName(`Quarrow ${rendering}`, 'org');
    return comparableIndices(name)
      .slice(1)
      .every((index) => name.kinds[index] === Kind.Class);
  };
  const words = kept.length;
  const reasons = new Map<string, string[]>();
  kept = kept.filter((row) => {
    const reason = placeForms.some((place) => row.form.includes(place))
      ? 'a place of han_words.yml'
      : known.has(row.rendering)
        ? 'a rendering of han_words.yml'
        : excluded.has(row.form)
          ? 'learned_excluded'
          : !handForms.includes(row.form) && classOnly(row.rendering)
            ? 'class words only'
            : handForms.some((form) => form !== row.form && form.includes(row.form))
              ? 'within a form of han_words.yml'
              : undefined;
    if (reason !== undefined) {
      reasons.set(reason, [...(reasons.get(reason) ?? []), `${row.form} "${row.rendering}"`]);
    }
    return reason === undefined;
  });
  const formsOf = new Map<string, number>();
  kept.forEach((row) => formsOf.set(row.rendering, (formsOf.get(row.rendering) ?? 0) + 1));
  const shared = kept.filter((row) => formsOf.get(row.rendering)! > 1);
  kept = kept.filter((row) => formsOf.get(row.rendering) === 1);
  kept.sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : a.rendering < b.rendering ? -1 : 1));
  const header = HANGUL_MODE
    ? [
        "# Words of Korean organisations' names in Hangul and the English words that render them, learned from the ROR",
        "# registry's bilingual records of the dev half (seed/reference/ror-v2-records.json.gz, CC0; NOTICE.md): written by",
        '# bench/build-han-learned-words.ts --hangul (since rules 1.174.0, branch kor1), which says how; do not edit by hand.',
        "# Read as han_words.yml's Hangul field words are (reference-data.ts `hanWordsOf`).",
        `# ${read} records read; kept: at least ${MIN_ROOTS} records of different top records, precision >= ${MIN_PRECISION}, Dice >= ${MIN_DICE}.`,
        '# form\trendering\trecords with both\trecords with the form left over\trecords with the rendering left over',
      ]
    : [
        "# Words of Chinese and Japanese organisations' names in characters and the English words that render them, learned",
        "# from the ROR registry's bilingual records of the dev half (seed/reference/ror-v2-records.json.gz, CC0; NOTICE.md):",
        '# written by bench/build-han-learned-words.ts (since rules 1.173.0, branch han7), which says how; do not edit by',
        '# hand. Read as han_words.yml field words are (reference-data.ts `hanWordsOf`).',
        `# ${read} records read; kept: at least ${MIN_ROOTS} records of different top records, precision >= ${MIN_PRECISION}, Dice >= ${MIN_DICE}.`,
        '# form\trendering\trecords with both\trecords with the form left over\trecords with the rendering left over',
      ];
  const lines = kept.map((row) => `${row.form}\t${row.rendering}\t${row.pair}\t${row.form_}\t${row.rendering_}`);
  const path = join(referenceDirectory(), OUTPUT);
  const text = [...header, ...lines].join('\n') + '\n';
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    writeFileSync(path, text);
  }
  console.log(
    `${path}: ${kept.length} rows from ${read} records (${candidates.length} candidates; ${candidates.length - words} parts or ` +
      `neighbours of a better row; ${[...reasons].map(([reason, rows]) => `${reason}: ${rows.join(', ')}`).join('; ')}; ` +
      `${shared.length} renderings of two forms)`,
  );
  if (process.argv.includes('--print')) {
    for (const row of [...candidates].sort((a, b) => b.dice - a.dice)) {
      const mark = kept.includes(row)
        ? 'KEEP'
        : shared.includes(row)
          ? 'SHARED'
          : known.has(row.rendering)
            ? 'KNOWN'
            : 'drop';
      console.log(
        `${mark}\t${row.form}\t${row.rendering}\t${row.pair}\t${row.form_}\t${row.rendering_}\t${row.dice.toFixed(2)}`,
      );
    }
  }
}

main();
