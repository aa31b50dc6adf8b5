/**
 * Builds bench/data/variant-pairs-dev.csv and variant-pairs-heldout.csv: labelled name pairs of the kinds
 * where name matchers most often fail (issue 9, "Overfitting"), drawn from the sample lists `npm start`
 * loads (UN, OFAC SDN, OFAC consolidated, CSL) through the project's own parsers. A sibling of
 * build-list-pairs.ts; the `group` column is the variant class.
 *
 * Positives found in the lists (two names the list gives for ONE entry, Latin script):
 *   - `spelling`: the same words but one, which differs by one or two letters;
 *   - `token-variant`: the same words but one, which differs by more (same first letter): romanisation
 *     systems, vowel and article variants;
 *   - `joined-split`: the same letters with words joined or split ("Abdul Rahman" / "Abdulrahman").
 * Positives made by rule from one list name (the rule is the label's evidence):
 *   - `qualifier`: an organisation's name with ", <city>" (postal code left out) or ", <country>" (its
 *     English name) of its own address added;
 *   - `legal-form`: a company's legal form written long, abbreviated or punctuated
 *     ("Limited Liability Company" / "LLC" / "L.L.C.", "Company Limited" / "Co., Ltd.");
 *   - `title`: a person's name with a title or honorific in front ("Dr.", "Sheikh", "General"), written
 *     given name first when the list writes "SURNAME, Given";
 *   - `number-words`: a number in a name written as an English word ("2" / "Two").
 * Negatives found in the lists (primary names of two DIFFERENT entries of the same list and schema, by
 * the list's own ids; pairs left out when one entry names the other, they share a date of birth, or
 * their names are equal up to case, accents and punctuation):
 *   - `changed-part`: persons whose names of 3+ words agree in all words but one;
 *   - `deciding-word`: organisations whose names agree in all words but one, 2+ shared words;
 *   - `series-number`: names that differ only in a number or roman numeral;
 *   - `short-edit`: names of at most 8 letters that differ by one letter.
 *
 * Sampling is deterministic (SHA-1 order, at most GROUP_SIZE pairs a group, MAX_PER_ENTRY per entry).
 * Split: a pair goes to the held-out file when the SHA-1 of its first entry's id begins with 0–7 (about
 * half), so all pairs of one entry stay on one side. The held-out file is for figures only.
 *
 * `--heldout2` (since 2026-12-02) writes a second held-out file, variant-pairs-heldout2.csv, instead: the
 * same classes and sampling over the pairs that touch no entry named in variant-pairs-dev.csv or
 * variant-pairs-heldout.csv (both halves of the split), so none of its entries was seen while tuning or
 * in the first held-out reading. Classes with few candidates (series-number, short-edit, number-words)
 * have few or no pairs left. `--heldout3` (2026-12-02) writes variant-pairs-heldout3.csv the same way over
 * the pairs that touch no entry named in the dev file or either earlier held-out file.
 *
 * `--dev2` (2026-12-02) writes variant-pairs-dev2.csv, more dev pairs for tuning: every form of a made pair
 * (all legal-form rewrites, the city and the country as qualifier) and the found pairs, over entries that no
 * held-out file names, without the pairs variant-pairs-dev.csv holds (up to twice as many a class).
 *
 * `--dev3` / `--heldout4` (2026-12-02) draw on lists none of the earlier files used: the UK Sanctions List, BIS
 * DPL, Canada's named research organisations, Japan METI's end-user list and the FollowTheMoney fixtures
 * (NEW_SOURCES, NEW_FILES), the same classes and sampling, split by the first entry's hash as the first
 * files are (0–7 held out), without pairs any earlier variant file holds (the UK list names many UN and
 * OFAC entries). variant-pairs-dev3.csv is for tuning; variant-pairs-heldout4.csv is for figures only.
 *
 * `--dev4` (2026-12-04, rules 1.78.0) writes variant-pairs-dev4.csv, a further dev file of the `qualifier` class only
 * (both the city and the country, as `--dev2` makes them), over every source above (old and new lists and the
 * fixtures) and only entries that no variant file and no list-pair held-out file names, so none was read before:
 * the qualifier misses of the dev files were too few to count by class.
 *
 * `--dev5` (2026-12-04, rules 1.87.0) writes variant-pairs-dev5.csv, the qualifier pairs `--dev4` did not take: every
 * such pair (up to QUALIFIER_DEV5_SIZE) of entries that no variant file (dev4 included) and no list-pair held-out file
 * names; the dev files' qualifier misses were still too few (8) to count by class.
 *
 * `--dev6` (2026-12-05, rules 1.101.0) writes variant-pairs-dev6.csv, persons only: every found `spelling` and
 * `token-variant` pair and every `changed-part` and `short-edit` negative (up to PERSON_DEV6_SIZE a group, at most
 * PERSON_DEV6_PER_ENTRY an entry) of entries that no held-out file (variant or list pairs) names, over every source
 * above, leaving out pairs a dev or held-out file already holds (up to case, accents and punctuation): the dev
 * files' persons' token variants and spellings were too few a class to count.
 *
 *   npm run bench:build && node dist-bench/bench/build-variant-pairs.js [--heldout2|--heldout3|--dev2|--dev3|--heldout4|--dev4|--dev5|--dev6]
 */
import { distance } from 'fastest-levenshtein';
import type { WatchlistEntry, WatchlistFormat } from '../src/watchlists/watchlist-record';
import { join } from 'node:path';
import {
  type Pair,
  entriesNamedIn,
  hashOf,
  pairKeys,
  isCode,
  leftOver,
  plain,
  readListEntries,
  samplePairs,
  writeDevAndHeldOut,
  writePairs,
} from './lib/list-pair-files';

const SOURCES: ReadonlyArray<WatchlistFormat> = ['un-xml', 'ofac-sdn', 'ofac-cons', 'csl-csv'];
const NEW_SOURCES: ReadonlyArray<WatchlistFormat> = ['uk-sanctions-jsonl', 'bis-dpl', 'ca-nro', 'jp-meti-eul'];
const NEW_FILES: ReadonlyArray<{ format: WatchlistFormat; path: string }> = [
  'zala.entities.ftm.json',
  'parteispenden.entities.ftm.json',
  't1.entities.ftm.json',
].map((file) => ({ format: 'ftm', path: join('test', 'fixtures', 'watchlists', 'ftm', file) }));
const EARLIER_FILES = [
  'variant-pairs-dev.csv',
  'variant-pairs-heldout.csv',
  'variant-pairs-heldout2.csv',
  'variant-pairs-heldout3.csv',
  'variant-pairs-dev2.csv',
];
const GROUP_SIZE = 300;
const MAX_PER_ENTRY = 2;
const ORGANISATIONS = new Set(['Organization', 'Company', 'LegalEntity', 'PublicBody']);

function words(name: string): string[] {
  const text = plain(name);
  return text ? text.split(' ') : [];
}

function isLatin(name: string): boolean {
  return !/[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Greek}]/u.test(
    name,
  );
}

const idOf = (entry: WatchlistEntry) => `${entry.listId}:${entry.entryId}`;

const NUMBER = /^(\d+|i{1,3}|iv|v|vi{1,3}|ix|x)$/;

function foundPositives(entries: WatchlistEntry[]): Pair[] {
  const pairs: Pair[] = [];
  for (const entry of entries) {
    const names = [entry.name, ...entry.aliases.map((alias) => alias.name)].filter(
      (name) => isLatin(name) && !isCode(name) && plain(name),
    );
    const seen = new Set<string>();
    const distinct = names.filter((name) => {
      const key = plain(name);
      return seen.has(key) ? false : (seen.add(key), true);
    });
    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        const [a, b] = [words(distinct[i]), words(distinct[j])];
        let group: string | undefined;
        if (a.join('') === b.join('') && a.length !== b.length) {
          group = 'joined-split';
        } else if (a.length === b.length && a.length >= 2) {
          const [x, y] = leftOver(a, b);
          if (x.length === 1 && y.length === 1 && !NUMBER.test(x[0]) && !NUMBER.test(y[0])) {
            const edits = distance(x[0], y[0]);
            if (edits <= 2 && Math.min(x[0].length, y[0].length) >= 4) {
              group = 'spelling';
            } else if (edits > 2 && x[0][0] === y[0][0] && Math.min(x[0].length, y[0].length) >= 3) {
              group = 'token-variant';
            }
          }
        }
        if (group) {
          pairs.push({
            schema: entry.schema,
            name1: distinct[i],
            name2: distinct[j],
            isMatch: true,
            group,
            note: `${idOf(entry)} names of one entry`,
            entries: [idOf(entry)],
          });
        }
      }
    }
  }
  return pairs;
}

/** Legal forms as lists write them, long -> short and punctuated forms (each applied where the name has it). */
const LEGAL_FORMS: ReadonlyArray<[RegExp, string[]]> = [
  [/\bLIMITED LIABILITY COMPANY\b/i, ['LLC', 'L.L.C.']],
  [/\bLIMITED LIABILITY PARTNERSHIP\b/i, ['LLP']],
  [/\bJOINT[- ]STOCK COMPANY\b/i, ['JSC']],
  [/\bCOMPANY LIMITED\b/i, ['Co., Ltd.', 'CO LTD']],
  [/\bCO\.?,? LTD\.?/i, ['Company Limited']],
  [/\bPRIVATE LIMITED\b/i, ['Pvt. Ltd.']],
  [/\bLIMITED\b/i, ['Ltd.']],
  [/\bLTD\b\.?/i, ['Limited']],
  [/\bCORPORATION\b/i, ['Corp.']],
  [/\bINCORPORATED\b/i, ['Inc.']],
  [/\bL\.?L\.?C\.?(?=\s|$)/i, ['Limited Liability Company', 'L.L.C.']],
  [/\bF\.?Z\.?E\.?(?=\s|$)/i, ['F.Z.E.']],
  [/\bS\.?A\.?(?=\s|$)/i, ['S.A.']],
  [/\bGMBH\b/i, ['G.m.b.H.']],
];

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const TITLES = ['Dr.', 'Mr.', 'Sheikh', 'General', 'Colonel', 'Haji', 'Mullah', 'Professor', 'Engineer'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function madePositives(entries: WatchlistEntry[], allForms = false): Pair[] {
  const pairs: Pair[] = [];
  const add = (entry: WatchlistEntry, written: string, group: string, note: string) => {
    // Written as the list writes the name: in capitals when it is all capitals.
    const name2 = /\p{Ll}/u.test(entry.name) ? written : written.toUpperCase();
    if (plain(name2) !== plain(entry.name)) {
      pairs.push({
        schema: entry.schema,
        name1: entry.name,
        name2,
        isMatch: true,
        group,
        note: `${idOf(entry)} ${note}`,
        entries: [idOf(entry)],
      });
    }
  };
  for (const entry of entries) {
    const name = entry.name.replace(/\s+/g, ' ').trim();
    if (!isLatin(name) || isCode(name)) {
      continue;
    }
    const pick = parseInt(hashOf(idOf(entry)).slice(0, 4), 16);
    if (ORGANISATIONS.has(entry.schema)) {
      // The city as a place name (no postal code, first part only), the country as English names it.
      const city = entry.addresses
        .map((address) =>
          (address.city ?? '')
            .split(',')[0]
            .replace(/[\d-]+/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .find((text) => /\p{L}{3}/u.test(text) && isLatin(text));
      const code = entry.countries.map((mention) => mention.code).find((value) => value);
      const country = code ? COUNTRY_NAMES.of(code.toUpperCase()) : undefined;
      const qualifiers = allForms ? [city, country] : [pick % 2 === 0 ? (city ?? country) : (country ?? city)];
      for (const qualifier of qualifiers) {
        if (qualifier && !plain(name).includes(plain(qualifier))) {
          add(entry, `${name}, ${qualifier}`, 'qualifier', 'own address added');
        }
      }
      for (const [pattern, replacements] of LEGAL_FORMS) {
        if (pattern.test(name)) {
          for (const replacement of allForms ? replacements : [replacements[pick % replacements.length]]) {
            add(entry, name.replace(pattern, replacement).replace(/\s+/g, ' ').trim(), 'legal-form', 'form rewritten');
          }
          break;
        }
      }
    }
    if (entry.schema === 'Person' && words(name).length >= 2) {
      const [surname, given] = name.split(/\s*,\s*/);
      const natural = given ? `${given} ${surname}` : name;
      add(entry, `${TITLES[pick % TITLES.length]} ${natural}`, 'title', 'title added');
    }
    const digit = /(^|\s)(\d{1,2})(?=\s|$)/.exec(name);
    if (digit && Number(digit[2]) < NUMBER_WORDS.length) {
      add(
        entry,
        name.replace(/(^|\s)\d{1,2}(?=\s|$)/, `$1${NUMBER_WORDS[Number(digit[2])]}`),
        'number-words',
        'digit as word',
      );
    }
  }
  return pairs;
}

function foundNegatives(entries: WatchlistEntry[]): Pair[] {
  const candidates = entries
    .map((entry, index) => ({ entry, index, words: words(entry.name) }))
    .filter(({ entry, words: parts }) => parts.length > 0 && isLatin(entry.name) && !isCode(entry.name));
  const byWord = new Map<string, number[]>();
  for (const candidate of candidates) {
    for (const word of new Set(candidate.words)) {
      byWord.set(word, [...(byWord.get(word) ?? []), candidate.index]);
    }
  }
  const byIndex = new Map(candidates.map((candidate) => [candidate.index, candidate]));
  const pairs: Pair[] = [];
  const done = new Set<string>();
  const shortNames = candidates.filter((candidate) => candidate.words.join('').length <= 8);
  const related = (left: WatchlistEntry, right: WatchlistEntry): boolean => {
    const leftNames = new Set([left.name, ...left.aliases.map((alias) => alias.name)].map(plain));
    const rightNames = new Set([right.name, ...right.aliases.map((alias) => alias.name)].map(plain));
    return (
      left.listId !== right.listId ||
      left.schema !== right.schema ||
      [...leftNames].some((name) => rightNames.has(name)) ||
      left.linkedTo.some((name) => rightNames.has(plain(name))) ||
      right.linkedTo.some((name) => leftNames.has(plain(name))) ||
      left.birthDates.some((date) => right.birthDates.includes(date))
    );
  };
  const push = (left: WatchlistEntry, right: WatchlistEntry, group: string, note: string) => {
    pairs.push({
      schema: left.schema,
      name1: left.name,
      name2: right.name,
      isMatch: false,
      group,
      note: `${idOf(left)} ${idOf(right)} ${note}`,
      entries: [idOf(left), idOf(right)],
    });
  };
  for (const left of candidates) {
    const others = new Set<number>();
    for (const word of left.words) {
      for (const other of byWord.get(word) ?? []) {
        if (other > left.index) {
          others.add(other);
        }
      }
    }
    for (const otherIndex of others) {
      const right = byIndex.get(otherIndex);
      if (!right || right.words.length !== left.words.length) {
        continue;
      }
      const [x, y] = leftOver(left.words, right.words);
      if (x.length !== 1 || y.length !== 1) {
        continue;
      }
      const key = `${left.index}|${right.index}`;
      if (done.has(key) || related(left.entry, right.entry)) {
        continue;
      }
      done.add(key);
      if (NUMBER.test(x[0]) && NUMBER.test(y[0])) {
        push(left.entry, right.entry, 'series-number', `${x[0]}/${y[0]}`);
      } else if (left.entry.schema === 'Person' && left.words.length >= 3) {
        push(left.entry, right.entry, 'changed-part', `${x[0]}/${y[0]}`);
      } else if (ORGANISATIONS.has(left.entry.schema) && left.words.length >= 3) {
        push(left.entry, right.entry, 'deciding-word', `${x[0]}/${y[0]}`);
      }
    }
  }
  for (let i = 0; i < shortNames.length; i++) {
    for (let j = i + 1; j < shortNames.length; j++) {
      const [left, right] = [shortNames[i], shortNames[j]];
      const a = left.words.join(' ');
      const b = right.words.join(' ');
      if (a !== b && distance(a, b) === 1 && !related(left.entry, right.entry)) {
        push(left.entry, right.entry, 'short-edit', `${a}/${b}`);
      }
    }
  }
  return pairs;
}

async function main(): Promise<void> {
  // Aircraft are named by registration marks (identifiers, not names; and no FollowTheMoney schema of that
  // name for logic-v2): left out.
  if (process.argv.includes('--dev4')) {
    await writeQualifierDev();
    return;
  }
  if (process.argv.includes('--dev5')) {
    await writeQualifierDev5();
    return;
  }
  if (process.argv.includes('--dev6')) {
    await writePersonDev6();
    return;
  }
  const fresh = process.argv.includes('--dev3') || process.argv.includes('--heldout4');
  const { root, entries } = fresh
    ? await readListEntries(NEW_SOURCES, (entry) => entry.schema !== 'Aircraft', NEW_FILES)
    : await readListEntries(SOURCES, (entry) => entry.schema !== 'Aircraft');
  const dev2 = process.argv.includes('--dev2');
  const all = [...foundPositives(entries), ...madePositives(entries, dev2), ...foundNegatives(entries)];
  const groups = [...new Set(all.map((pair) => pair.group))]
    .sort()
    .map((group): [string, number] => [group, GROUP_SIZE]);
  const data = join(root, 'bench', 'data');
  if (fresh) {
    const earlier = new Set(EARLIER_FILES.flatMap((file) => pairKeys(join(data, file))));
    const unseen = all.filter(
      (pair) =>
        !earlier.has(`${plain(pair.name1)}|${plain(pair.name2)}`) &&
        !earlier.has(`${plain(pair.name2)}|${plain(pair.name1)}`),
    );
    const heldOut = (pair: Pair) => parseInt(hashOf(pair.entries[0]).slice(0, 1), 16) < 8;
    const [file, side] = process.argv.includes('--dev3')
      ? ['variant-pairs-dev3.csv', unseen.filter((pair) => !heldOut(pair))]
      : ['variant-pairs-heldout4.csv', unseen.filter(heldOut)];
    console.log(`${unseen.length} of ${all.length} pairs are in no earlier variant file; ${side.length} on this side`);
    writePairs(join(data, file), samplePairs(side, groups, MAX_PER_ENTRY));
    return;
  }
  // Each later held-out file takes only pairs whose entries no earlier file names.
  const later: ReadonlyArray<[string, string[]]> = [
    ['--heldout2', ['variant-pairs-dev.csv', 'variant-pairs-heldout.csv']],
    ['--heldout3', ['variant-pairs-dev.csv', 'variant-pairs-heldout.csv', 'variant-pairs-heldout2.csv']],
  ];
  for (const [flag, earlier] of later) {
    if (process.argv.includes(flag)) {
      const used = new Set(earlier.flatMap((file) => [...entriesNamedIn(join(data, file))]));
      const unseen = all.filter((pair) => pair.entries.every((entry) => !used.has(entry)));
      console.log(
        `${used.size} entries named by ${earlier.join(', ')}; ${unseen.length} of ${all.length} pairs touch none`,
      );
      writePairs(join(data, `variant-pairs-${flag.slice(2)}.csv`), samplePairs(unseen, groups, MAX_PER_ENTRY));
      return;
    }
  }
  if (dev2) {
    // More dev pairs (every form of a made pair, both the city and the country as qualifier) over entries
    // no held-out file names, leaving out pairs the dev file already holds.
    const heldOut = new Set(
      ['variant-pairs-heldout.csv', 'variant-pairs-heldout2.csv', 'variant-pairs-heldout3.csv'].flatMap((file) => [
        ...entriesNamedIn(join(data, file)),
      ]),
    );
    const inDev = new Set(pairKeys(join(data, 'variant-pairs-dev.csv')));
    const fresh = all.filter(
      (pair) =>
        pair.entries.every((entry) => !heldOut.has(entry)) && !inDev.has(`${plain(pair.name1)}|${plain(pair.name2)}`),
    );
    console.log(
      `${heldOut.size} entries named by the held-out files; ${fresh.length} of ${all.length} pairs are fresh`,
    );
    writePairs(
      join(data, 'variant-pairs-dev2.csv'),
      samplePairs(
        fresh,
        groups.map(([group, size]): [string, number] => [group, 2 * size]),
        MAX_PER_ENTRY,
      ),
    );
    return;
  }
  writeDevAndHeldOut(root, 'variant-pairs', samplePairs(all, groups, MAX_PER_ENTRY));
}

/** The variant files and list-pair held-out file whose entries `--dev4` leaves out. */
const NAMED_FILES = [
  ...EARLIER_FILES,
  'variant-pairs-dev3.csv',
  'variant-pairs-heldout4.csv',
  'list-pairs-heldout.csv',
];
const QUALIFIER_DEV_SIZE = 600;

/** `--dev4`: qualifier pairs (city and country) of entries no earlier variant or held-out file names. */
async function writeQualifierDev(): Promise<void> {
  const old = await readListEntries(SOURCES, (entry) => entry.schema !== 'Aircraft');
  const fresh = await readListEntries(NEW_SOURCES, (entry) => entry.schema !== 'Aircraft', NEW_FILES);
  const data = join(old.root, 'bench', 'data');
  const used = new Set(NAMED_FILES.flatMap((file) => [...entriesNamedIn(join(data, file))]));
  const entries = [...old.entries, ...fresh.entries].filter((entry) => !used.has(idOf(entry)));
  const pairs = madePositives(entries, true).filter((pair) => pair.group === 'qualifier');
  console.log(`${used.size} entries named by ${NAMED_FILES.join(', ')}; ${pairs.length} qualifier pairs touch none`);
  writePairs(
    join(data, 'variant-pairs-dev4.csv'),
    samplePairs(pairs, [['qualifier', QUALIFIER_DEV_SIZE]], MAX_PER_ENTRY),
  );
}

const QUALIFIER_DEV5_SIZE = 3000;

/** `--dev5`: the qualifier pairs of entries no variant file (dev4 included) and no held-out file names. */
async function writeQualifierDev5(): Promise<void> {
  const old = await readListEntries(SOURCES, (entry) => entry.schema !== 'Aircraft');
  const fresh = await readListEntries(NEW_SOURCES, (entry) => entry.schema !== 'Aircraft', NEW_FILES);
  const data = join(old.root, 'bench', 'data');
  const named = [...NAMED_FILES, 'variant-pairs-dev4.csv'];
  const used = new Set(named.flatMap((file) => [...entriesNamedIn(join(data, file))]));
  const entries = [...old.entries, ...fresh.entries].filter((entry) => !used.has(idOf(entry)));
  const pairs = madePositives(entries, true).filter((pair) => pair.group === 'qualifier');
  console.log(`${used.size} entries named by ${named.join(', ')}; ${pairs.length} qualifier pairs touch none`);
  writePairs(
    join(data, 'variant-pairs-dev5.csv'),
    samplePairs(pairs, [['qualifier', QUALIFIER_DEV5_SIZE]], MAX_PER_ENTRY),
  );
}

const PERSON_DEV6_SIZE = 3000;
const PERSON_DEV6_PER_ENTRY = 3;
const PERSON_DEV6_GROUPS = ['changed-part', 'short-edit', 'spelling', 'token-variant'];

/** `--dev6`: persons' found pairs of entries no held-out file names, not already in a dev file. */
async function writePersonDev6(): Promise<void> {
  const old = await readListEntries(SOURCES, (entry) => entry.schema === 'Person');
  const fresh = await readListEntries(NEW_SOURCES, (entry) => entry.schema === 'Person', NEW_FILES);
  const data = join(old.root, 'bench', 'data');
  const heldOutFiles = [
    'variant-pairs-heldout.csv',
    'variant-pairs-heldout2.csv',
    'variant-pairs-heldout3.csv',
    'variant-pairs-heldout4.csv',
    'list-pairs-heldout.csv',
  ];
  const devFiles = [
    'variant-pairs-dev.csv',
    'variant-pairs-dev2.csv',
    'variant-pairs-dev3.csv',
    'list-pairs-dev.csv',
    'name-pairs-dev.csv',
  ];
  const heldOut = new Set(heldOutFiles.flatMap((file) => [...entriesNamedIn(join(data, file))]));
  const seen = new Set([...heldOutFiles, ...devFiles].flatMap((file) => pairKeys(join(data, file))));
  const pairs = [old.entries, fresh.entries]
    .flatMap((entries) => [...foundPositives(entries), ...foundNegatives(entries)])
    .filter(
      (pair) =>
        PERSON_DEV6_GROUPS.includes(pair.group) &&
        pair.entries.every((entry) => !heldOut.has(entry)) &&
        !seen.has(`${plain(pair.name1)}|${plain(pair.name2)}`) &&
        !seen.has(`${plain(pair.name2)}|${plain(pair.name1)}`),
    );
  console.log(
    `${heldOut.size} entries named by ${heldOutFiles.join(', ')}; ${pairs.length} person pairs touch none and are in no dev file`,
  );
  writePairs(
    join(data, 'variant-pairs-dev6.csv'),
    samplePairs(
      pairs,
      PERSON_DEV6_GROUPS.map((group): [string, number] => [group, PERSON_DEV6_SIZE]),
      PERSON_DEV6_PER_ENTRY,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
