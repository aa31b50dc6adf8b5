/**
 * Builds bench/data/list-pairs-dev.csv and list-pairs-heldout.csv, a labelled pair set drawn from the sample lists `npm start`
 * loads (test/fixtures/watchlists; UN, OFAC SDN, OFAC consolidated, CSL; the UK list is not among
 * the project's lists), read through the project's own parsers.
 *
 * Positives, one entry's primary name against each of its other names:
 *   - `alias`: an alias the list marks strong (aka, fka, nka);
 *   - `weak-alias`: an alias the list marks weak (OFAC "weak aka": often a partial name or nickname);
 *   - `other-script`: an alias in a script other than the primary name's (or typed original-script).
 * Negatives:
 *   - `near-name`: the primary names of two different entries of the same list and schema that share
 *     at least two distinctive tokens (lower-cased ASCII words of 3+ letters that are not in
 *     GENERIC_WORDS). Entries are different bodies or persons by the list's own ids; pairs are left
 *     out when one entry names the other (linked, or one's name is among the other's aliases), when
 *     they share a date of birth, or when their names are equal up to case, accents and punctuation.
 * Left out everywhere: names equal to the primary name up to case, accents and punctuation, and
 * "aliases" shaped like codes (one word of letters and digits, such as aircraft registrations).
 *
 * Sampling is deterministic: within each group, candidate pairs are ordered by a SHA-1 of the pair and
 * the first GROUP_SIZES[group] kept (at most MAX_PER_ENTRY pairs per entry in each group).
 *
 * Split: a pair goes to the held-out file when the SHA-1 of its first entry's id (list:entry) begins
 * with 0–7 (about half), so all pairs of one entry stay on one side. The held-out file is for figures
 * only: never printed with its errors, never tuned on (match-quick's `lists-heldout`).
 *
 *   npm run bench:build && node dist-bench/bench/build-list-pairs.js
 */
import type { WatchlistEntry, WatchlistFormat } from '../src/watchlists/watchlist-record';
import { type Pair, isCode, plain, readListEntries, samplePairs, writeDevAndHeldOut } from './lib/list-pair-files';

/** The lists drawn from (format as in seed/watchlists.json). */
const SOURCES: ReadonlyArray<WatchlistFormat> = ['un-xml', 'ofac-sdn', 'ofac-cons', 'csl-csv'];

export const GROUP_SIZES: Readonly<Record<string, number>> = {
  alias: 1200,
  'weak-alias': 300,
  'other-script': 500,
  'near-name': 2000,
};
const MAX_PER_ENTRY = 2;

/**
 * Words that do not make two names near-named: legal forms, class words, particles, connectors, country
 * names, and the commonest given names of the lists' persons.
 */
const GENERIC_WORDS = new Set(
  (
    'the and for of in on at to de del la le les el al ul ur bin ibn bint abu abd abdul von van der den da do dos das ' +
    'company co corp corporation inc incorporated ltd limited llc llp plc jsc ojsc cjsc pjsc ooo oao zao sa sarl srl gmbh ag bv nv ' +
    'group holding holdings international industrial industries industry trading trade enterprise enterprises ' +
    'general national state public joint stock private commercial services service import export ' +
    'bank university institute center centre research organization organisation foundation association ' +
    'ministry department office agency committee council army front brigade movement party ' +
    'ltda cia compania sociedad limitada sal fze fzco fzc fzllc est establishment shipping navigation ' +
    'korea korean dprk china chinese iran iranian russia russian syria syrian iraq lebanon afghanistan ' +
    'mohammad mohammed muhammad mohamed ahmad ahmed ali'
  ).split(' '),
);

function distinctiveTokens(name: string): Set<string> {
  return new Set(
    plain(name)
      .split(' ')
      .filter((token) => token.length >= 3 && /^[a-z]+$/.test(token) && !GENERIC_WORDS.has(token)),
  );
}

function scriptOf(name: string): string {
  for (const [script, pattern] of [
    ['Cyrillic', /\p{Script=Cyrillic}/u],
    ['Arabic', /\p{Script=Arabic}/u],
    ['Han', /\p{Script=Han}/u],
    ['Hangul', /\p{Script=Hangul}/u],
    ['Hebrew', /\p{Script=Hebrew}/u],
    ['Greek', /\p{Script=Greek}/u],
  ] as const) {
    if (pattern.test(name)) {
      return script;
    }
  }
  return 'Latin';
}

function positives(entries: WatchlistEntry[]): Pair[] {
  const pairs: Pair[] = [];
  for (const entry of entries) {
    const primary = plain(entry.name);
    const seen = new Set([primary]);
    for (const alias of entry.aliases) {
      const key = plain(alias.name);
      if (seen.has(key) || key.length === 0 || isCode(alias.name)) {
        continue;
      }
      seen.add(key);
      const otherScript = alias.type === 'original-script' || scriptOf(alias.name) !== scriptOf(entry.name);
      const group = otherScript ? 'other-script' : alias.quality === 'weak' ? 'weak-alias' : 'alias';
      pairs.push({
        schema: entry.schema,
        name1: entry.name,
        name2: alias.name,
        isMatch: true,
        group,
        note: `${entry.listId}:${entry.entryId} ${alias.type} ${alias.quality}${otherScript ? ` ${scriptOf(alias.name)}` : ''}`,
        entries: [`${entry.listId}:${entry.entryId}`],
      });
    }
  }
  return pairs;
}

function negatives(entries: WatchlistEntry[]): Pair[] {
  const byToken = new Map<string, number[]>();
  const tokens = entries.map((entry) => distinctiveTokens(entry.name));
  tokens.forEach((set, index) => {
    for (const token of set) {
      byToken.set(token, [...(byToken.get(token) ?? []), index]);
    }
  });
  const pairs: Pair[] = [];
  const done = new Set<string>();
  entries.forEach((left, leftIndex) => {
    const shared = new Map<number, number>();
    for (const token of tokens[leftIndex]) {
      for (const other of byToken.get(token) ?? []) {
        if (other > leftIndex) {
          shared.set(other, (shared.get(other) ?? 0) + 1);
        }
      }
    }
    for (const [rightIndex, count] of shared) {
      const right = entries[rightIndex];
      const key = `${leftIndex}|${rightIndex}`;
      if (count < 2 || done.has(key) || left.listId !== right.listId || left.schema !== right.schema) {
        continue;
      }
      done.add(key);
      const leftNames = new Set([left.name, ...left.aliases.map((alias) => alias.name)].map(plain));
      const rightNames = new Set([right.name, ...right.aliases.map((alias) => alias.name)].map(plain));
      const namesEachOther =
        [...leftNames].some((name) => rightNames.has(name)) ||
        left.linkedTo.some((name) => rightNames.has(plain(name))) ||
        right.linkedTo.some((name) => leftNames.has(plain(name)));
      const sameBirth = left.birthDates.some((date) => right.birthDates.includes(date));
      if (namesEachOther || sameBirth) {
        continue;
      }
      pairs.push({
        schema: left.schema,
        name1: left.name,
        name2: right.name,
        isMatch: false,
        group: 'near-name',
        note: `${left.listId}:${left.entryId} ${right.listId}:${right.entryId} shared-${count}`,
        entries: [`${left.listId}:${left.entryId}`, `${right.listId}:${right.entryId}`],
      });
    }
  });
  return pairs;
}

async function main(): Promise<void> {
  const { root, entries } = await readListEntries(SOURCES);
  const chosen = samplePairs(
    [...positives(entries), ...negatives(entries)],
    Object.entries(GROUP_SIZES),
    MAX_PER_ENTRY,
  );
  writeDevAndHeldOut(root, 'list-pairs', chosen);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
