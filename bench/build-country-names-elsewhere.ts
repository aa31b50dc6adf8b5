/**
 * Builds src/matching/reference/country_names_elsewhere.tsv (since rules 1.184.0, branch res19; in the repository since
 * rules 1.185.0, branch res21): a country's name, or a word and a country's name, that the graph's registry bodies
 * write for a body of another country often enough that `countriesNamed` (src/matching/country-in-name.ts) does not
 * read it as a country of a query given in none ("Georgia": the US state; "New Mexico"; "Hong Kong": Guangdong–Hong
 * Kong–Macao bodies of China).
 *
 * Read from the ROR records the project ships (seed/reference/ror-v2-records.json.gz, CC0; NOTICE.md): each record of
 * a known country (its first location's GeoNames country code), each of its names but acronyms. A name's words (ASCII
 * form, small letters) are read left to right for the longest run of at most 7 words that is a country's name with a
 * code (`englishCountryNames` and `countryCodes`: ICU's English names, org_words.yml `country_names`), else one word
 * that is another form of a country (`countryForms`: a demonym, another language's name; its current code). Per
 * record, each country's name it writes counts once: for a body of that country ("same"), of a country the name also
 * writes by a name or form (a joint body, "joint"), or of another ("other"); and so does each phrase of the word
 * before it and the name ("new mexico"; none at the name's start).
 *
 * A name is written to the file when at least OTHER_MIN bodies of another country write it and fewer than SHARE of
 * the bodies that write it are of its own country (or a joint body); a phrase likewise, unless its name is already in
 * the file. Names first, then phrases, each by the number of bodies that write them (most first; ties in the records'
 * order). Columns: written, country code, same, joint, other.
 *
 * Its `--all` listing also counts the one-word forms of a country (`countryForms`: "australian", "chinese",
 * "rossiyskoy") the same way, each record once (branch res21; not written to a file: no demonym is read, see
 * bench/HISTORY.md, "A demonym written in an organisation's name").
 *
 *   npm run bench:build && node dist-bench/bench/build-country-names-elsewhere.js [--print | --all]
 * (--print: the table, not written; --all: every name, phrase and form counted, with its share and up to 5 bodies
 * of another country, not written.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { currentRegionCode, getReferenceData } from '../src/matching/reference-data';
import { asciiForm, tokeniseRaw } from '../src/matching/tokenise';
import { findUp } from './lib/find-up';

/** Longest run of words read as one country's name (as `countriesNamed` reads). */
const COUNTRY_WORDS_MAX = 7;
/** Bodies of another country that write a name, at least. */
const OTHER_MIN = 2;
/** Share of the bodies writing a name that are of its country (or joint bodies), below which it is written. */
const SHARE = 0.9;
const EXAMPLES = 5;

interface RorRecord {
  names: Array<{ value: string; types: string[] }>;
  locations?: Array<{ geonames_details?: { country_code?: string } }>;
}

interface Written {
  form: string;
  code: string;
  kind: 'name' | 'form';
  at: number;
  length: number;
}

interface Count {
  same: number;
  joint: number;
  other: number;
  examples: string[];
}

function wordsOf(text: string): string[] {
  return tokeniseRaw(text).map((word) => asciiForm(word.orig));
}

/** The countries `words` write, left to right: the longest country's name at a word, else a one-word form. */
export function countriesWrittenIn(words: readonly string[]): Written[] {
  const reference = getReferenceData();
  const found: Written[] = [];
  let at = 0;
  while (at < words.length) {
    let hit: Written | undefined;
    for (let length = Math.min(COUNTRY_WORDS_MAX, words.length - at); length >= 1; length--) {
      const key = words.slice(at, at + length).join(' ');
      const code = reference.countryCodes.get(key);
      if (reference.englishCountryNames.has(key) && code !== undefined) {
        hit = { form: key, code, kind: 'name', at, length };
        break;
      }
      const formCode = length === 1 ? reference.countryForms.get(key) : undefined;
      if (formCode !== undefined && /^[a-z]{2}$/.test(formCode)) {
        hit = { form: key, code: currentRegionCode(formCode), kind: 'form', at, length };
        break;
      }
    }
    if (hit) {
      found.push(hit);
      at += hit.length;
    } else {
      at++;
    }
  }
  return found;
}

/** The seed's ROR records. */
export function readRorRecords(root: string): RorRecord[] {
  return JSON.parse(
    gunzipSync(readFileSync(join(root, 'seed/reference/ror-v2-records.json.gz'))).toString('utf8'),
  ) as RorRecord[];
}

/** The record's country code (its first location's), small letters; '' when unknown. */
export function recordCountry(record: RorRecord): string {
  return (record.locations?.[0]?.geonames_details?.country_code ?? '').toLowerCase();
}

function bump(counts: Map<string, Count>, key: string, why: 'same' | 'joint' | 'other', example: string): void {
  const count = counts.get(key) ?? { same: 0, joint: 0, other: 0, examples: [] };
  counts.set(key, count);
  count[why]++;
  if (why === 'other' && count.examples.length < EXAMPLES) {
    count.examples.push(example);
  }
}

function byTotal(counts: Map<string, Count>): Array<[string, Count]> {
  const total = (count: Count): number => count.same + count.joint + count.other;
  return [...counts].sort((a, b) => total(b[1]) - total(a[1]));
}

function main(): void {
  const root = join(findUp('seed/reference/ror-v2-records.json.gz', __dirname), '..', '..', '..');
  const records = readRorRecords(root);
  const names = new Map<string, Count>();
  const phrases = new Map<string, Count>();
  const forms = new Map<string, Count>();
  for (const record of records) {
    const country = recordCountry(record);
    if (!country) {
      continue;
    }
    const seen = new Set<string>();
    for (const name of record.names) {
      if (name.types.includes('acronym')) {
        continue;
      }
      const words = wordsOf(name.value);
      const written = countriesWrittenIn(words);
      const codes = new Set(written.map((hit) => hit.code));
      for (const hit of written) {
        const why = hit.code === country ? 'same' : codes.has(country) ? 'joint' : 'other';
        const example = `${name.value} (${country})`;
        if (hit.kind !== 'name') {
          if (!seen.has(`f${hit.form}`)) {
            seen.add(`f${hit.form}`);
            bump(forms, `${hit.form}\t${hit.code}`, why, example);
          }
          continue;
        }
        const key = `${hit.form}\t${hit.code}`;
        if (!seen.has(key)) {
          seen.add(key);
          bump(names, key, why, example);
        }
        const phrase = `${hit.at > 0 ? words[hit.at - 1] : '^'} ${hit.form}\t${hit.code}`;
        if (!seen.has(`p${phrase}`)) {
          seen.add(`p${phrase}`);
          bump(phrases, phrase, why, example);
        }
      }
    }
  }
  const elsewhere = (count: Count): boolean =>
    count.other >= OTHER_MIN && (count.same + count.joint) / (count.same + count.joint + count.other) < SHARE;
  const line = ([key, count]: [string, Count]): string => `${key}\t${count.same}\t${count.joint}\t${count.other}`;
  if (process.argv.includes('--all')) {
    for (const [label, counts] of [
      ['name', names],
      ['phrase', phrases],
      ['form', forms],
    ] as const) {
      for (const [key, count] of byTotal(counts)) {
        const share = (count.same + count.joint) / (count.same + count.joint + count.other);
        console.log(`${label}\t${line([key, count])}\t${share.toFixed(3)}\t${count.examples.join(' | ')}`);
      }
    }
    return;
  }
  const keptNames = byTotal(names).filter(([, count]) => elsewhere(count));
  const kept = new Set(keptNames.map(([key]) => key.split('\t')[0]));
  const keptPhrases = byTotal(phrases).filter(
    ([key, count]) =>
      !key.startsWith('^ ') && elsewhere(count) && !kept.has(key.split('\t')[0].split(' ').slice(1).join(' ')),
  );
  const lines = [
    "# A country's name, or a word and a country's name, that the graph's registry bodies (ROR records of the seed) write for a body",
    '# of another country: at least 2 such bodies (not of a country the name also writes) and fewer than 90% of its own.',
    '# Since rules 1.184.0 such a name written in a query is not read as a country of the query (countriesNamed).',
    `# Made from seed/reference/ror-v2-records.json.gz (${records.length.toLocaleString('en')} records) by bench/build-country-names-elsewhere.ts`,
    '# (npm run bench:country-names). Columns: written, country code, bodies of that country, of a country the name also writes, of another.',
    ...keptNames.map(line),
    ...keptPhrases.map(line),
  ];
  if (process.argv.includes('--print')) {
    console.log(lines.join('\n'));
    return;
  }
  writeFileSync(join(root, 'src', 'matching', 'reference', 'country_names_elsewhere.tsv'), `${lines.join('\n')}\n`);
}

if (require.main === module) {
  main();
}
