/**
 * Quick matching checks without Neo4j, for tuning the matcher (in-sample figures): the dev name pairs,
 * the registry-drawn organisation pairs by group, universities screened against the seed lists (read
 * with the real parsers straight into a CandidateIndex), and common person names screened the same way.
 *
 *   npm run bench:build && node dist-bench/bench/match-quick.js [names|orgs|orgs-ror|orgs-ror-heldout|orgs-ror-heldout2|orgs-ror-heldout3|orgs-ror-dev4|orgs-ror-heldout4|orgs-ror-heldout5|orgs-ror-heldout6|orgs-ror-heldout7|orgs-ror-heldout8|orgs-ror-heldout9|orgs-ror-heldout10|orgs-ror-heldout11|fundref-dev|fundref-heldout|fundref-heldout2|fundref-heldout3|fundref-heldout4|fundref-pc-dev|fundref-pc-heldout|fundref-pcl-dev|fundref-pcl-heldout|fundref-pc-dev2|orgs-ror-acr-dev|orgs-ror-acr-dev2|orgs-ror-pc-dev|orgs-ror-pc-heldout|lists|lists-heldout|variants|variants-heldout|variants-heldout2|variants-heldout3|variants-dev2|variants-dev3|variants-heldout4|variants-dev4|variants-dev5|variants-dev6|universities|universities-dev|universities-heldout|universities-heldout2|universities-heldout3|universities-xscript-dev|universities-xscript-heldout|universities-labels-dev|common|common-heldout|common-dev2|common-more-dev|common-more-heldout|common-mixed-dev|common-mixed-heldout|common-more-heldout2|common-mixed-heldout2|common-mixed-dev2|common-more-dev3|un|all] [--errors]
 *
 * Reads evaluation files from ../shared/data/eval when present (bench only; never from src or tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { CandidateIndex, MATCH_THRESHOLD, matchPairs, type IndexEntry } from '../src/matching';
import { parserFor } from '../src/watchlists/parsers/parser-registry';
import type { WatchlistFormat } from '../src/watchlists/watchlist-record';
import { countryCode } from '../src/common/country-codes';
import { loadRiskRules } from '../src/risk/risk-rules';
import { parseFundrefFile } from '../src/reference/parsers/fundref.parser';
import { findUp } from './lib/find-up';
import { agreesTokenForToken } from './lib/name-agreement';

const EVAL = ['/work/shared/data/eval', join(process.cwd(), '..', 'shared', 'data', 'eval')].find((dir) =>
  existsSync(dir),
);
const mode = process.argv[2] ?? 'all';
const showErrors = process.argv.includes('--errors');
/**
 * `--countries`: each side gets the country of its registry record, read from the record ids in the `note`
 * column (one id: both names are that record's; two: the first is name1's, the second name2's), as a screening
 * query and a listed entity may both carry a country. ROR-drawn files: the ROR record's first location; FundRef-drawn
 * files (`fundref-*` sets, since pc4): the funder's country in the Open Funder Registry (its GeoNames country read
 * through seed/reference/geonames-countries.json), the note's numeric funder ids. Off by default: the pair files
 * measure the names alone; with it, a different method (the names and the parties' countries).
 */
const withCountries = process.argv.includes('--countries');

let rorCountries: Map<string, string> | undefined;
const RULES = loadRiskRules();

function rorCountryOf(id: string): string | undefined {
  if (!rorCountries) {
    const source = findUp(join('seed', 'reference', 'ror-v2-records.json.gz'), __dirname);
    const records = JSON.parse(gunzipSync(readFileSync(source)).toString('utf8')) as {
      id: string;
      locations?: { geonames_details?: { country_code?: string } }[];
    }[];
    rorCountries = new Map(
      records.map((record) => [
        record.id.replace(/^https:\/\/ror\.org\//, ''),
        record.locations?.[0]?.geonames_details?.country_code ?? '',
      ]),
    );
  }
  return rorCountries.get(id) || undefined;
}

let funderCountries: Map<string, string> | undefined;
/** Each FundRef funder's country (ISO code) from the registry the project ships, read once. */
async function loadFunderCountries(): Promise<void> {
  const table = JSON.parse(
    readFileSync(findUp(join('seed', 'reference', 'geonames-countries.json'), __dirname), 'utf8'),
  ) as {
    countries: Record<string, { country: string }>;
  };
  const isoOf = new Map(Object.entries(table.countries).map(([id, entry]) => [id, entry.country.toUpperCase()]));
  funderCountries = new Map();
  for await (const funder of parseFundrefFile(
    findUp(join('seed', 'reference', 'fundref-registry-2018.rdf.gz'), __dirname),
  )) {
    const iso = funder.countryGeonamesId ? isoOf.get(funder.countryGeonamesId) : undefined;
    if (iso) {
      funderCountries.set(funder.funderId, iso);
    }
  }
}

/** The rows with `country1` and `country2` from their registry record ids when `--countries` is given. */
function countriesOf<T extends Record<string, string>>(rows: T[]): T[] {
  if (!withCountries) {
    return rows;
  }
  const fundref = mode.startsWith('fundref');
  return rows.map((row) => {
    const ids = (row.note ?? '')
      .split(' ')
      .filter((word) => (fundref ? /^[0-9]{6,}$/ : /^0[a-z0-9]{6}[0-9]{2}$/).test(word));
    const countryOf = (id: string) => (fundref ? funderCountries?.get(id) : rorCountryOf(id));
    const [first, second] = [ids[0], ids[1] ?? ids[0]].map((id) => (id ? countryOf(id) : undefined));
    return first && second ? { ...row, country1: first, country2: second } : row;
  });
}

/** Countries whose universities the lists are expected to name (not counted as benign). */
const EXPOSED = new Set(['CN', 'HK', 'MO', 'RU', 'IR', 'KP', 'SY', 'BY', 'CU', 'VE', 'MM', 'IQ', 'LB', 'AF', 'PK']);

function f1(tp: number, fp: number, fn: number): string {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`;
}

function reasons(features: { name: string; reason: string }[]): string {
  return features.map((feature) => feature.reason).join(' | ');
}

function names(): void {
  const file = findUp(join('bench', 'data', 'name-pairs-dev.csv'), __dirname);
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  const scored = matchPairs(rows as never) as unknown as (Record<string, string> & {
    score: number;
    features: { name: string; reason: string }[];
  })[];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of scored) {
    const expected = row.is_match === 'true';
    const predicted = row.score >= MATCH_THRESHOLD;
    if (predicted && expected) {
      tp++;
    } else if (predicted) {
      fp++;
      if (showErrors) {
        console.log(
          `  FP ${row.score.toFixed(3)} ${row.schema} "${row.name1}" ~ "${row.name2}": ${reasons(row.features)}`,
        );
      }
    } else if (expected) {
      fn++;
      if (showErrors) {
        console.log(
          `  FN ${row.score.toFixed(3)} ${row.schema} "${row.name1}" ~ "${row.name2}": ${reasons(row.features)}`,
        );
      }
    }
  }
  console.log(`name pairs (in-sample, ${rows.length}): ${f1(tp, fp, fn)}`);
}

/**
 * Pairs by group: `orgs` the registry-drawn evaluation file, `orgs-ror` the dev half built from the
 * shipped ROR records (bench/build-ror-pairs.ts), `lists` the dev half of the pairs built from the sample
 * lists (bench/build-list-pairs.ts); `orgs-ror-heldout` and `lists-heldout` their held-out halves, `orgs-ror-heldout2` a second
 * and `orgs-ror-heldout3` a third disjoint sample of the ROR held-out half (figures only: never printed with
 * errors, never tuned on); `orgs-ror-dev4`, `orgs-ror-heldout4`, `orgs-ror-heldout5`, `orgs-ror-heldout6`, `orgs-ror-heldout7`, `orgs-ror-heldout8`, `orgs-ror-heldout9`, `orgs-ror-heldout10` and `orgs-ror-heldout11` the same halves
 * sampled like the evaluation file (balanced per country, near-names by kind, subset pairs included; heldout4 to heldout11
 * disjoint from the other held-out files; heldout11 from every other pair file too, and without parent-child pairs); `fundref-dev` and `fundref-heldout` the two halves of pairs from a second
 * registry, the Crossref Funder Registry (bench/build-fundref-pairs.ts; the held-out half never printed with errors), and
 * `fundref-heldout2`, `fundref-heldout3` and `fundref-heldout4` a second, third and fourth disjoint sample of its held-out half (figures only).
 * `fundref-pc-dev` and `orgs-ror-pc-dev` every parent-child (and FundRef grandparent) pair of the dev halves no other
 * file holds; `fundref-pc-heldout` and `orgs-ror-pc-heldout` the same of the held-out halves (figures only).
 * `fundref-pcl-dev` and `fundref-pcl-heldout` (figures only) the other labels of each FundRef parent and child.
 * `fundref-pc-dev2` every FundRef preferred-label parent/child, grandparent and further ancestor pair that no held-out
 * file holds, whatever half either funder falls in (bench/build-fundref-pc-dev2.ts; dev, tune on it).
 * `orgs-ror-acr-dev` a fresh acronym dev set: every acronym of the ROR dev half's records no other bench/data file
 * names, with acronym-shaped negatives (a relative's or a near-named record's acronym) and near-names
 * (bench/build-ror-acronym-dev.ts; dev, tune on it).
 * `orgs-ror-acr-dev2` a second, larger one: every acronym pair no bench/data file holds of the dev half's records no
 * held-out file names, with pc-acronym and near-acronym negatives (bench/build-ror-acronym-dev2.ts; dev, tune on it).
 */
function orgs(): void {
  const own: Record<string, string> = {
    'orgs-ror': 'ror-pairs-dev.csv',
    'orgs-ror-heldout': 'ror-pairs-heldout.csv',
    'orgs-ror-heldout2': 'ror-pairs-heldout2.csv',
    'orgs-ror-heldout3': 'ror-pairs-heldout3.csv',
    'orgs-ror-dev4': 'ror-pairs-dev4.csv',
    'orgs-ror-heldout4': 'ror-pairs-heldout4.csv',
    'orgs-ror-heldout5': 'ror-pairs-heldout5.csv',
    'orgs-ror-heldout6': 'ror-pairs-heldout6.csv',
    'orgs-ror-heldout7': 'ror-pairs-heldout7.csv',
    'orgs-ror-heldout8': 'ror-pairs-heldout8.csv',
    'orgs-ror-heldout9': 'ror-pairs-heldout9.csv',
    'orgs-ror-heldout10': 'ror-pairs-heldout10.csv',
    'orgs-ror-heldout11': 'ror-pairs-heldout11.csv',
    'fundref-dev': 'fundref-pairs-dev.csv',
    'fundref-heldout': 'fundref-pairs-heldout.csv',
    'fundref-heldout2': 'fundref-pairs-heldout2.csv',
    'fundref-heldout3': 'fundref-pairs-heldout3.csv',
    'fundref-heldout4': 'fundref-pairs-heldout4.csv',
    'fundref-pc-dev': 'fundref-pairs-dev-pc.csv',
    'fundref-pc-heldout': 'fundref-pairs-heldout-pc.csv',
    'fundref-pcl-dev': 'fundref-pc-labels-dev.csv',
    'fundref-pcl-heldout': 'fundref-pc-labels-heldout.csv',
    'fundref-pc-dev2': 'fundref-pc2-dev.csv',
    'orgs-ror-acr-dev': 'ror-acr-dev.csv',
    'orgs-ror-acr-dev2': 'ror-acr-dev2.csv',
    'orgs-ror-pc-dev': 'ror-pairs-dev-pc.csv',
    'orgs-ror-pc-heldout': 'ror-pairs-heldout-pc.csv',
    lists: 'list-pairs-dev.csv',
    'lists-heldout': 'list-pairs-heldout.csv',
    variants: 'variant-pairs-dev.csv',
    'variants-heldout': 'variant-pairs-heldout.csv',
    'variants-heldout2': 'variant-pairs-heldout2.csv',
    'variants-heldout3': 'variant-pairs-heldout3.csv',
    'variants-dev2': 'variant-pairs-dev2.csv',
    'variants-dev3': 'variant-pairs-dev3.csv',
    'variants-heldout4': 'variant-pairs-heldout4.csv',
    'variants-dev4': 'variant-pairs-dev4.csv',
    'variants-dev5': 'variant-pairs-dev5.csv',
    'variants-dev6': 'variant-pairs-dev6.csv',
  };
  const file = own[mode]
    ? findUp(join('bench', 'data', own[mode]), __dirname)
    : EVAL && join(EVAL, 'org-pairs-dev.csv');
  if (!file) {
    return;
  }
  const errors = showErrors && !/-heldout\d*$/.test(mode);
  console.log(file);
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
  });
  const scored = matchPairs(countriesOf(rows) as never) as unknown as (Record<string, string> & {
    score: number;
    features: { name: string; reason: string }[];
  })[];
  const groups = new Map<string, { hit: number; n: number }>();
  for (const row of scored) {
    const group = groups.get(row.group) ?? { hit: 0, n: 0 };
    group.n++;
    const predicted = row.score >= MATCH_THRESHOLD;
    if (predicted) {
      group.hit++;
    }
    groups.set(row.group, group);
    if (errors && predicted !== (row.is_match === 'true')) {
      console.log(
        `  ${predicted ? 'FP' : 'FN'} ${row.group} ${row.score.toFixed(3)} "${row.name1}" ~ "${row.name2}": ${reasons(row.features)}`,
      );
    }
  }
  for (const [group, { hit, n }] of groups) {
    console.log(
      `${mode.startsWith('lists') || mode.startsWith('variants') ? 'list' : 'org'} pairs ${group.padEnd(13)} n=${n} matched ${hit} (${((100 * hit) / n).toFixed(1)}%)`,
    );
  }
  if (mode.startsWith('lists') || mode.startsWith('variants')) {
    for (const schema of [...new Set(scored.map((row) => row.schema))].sort()) {
      const subset = scored.filter((row) => row.schema === schema);
      const count = (predicted: boolean, expected: boolean) =>
        subset.filter((row) => row.score >= MATCH_THRESHOLD === predicted && (row.is_match === 'true') === expected)
          .length;
      console.log(
        `list pairs ${schema.padEnd(12)} n=${subset.length} ${f1(count(true, true), count(true, false), count(false, true))}`,
      );
    }
  }
}

const SCRIPTS = ['Han', 'Hangul', 'Hiragana', 'Katakana', 'Arabic', 'Cyrillic', 'Greek', 'Hebrew', 'Thai'];

/** The script of a name's first letter outside Latin, among SCRIPTS, else "other". */
function scriptOf(name: string): string {
  for (const char of name) {
    const script = SCRIPTS.find((candidate) => new RegExp(`\\p{Script=${candidate}}`, 'u').test(char));
    if (script) {
      return script;
    }
  }
  return 'other';
}

/**
 * University pairs drawn from ROR's education records (bench/build-university-pairs.ts), a proxy for issue 9's
 * hand-labelled universities: F1 at MATCH_THRESHOLD over every group but `parent-child` (ROR calls a campus
 * a different body, the hand-labelled set the same one: its match rate is reported, outside F1), recall per
 * positive group and false-match rate per negative group (near-names also by kind). `universities-heldout`
 * `universities-heldout2` and `universities-heldout3` (a second and a third disjoint sample of the held-out half) print
 * figures only, never errors.
 */
function universityPairs(prefix = 'university-pairs'): void {
  const heldOut =
    mode === 'universities-heldout' ||
    mode === 'universities-heldout2' ||
    mode === 'universities-heldout3' ||
    mode === 'universities-xscript-heldout';
  const half =
    mode === 'universities-heldout2' || mode === 'universities-heldout3'
      ? mode.slice('universities-'.length)
      : heldOut
        ? 'heldout'
        : 'dev';
  const file = findUp(join('bench', 'data', `${prefix}-${half}.csv`), __dirname);
  console.log(file);
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  const scored = matchPairs(countriesOf(rows) as never) as unknown as (Record<string, string> & {
    score: number;
    features: { name: string; reason: string }[];
  })[];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const groups = new Map<string, { hit: number; n: number; positive: boolean }>();
  for (const row of scored) {
    const expected = row.is_match === 'true';
    const predicted = row.score >= MATCH_THRESHOLD;
    // Near-names by kind; other-script labels by the script of their first letter (Han, Hangul, Arabic…).
    const kind =
      row.group === 'near-name'
        ? ` ${row.note.split(' ')[3].replace(/-\d+$/, '')}`
        : ['label-other', 'label-other-body', 'label-near'].includes(row.group)
          ? ` ${scriptOf(row.name2)}`
          : '';
    for (const name of kind ? [row.group, `${row.group}${kind}`] : [row.group]) {
      const group = groups.get(name) ?? { hit: 0, n: 0, positive: expected };
      group.n++;
      group.hit += predicted ? 1 : 0;
      groups.set(name, group);
    }
    if (row.group !== 'parent-child') {
      tp += predicted && expected ? 1 : 0;
      fp += predicted && !expected ? 1 : 0;
      fn += !predicted && expected ? 1 : 0;
    }
    if (showErrors && !heldOut && predicted !== expected) {
      console.log(
        `  ${predicted ? 'FP' : 'FN'} ${row.group}${kind} ${row.score.toFixed(3)} "${row.name1}" ~ "${row.name2}" [${row.note}]: ${reasons(row.features)}`,
      );
    }
  }
  console.log(`university pairs${heldOut ? ' (held out)' : ''} without parent-child: ${f1(tp, fp, fn)}`);
  for (const [name, { hit, n, positive }] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const label = name === 'parent-child' ? 'matched (outside F1)' : positive ? 'recall' : 'false-match rate';
    console.log(
      `university pairs ${name.padEnd(20)} n=${String(n).padStart(4)} ${label} ${(hit / n).toFixed(3)} (${hit})`,
    );
  }
}

async function listIndex(): Promise<CandidateIndex> {
  const seed = JSON.parse(readFileSync(findUp(join('seed', 'watchlists.json'), __dirname), 'utf8')) as {
    lists: { format: WatchlistFormat; path: string }[];
  };
  const index = new CandidateIndex();
  const root = findUp('seed', __dirname).replace(/seed$/, '');
  for (const list of seed.lists) {
    for await (const event of parserFor(list.format).parse(join(root, list.path), { listId: list.format })) {
      if (event.kind === 'entry') {
        const entry = event.entry;
        const indexEntry: IndexEntry = {
          entityId: `${list.format}:${entry.entryId}`,
          schema: entry.schema,
          names: [entry.name, ...entry.aliases.map((alias) => alias.name)],
          countries: [...entry.countries, ...entry.nationalities]
            .map((country) => country.code ?? '')
            .filter((code) => code),
          birthDates: entry.birthDates,
          identifiers: entry.identifiers.map((identifier) => identifier.value),
          listIds: [list.format],
        };
        index.add(indexEntry);
      }
    }
  }
  return index.build();
}

interface University {
  name: string;
  alpha_two_code: string;
}

function universities(index: CandidateIndex): void {
  if (!EVAL) {
    return;
  }
  const all = JSON.parse(readFileSync(join(EVAL, 'universities-dev.json'), 'utf8')) as University[];
  const benign = all.filter((university) => !EXPOSED.has(university.alpha_two_code));
  let alerts = 0;
  const started = Date.now();
  for (const university of benign) {
    // As screening asks (since rules 1.119.0): a query naming a listed body as its parent is matched for review.
    const [best] = index.search(
      { name: university.name, schema: 'Organization', countries: [university.alpha_two_code] },
      { limit: 1, partOfNamedBody: RULES.partOfNamedBody },
    );
    if (best?.match) {
      alerts++;
      if (showErrors) {
        console.log(
          `  ALERT ${best.score} ${university.alpha_two_code} "${university.name}" ~ "${best.matchedName}": ${reasons(best.features)}`,
        );
      }
    }
  }
  console.log(
    `universities outside exposed countries: ${benign.length}, alerts ${alerts} (${((1000 * alerts) / benign.length).toFixed(1)} per 1,000) in ${Date.now() - started} ms`,
  );
}

/**
 * Common full names screened as Person against the lists (bench/build-common-names.ts): `common`
 * (common-names.csv), `common-dev2` (the remaining combinations of the same eight traditions),
 * `common-more-dev` (eleven further traditions), `common-mixed-dev` and `common-mixed-dev2` (a given name and a surname
 * of two traditions), `common-more-dev3` (nineteen traditions, combinations with at least one further name word);
 * `common-heldout`, `common-more-heldout`, `common-mixed-heldout` and their `…-heldout2` (disjoint third samples) hold other combinations of the same name words, figures only (the held-out regex hides their errors). An alert
 * counts against the goal when the listed name does not agree token for token (bench/lib/name-agreement).
 */
const COMMON_NAME_SETS: Record<string, string> = {
  common: 'common-names.csv',
  'common-heldout': 'common-names-heldout.csv',
  'common-dev2': 'common-names-dev2.csv',
  'common-more-dev': 'common-names-more-dev.csv',
  'common-more-heldout': 'common-names-more-heldout.csv',
  'common-mixed-dev': 'common-names-mixed-dev.csv',
  'common-mixed-heldout': 'common-names-mixed-heldout.csv',
  'common-more-heldout2': 'common-names-more-heldout2.csv',
  'common-mixed-heldout2': 'common-names-mixed-heldout2.csv',
  'common-mixed-dev2': 'common-names-mixed-dev2.csv',
  'common-more-dev3': 'common-names-more-dev3.csv',
};

function commonNames(index: CandidateIndex, set: string): void {
  const heldOut = /-heldout\d*$/.test(set);
  const file = findUp(join('bench', 'data', COMMON_NAME_SETS[set]), __dirname);
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  let alerts = 0;
  let disagreeing = 0;
  for (const row of rows) {
    const hits = index
      .search({ name: row.full_name, schema: 'Person' }, { limit: 5, partOfNamedBody: RULES.partOfNamedBody })
      .filter((hit) => hit.match);
    if (hits.length === 0) {
      continue;
    }
    alerts++;
    const wrong = hits.filter((hit) => !agreesTokenForToken(row.full_name, hit.matchedName));
    if (wrong.length > 0) {
      disagreeing++;
    }
    if (showErrors && !heldOut) {
      for (const hit of wrong) {
        console.log(
          `  ALERT ${row.tradition} ${hit.score} "${row.full_name}" ~ "${hit.matchedName}": ${reasons(hit.features)}`,
        );
      }
    }
  }
  console.log(
    `common names ${set}${heldOut ? ' (held out)' : ''}: ${rows.length} queries, ${alerts} alerted (${((1000 * alerts) / rows.length).toFixed(1)} per 1,000), ${disagreeing} (${((1000 * disagreeing) / rows.length).toFixed(1)} per 1,000) on a listed name that does not agree token for token`,
  );
}

/** UN positives against the seed lists (no Neo4j): the UN entry ranked first, or in the top 5. */
function unPositives(index: CandidateIndex): void {
  const file = findUp(join('bench', 'data', 'screening-positives-un.csv'), __dirname);
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  let atOne = 0;
  let unAtOne = 0;
  let atFive = 0;
  const firstLists = new Map<string, number>();
  for (const row of rows) {
    const country = row.nationality ? countryCode(row.nationality) : null;
    const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.date_of_birth) ? row.date_of_birth : null;
    const results = index.search(
      {
        name: row.full_name,
        schema: 'Person',
        countries: country ? [country] : [],
        birthDates: date ? [date] : [],
      },
      { limit: 5 },
    );
    const onUn = (listIds: string[]) => listIds.includes('un-xml');
    const position = results.findIndex((result) => onUn(result.listIds));
    unAtOne += results[0] && results[0].entityId.startsWith('un-xml:') ? 1 : 0;
    atOne += position === 0 ? 1 : 0;
    atFive += position >= 0 ? 1 : 0;
    const key = results[0] ? results[0].listIds.join('+') : '(none)';
    firstLists.set(key, (firstLists.get(key) ?? 0) + 1);
    if (showErrors && position !== 0) {
      console.log(`  UN #${position + 1} "${row.full_name}" ${row.date_of_birth} ${row.nationality}`);
      for (const result of results.slice(0, 3)) {
        console.log(
          `      ${result.score.toFixed(3)} ${result.entityId} [${result.listIds.join('+')}] "${result.matchedName}": ${reasons(result.features)}`,
        );
      }
    }
  }
  const n = rows.length;
  console.log(
    `UN positives: ${n}; recall@1 ${(atOne / n).toFixed(3)} (a first result listed on UN), UN entry itself first ${(unAtOne / n).toFixed(3)}, recall@5 ${(atFive / n).toFixed(3)}; first result's lists: ${[...firstLists.entries()].map(([lists, count]) => `${lists} ${count}`).join(', ')}`,
  );
}

async function main(): Promise<void> {
  if (withCountries && mode.startsWith('fundref')) {
    await loadFunderCountries();
  }
  if (mode === 'names' || mode === 'all') {
    names();
  }
  if (
    mode.startsWith('orgs') ||
    mode.startsWith('fundref') ||
    mode.startsWith('lists') ||
    mode.startsWith('variants') ||
    mode === 'all'
  ) {
    orgs();
  }
  if (
    mode === 'universities-dev' ||
    mode === 'universities-heldout' ||
    mode === 'universities-heldout2' ||
    mode === 'universities-heldout3' ||
    mode === 'all'
  ) {
    universityPairs();
  }
  // Cross-script and one-syllable negatives (bench/build-university-xscript-pairs.ts).
  if (mode === 'universities-xscript-dev' || mode === 'universities-xscript-heldout' || mode === 'all') {
    universityPairs('university-xscript');
  }
  // Labels in other scripts, a larger dev set from the registry (bench/build-university-label-pairs.ts).
  if (mode === 'universities-labels-dev' || mode === 'all') {
    universityPairs('university-label-other');
  }
  if (['universities', 'un', 'all'].includes(mode) || COMMON_NAME_SETS[mode]) {
    const started = Date.now();
    const index = await listIndex();
    console.log(`seed lists indexed: ${index.size} entries, ${index.nameCount} names in ${Date.now() - started} ms`);
    if (mode === 'universities' || mode === 'all') {
      universities(index);
    }
    for (const set of Object.keys(COMMON_NAME_SETS)) {
      // `all` leaves out the newest held-out sets so that a routine run does not read it.
      if (mode === set || (mode === 'all' && !/^common-(more|mixed)-heldout\d*$/.test(set))) {
        commonNames(index, set);
      }
    }
    if (mode === 'un' || mode === 'all') {
      unPositives(index);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
