/**
 * Builds bench/data/university-xscript-dev.csv and university-xscript-heldout.csv: negatives only, different
 * universities whose names meet across scripts or differ by one romanised syllable, for the rules that read
 * Chinese characters and Korean syllables as Latin (rules 1.15.0). Drawn from the ROR records the project ships
 * (seed/reference/ror-v2-records.json.gz, CC0), records of type `education`, in the columns of
 * university-pairs-dev.csv; the dev / held-out halves as there (a SHA-1 of the ROR id), both records of a pair
 * in one half. university-pairs-*.csv are left as they are (bench/build-university-pairs.ts).
 *
 * Groups (every pair two different records, not related in ROR):
 *   - `cross-script`: one record's Latin display name against another record's label in another script, kept
 *     only when every name word of the two aligns one to one under the matcher's own loose word comparison
 *     (`tokenLikeness`, organisation mode) as main (rules 1.14.0) reads them; branch xscript1's group.
 *   - `cjk-label`: one record's Latin display name against another record's Chinese or Korean label (Han or
 *     Hangul, no kana) when the two records' labels of that script share a name character or syllable (not a
 *     class word): for each label the other records sharing the most such characters ("<city> Normal
 *     University" against the label of "<city> Maritime University").
 *   - `syllable-near`: Latin display names of two records of China, Taiwan, Hong Kong, Macao or the Koreas with
 *     the same words but one, the two different words of four letters or more beginning or ending alike in
 *     three letters (most often one romanised syllable different: "Qing<x>" against "Qing<y>").
 *   - `abjad-label` (added by branch script2, rules 1.16.0, committed before any rule read it): one record's
 *     Latin display name against another record's label in Arabic script (Arabic, Persian, Urdu, Sindhi,
 *     Pashto…), kept when the label's name words, its class and field words and function words taken out by
 *     this builder's own short list (ABJAD_LABEL_NOT_NAME, independent of the matcher's tables, so that the
 *     group does not move with them), align one to one with the display name's name words under the matcher's
 *     loose word comparison as main (rules 1.15.0) reads them: "University of <city>" against "جامعة <another
 *     city that sounds alike>". Near-named different universities across scripts, the pairs Arabic-script
 *     class words would let through.
 * Each group sampled round-robin over countries (`sampleByCountry`), XSCRIPT_GROUP_SIZES pairs per half.
 * The committed files are those built then and are kept: built with today's rules, the groups read through the
 * matcher (`cross-script`, `abjad-label`) draw other pairs, as the matcher's word reading has moved since.
 *
 *   npm run bench:build && node dist-bench/bench/build-university-xscript-pairs.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Kind, prepareName } from '../src/matching/normalise';
import { tokenLikeness } from '../src/matching/token-similarity';
import { Script, type TokenInfo } from '../src/matching/tokenise';
import { findUp } from './lib/find-up';
import { half, key, pairsCsv, sampleByCountry, words, type Pair } from './lib/org-pair-sampling';
import { countryOf, displayName, type RorRecord, shortId } from './lib/ror-records';

const XSCRIPT_GROUP_SIZES: Readonly<Record<string, number>> = {
  'cross-script': 400,
  'cjk-label': 400,
  'syllable-near': 400,
  'abjad-label': 400,
};

const SYLLABLE_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP']);

function isLatin(name: string): boolean {
  return !/[^\p{Script=Latin}\p{P}\p{S}\p{N}\p{M}\s]/u.test(name);
}

function related(a: RorRecord, b: RorRecord): boolean {
  return (
    a.id === b.id ||
    a.relationships.some((relation) => relation.id === b.id) ||
    b.relationships.some((relation) => relation.id === a.id) ||
    key(displayName(a)) === key(displayName(b))
  );
}

/** The name words (not class, legal, stop… words) of a name as the matcher prepares it for an organisation. */
function nameWords(name: string): TokenInfo[] {
  const prepared = prepareName(name, 'org');
  return prepared.tokens.filter((_, at) => prepared.kinds[at] === Kind.Name);
}

/** A record whose Latin display name has name words, with those words. */
interface LatinNamed {
  record: RorRecord;
  words: TokenInfo[];
}

/**
 * The records of `mine` with a Latin display name, by each of its name words (`byWord`), and for a word of
 * another name the display-name words it meets under the matcher's loose word comparison (`alikeOf`,
 * organisation mode; remembered per word).
 */
function latinNameWordIndex(mine: RorRecord[]): {
  byWord: Map<string, LatinNamed[]>;
  alikeOf: (word: TokenInfo) => Set<string>;
} {
  const latin: LatinNamed[] = mine
    .map((record) => ({ record, words: nameWords(displayName(record)) }))
    .filter(({ record, words }) => words.length > 0 && isLatin(displayName(record)));
  const byWord = new Map<string, LatinNamed[]>();
  const latinWords = new Map<string, TokenInfo>();
  for (const entry of latin) {
    for (const word of entry.words) {
      latinWords.set(word.orig, word);
      const holders = byWord.get(word.orig) ?? [];
      if (!holders.includes(entry)) {
        byWord.set(word.orig, [...holders, entry]);
      }
    }
  }
  const alikeCache = new Map<string, Set<string>>();
  const alikeOf = (word: TokenInfo): Set<string> => {
    let alike = alikeCache.get(word.orig);
    if (!alike) {
      alike = new Set(
        [...latinWords.values()]
          .filter((other) => tokenLikeness(word, other, false).sim > 0)
          .map((other) => other.orig),
      );
      alikeCache.set(word.orig, alike);
    }
    return alike;
  };
  return { byWord, alikeOf };
}

/**
 * A record's labels against the Latin display names of other, unrelated records whose name words each
 * line up with one of the label's words (the same count of words): negatives of `group`.
 * `labelWordsOf` gives a label's name words, or null when the label is not of this kind.
 */
function labelsAgainstLatinNames(
  mine: RorRecord[],
  group: string,
  labelWordsOf: (name: RorRecord['names'][number]) => TokenInfo[] | null,
): Pair[] {
  const { byWord, alikeOf } = latinNameWordIndex(mine);
  const pairs: Pair[] = [];
  for (const record of mine) {
    for (const name of record.names) {
      const labelWords = name.types.includes('acronym') ? null : labelWordsOf(name);
      if (!labelWords || labelWords.length === 0) {
        continue;
      }
      const candidates = new Set([...alikeOf(labelWords[0])].flatMap((word) => byWord.get(word) ?? []));
      for (const other of candidates) {
        if (related(other.record, record) || other.words.length !== labelWords.length) {
          continue;
        }
        const free = [...other.words];
        const aligned = labelWords.every((word) => {
          const at = free.findIndex((candidate) => alikeOf(word).has(candidate.orig));
          return at >= 0 && free.splice(at, 1).length === 1;
        });
        if (aligned) {
          pairs.push({
            name1: displayName(other.record),
            name2: name.value,
            isMatch: false,
            group,
            note: `${countryOf(other.record)} ${shortId(other.record.id)} label-of ${shortId(record.id)} ${countryOf(record)} lang=${name.lang ?? ''}`,
          });
        }
      }
    }
  }
  return pairs;
}

/** Branch xscript1's cross-script negatives (see the head comment). */
function crossScriptPairs(mine: RorRecord[]): Pair[] {
  return labelsAgainstLatinNames(mine, 'cross-script', (name) => {
    if (isLatin(name.value)) {
      return null;
    }
    const words = nameWords(name.value);
    return words.some((word) => word.script === Script.Latin) ? null : words;
  });
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Arabic-script words of a university label that are no name word: class, field and function words (dictionary forms). */
const ABJAD_LABEL_NOT_NAME = new Set(
  [
    'جامعة جامعه جامعہ جامعۂ دانشگاه دانشگاہ یونیورسٹی يونيورسٹی يونيورسٽي يونیورسٹی پوهنتون کالج كالج كلية کلیه کلية',
    'معهد مؤسسه مؤسسة اکادمی أكاديمية اكاديمية آكاديمية مدرسة مدرسه المدرسة دانشکده پوهنځی مجتمع آموزش عالی',
    'علوم علم تكنولوجيا تکنولوژی فناوری صنعتی فنون فنی پزشکی طبی طبية طب تقنية تقنيه تطبيقية تطبيقي هندسة مهندسی',
    'إسلامية اسلامية إسلامي اسلامی اسلامي اسلامیہ خاصة دولية بين المللی عربية عربی حكومية وطنية ملی ملي أهلية',
    'في و و آف اور براۓ برائے اینڈ دی د ی من',
  ]
    .join(' ')
    .split(' '),
);
/** Attached article, conjunctions and prepositions of an Arabic-script word ("والعلوم", "للعلوم", "بتونس"). */
const ABJAD_PROCLITICS = /^(?:وال|بال|فال|كال|لل|ال|و|ب|ل|ف)(?=\p{L}{2})/u;

/** The name words of an Arabic-script label: not ABJAD_LABEL_NOT_NAME as written nor without its proclitics. */
function abjadLabelNameWords(label: string): TokenInfo[] {
  return nameWords(label).filter((word) => {
    const bare = word.orig.replace(/\u0640|[\u064B-\u065F]|\u0670/gu, '');
    return !ABJAD_LABEL_NOT_NAME.has(bare) && !ABJAD_LABEL_NOT_NAME.has(bare.replace(ABJAD_PROCLITICS, ''));
  });
}

/** Near-named Arabic-script labels of different records against each other's Latin display names. */
function abjadLabelPairs(mine: RorRecord[]): Pair[] {
  return labelsAgainstLatinNames(mine, 'abjad-label', (name) => {
    if (!ARABIC_SCRIPT.test(name.value) || /\p{Script=Latin}/u.test(name.value)) {
      return null;
    }
    const words = abjadLabelNameWords(name.value);
    return words.some((word) => word.script !== Script.Arabic) ? null : words;
  });
}

const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The name characters (Kind.Name, one token each) of a Chinese or Korean label. */
function nameCharacters(label: string): Set<string> {
  return new Set(
    nameWords(label)
      .filter((word) => word.isSyllable)
      .map((word) => word.orig),
  );
}

/** Near-named Chinese and Korean labels of different records against each other's Latin display names. */
function cjkLabelPairs(mine: RorRecord[]): Pair[] {
  const labelled = mine
    .filter((record) => isLatin(displayName(record)))
    .map((record) => ({
      record,
      labels: record.names
        .filter((name) => !name.types.includes('acronym') && HAN_OR_HANGUL.test(name.value) && !KANA.test(name.value))
        .map((name) => ({ name, characters: nameCharacters(name.value) })),
    }))
    .filter((entry) => entry.labels.length > 0);
  const byCharacter = new Map<string, Array<(typeof labelled)[number]>>();
  for (const entry of labelled) {
    for (const label of entry.labels) {
      for (const character of label.characters) {
        const holders = byCharacter.get(character) ?? [];
        if (!holders.includes(entry)) {
          byCharacter.set(character, [...holders, entry]);
        }
      }
    }
  }
  const pairs: Pair[] = [];
  for (const owner of labelled) {
    for (const label of owner.labels) {
      // The other records whose labels share the most name characters with this label.
      let best = 0;
      let nearest: Array<(typeof labelled)[number]> = [];
      for (const other of new Set([...label.characters].flatMap((character) => byCharacter.get(character) ?? []))) {
        if (related(other.record, owner.record)) {
          continue;
        }
        const shared = Math.max(
          ...other.labels.map((theirs) => [...theirs.characters].filter((c) => label.characters.has(c)).length),
        );
        if (shared > best) {
          [best, nearest] = [shared, [other]];
        } else if (shared === best && shared > 0) {
          nearest.push(other);
        }
      }
      for (const other of nearest) {
        pairs.push({
          name1: displayName(other.record),
          name2: label.name.value,
          isMatch: false,
          group: 'cjk-label',
          note: `${countryOf(other.record)} ${shortId(other.record.id)} label-of ${shortId(owner.record.id)} ${countryOf(owner.record)} lang=${label.name.lang ?? ''} shared=${best}`,
        });
      }
    }
  }
  return pairs;
}

/** Latin names of Chinese and Korean records that differ in one word alike at one end (one syllable). */
function syllableNearPairs(mine: RorRecord[]): Pair[] {
  const buckets = new Map<string, RorRecord[]>();
  for (const record of mine) {
    if (!SYLLABLE_COUNTRIES.has(countryOf(record)) || !isLatin(displayName(record))) {
      continue;
    }
    const tokens = words(displayName(record));
    tokens.forEach((_, position) => {
      const pattern = tokens.map((word, at) => (at === position ? '*' : word)).join(' ');
      buckets.set(pattern, [...(buckets.get(pattern) ?? []), record]);
    });
  }
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (const [pattern, bucket] of buckets) {
    const position = pattern.split(' ').indexOf('*');
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [left, right] = [bucket[i], bucket[j]];
        const [a, b] = [words(displayName(left))[position], words(displayName(right))[position]];
        const pairKey = [left.id, right.id].sort().join('|');
        if (
          seen.has(pairKey) ||
          related(left, right) ||
          a.length < 4 ||
          b.length < 4 ||
          !(a.slice(0, 3) === b.slice(0, 3) || a.slice(-3) === b.slice(-3))
        ) {
          continue;
        }
        seen.add(pairKey);
        pairs.push({
          name1: displayName(left),
          name2: displayName(right),
          isMatch: false,
          group: 'syllable-near',
          note: `${countryOf(left)} ${shortId(left.id)} ${shortId(right.id)} ${a}/${b}`,
        });
      }
    }
  }
  return pairs;
}

function main(): void {
  const source = findUp(join('seed', 'reference', 'ror-v2-records.json.gz'), __dirname);
  const records = (JSON.parse(gunzipSync(readFileSync(source)).toString('utf8')) as RorRecord[]).filter(
    (record) => record.status === 'active' && record.types.includes('education'),
  );
  const folder = dirname(findUp(join('bench', 'data', 'NOTICE.md'), __dirname));
  for (const which of ['dev', 'heldout'] as const) {
    const mine = records.filter((record) => half(record.id) === which);
    const groups: Record<string, Pair[]> = {
      'cross-script': crossScriptPairs(mine),
      'cjk-label': cjkLabelPairs(mine),
      'syllable-near': syllableNearPairs(mine),
      'abjad-label': abjadLabelPairs(mine),
    };
    const pairs = Object.entries(XSCRIPT_GROUP_SIZES).flatMap(([group, size]) => sampleByCountry(groups[group], size));
    const file = join(folder, `university-xscript-${which}.csv`);
    writeFileSync(file, pairsCsv(pairs));
    const counts = Object.keys(XSCRIPT_GROUP_SIZES).map(
      (group) => `${group} ${pairs.filter((pair) => pair.group === group).length} of ${groups[group].length}`,
    );
    console.log(`${file}: ${pairs.length} pairs (${counts.join(', ')})`);
  }
}

main();
