/**
 * Screening quality end to end, against everything `npm start` serves: a local Neo4j is migrated and
 * seeded, and every list named in seed/watchlists.json is imported through the real importer (the
 * calls `npm start` makes on a graph with no lists); the candidate index is then built from the graph
 * by ScreeningIndexService, as the API builds it, and queries go through ScreeningService.screen.
 *
 * 3. Universities (bench/data/universities-dev.json) as Organization with their country: alerts per
 *    1,000 outside EXPOSED_COUNTRIES, every alert printed.
 * 4. Common full names (bench/data/common-names.csv, see bench/build-common-names.ts) as Person, name
 *    only: alerts per 1,000, and alerts whose listed name does not agree token for token.
 * 5. Synthetic negatives (global 1k, US 1k) against every list; UN positives with every miss counted.
 *
 * An alert is a returned match at or above MATCH_THRESHOLD (`raisesAlert`), unless it is only a reference registry's
 * own record (ROR, the Funder Registry: on no list, no risk of its own), which identifies the partner and raises
 * nothing, as `npm start` serves it. Results go to bench/results/screening-*.json.
 *
 * Uses NEO4J_URI when set; otherwise its own local Neo4j on NEO4J_LOCAL_PORT (default 7698) with data
 * in NEO4J_LOCAL_DATA_DIR (default .data/neo4j-bench-quality), started and stopped for the run. A data
 * folder named neo4j-bench… is emptied first so every run imports the lists with the current code
 * (BENCH_REUSE_DB=1 keeps it: faster, but parser and import changes then do not show).
 *
 *   npm run bench:quality            (pairs, then this, then the summary)
 */
import 'reflect-metadata';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, dirname, join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parse } from 'csv-parse/sync';
import { CliModule } from '../src/cli/cli.module';
import { withDatabase } from '../src/cli/database-session';
import { loadConfig } from '../src/config/app-config';
import { importMissingReferenceData } from '../src/cli/reference-data';
import { MigrationsService } from '../src/neo4j/migrations.service';
import { ReferenceService } from '../src/reference/reference.service';
import { MATCH_THRESHOLD } from '../src/matching';
import type { ScreeningInput } from '../src/screening/dto/screening.input';
import type { ScreeningMatch } from '../src/screening/models/screening-result.model';
import { ScreeningIndexService } from '../src/screening/screening-index.service';
import { ScreeningService } from '../src/screening/screening.service';
import { SeedService } from '../src/seed/seed.service';
import { countryCode } from '../src/common/country-codes';
import { parserFor } from '../src/watchlists/parsers/parser-registry';
import { WatchlistImportService } from '../src/watchlists/watchlist-import.service';
import { findUp } from './lib/find-up';
import { agreesTokenForToken } from './lib/name-agreement';
import { printGroups, writeResults } from './lib/pair-quality';
import { REFERENCE_REGISTRIES } from '../src/reference/reference-graph';

/** Countries whose universities may rightly be listed; alerts are counted outside them. */
export const EXPOSED_COUNTRIES: ReadonlySet<string> = new Set(['CN', 'HK', 'MO', 'RU', 'BY', 'IR', 'KP', 'SY']);

interface PersonRow {
  full_name: string;
  date_of_birth: string;
  nationality: string;
}

interface University {
  name: string;
  alpha_two_code: string;
  country: string;
}

interface CommonName {
  tradition: string;
  full_name: string;
  surname: string;
  given_name: string;
}

interface UnEntry {
  id: string;
  names: string[];
  birthDates: string[];
}

interface Manifest {
  lists: Array<{ format: string; path: string }>;
}

type Screen = (input: ScreeningInput) => Promise<ScreeningMatch[]>;

/** Comparison key for identifying the UN entry a positive was taken from: letters only, any order. */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .sort()
    .join(' ');
}

function readCsv<T>(file: string): T[] {
  return parse<T>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

function personQuery(row: PersonRow): ScreeningInput {
  const country = row.nationality ? countryCode(row.nationality) : null;
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.date_of_birth) ? row.date_of_birth : null;
  return {
    name: row.full_name,
    schema: 'Person',
    country: country ? [country] : null,
    dateOfBirth: date ? [date] : null,
    limit: 5,
    pathRisks: false,
  };
}

async function readUnEntries(path: string, listId: string): Promise<UnEntry[]> {
  const entries: UnEntry[] = [];
  for await (const event of parserFor('un-xml').parse(path, {})) {
    if (event.kind === 'entry') {
      entries.push({
        id: `${listId}:${event.entry.entryId}`,
        names: [event.entry.name, ...event.entry.aliases.map((alias) => alias.name)],
        birthDates: event.entry.birthDates,
      });
    }
  }
  return entries;
}

/**
 * The UN entries a positive row stands for: same name or alias (any word order), and, when several
 * have that name, those whose date of birth agrees (all of them if none does). Any of them counts.
 */
function expectedEntries(row: PersonRow, byName: Map<string, UnEntry[]>): UnEntry[] {
  const candidates = byName.get(nameKey(row.full_name)) ?? [];
  const agreeing = candidates.filter((entry) =>
    entry.birthDates.some((date) => date.startsWith(row.date_of_birth) || row.date_of_birth.startsWith(date)),
  );
  return candidates.length <= 1 || agreeing.length === 0 ? candidates : agreeing;
}

/**
 * Whether a result stands for the same person as the positive row: one of its names equals (any word
 * order) the query or a name of the expected UN entry, and its date of birth agrees.
 */
function samePerson(row: PersonRow, expected: UnEntry[], match: ScreeningMatch): boolean {
  const keys = new Set([nameKey(row.full_name), ...expected.flatMap((entry) => entry.names).map(nameKey)]);
  const birth = match.features.find((feature) => feature.name === 'birth_date');
  return keys.has(nameKey(match.matchedName)) && birth !== undefined && birth.value > 0;
}

function listsOf(match: ScreeningMatch): string {
  return match.curated ? 'graph (curated, on no list)' : [...new Set(match.lists.map((list) => list.id))].join('+');
}

function describeMatch(match: ScreeningMatch | undefined): string {
  if (!match) {
    return '(nothing returned)';
  }
  const facts = match.features
    .map((feature) => `${feature.name} ${feature.value.toFixed(2)}: ${feature.reason}`)
    .join(' | ');
  const folded = match.alsoListedAs.map((entry) => `${entry.entityId} (${entry.reason})`).join(', ');
  return `${match.score.toFixed(3)} ${match.entityId} [${listsOf(match)}] "${match.matchedName}" (${match.name})${folded ? ` also listed as ${folded}` : ''}\n        ${facts}`;
}

function featureValue(match: ScreeningMatch, name: string): string {
  const feature = match.features.find((item) => item.name === name);
  return feature === undefined || feature.value === 0 ? 'unknown' : feature.value > 0 ? 'agrees' : 'conflicts';
}

/** A coarse class of an alert, for grouping: where it came from and what carried it. */
function alertClass(match: ScreeningMatch): string {
  const alignment = match.features.find((feature) => feature.name === 'token_alignment')?.value ?? 0;
  const via = match.features.some((feature) => feature.name === 'acronym' && feature.value > 0)
    ? 'acronym'
    : match.features.some((feature) => feature.name === 'transliteration' && feature.value > 0)
      ? 'transliteration'
      : alignment >= 0.95
        ? 'name same'
        : 'name partial';
  return `${match.curated ? 'graph' : 'list'}, ${via}, country ${featureValue(match, 'country')}`;
}

function per1000(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((10000 * count) / total) / 10;
}

function alertRecord(query: string, extra: Record<string, unknown>, match: ScreeningMatch) {
  return {
    query,
    ...extra,
    matchedName: match.matchedName,
    entityName: match.name,
    entityId: match.entityId,
    lists: listsOf(match),
    score: Math.round(match.score * 1000) / 1000,
    features: match.features.map((feature) => ({ name: feature.name, value: feature.value, reason: feature.reason })),
  };
}

async function universities(screen: Screen): Promise<Record<string, unknown>> {
  const file = findUp(join('bench', 'data', 'universities-dev.json'), __dirname);
  const rows = JSON.parse(readFileSync(file, 'utf8')) as University[];
  const started = Date.now();
  const outside = { queries: 0, alerted: 0, alerts: [] as Array<ReturnType<typeof alertRecord>> };
  const inside = { queries: 0, alerted: 0, alerts: [] as Array<ReturnType<typeof alertRecord>> };
  const items: Array<{ group: string; line: string }> = [];
  const unknownCountries: string[] = [];
  let registryRecords = 0;
  for (const row of rows) {
    const code = row.alpha_two_code?.toUpperCase();
    const exposed = EXPOSED_COUNTRIES.has(code);
    const side = exposed ? inside : outside;
    side.queries += 1;
    // The screening API refuses a code its country table lacks; such a query goes without country.
    const known = code ? countryCode(code) : null;
    if (code && !known) {
      unknownCountries.push(`${row.name} (${code})`);
    }
    const matches = await screen({
      name: row.name,
      schema: 'Organization',
      country: known ? [known] : null,
      limit: 5,
      pathRisks: false,
    });
    const hits = matches.filter(raisesAlert);
    registryRecords += matches.filter((match) => match.match && registryRecordOnly(match)).length;
    if (hits.length > 0) {
      side.alerted += 1;
    }
    for (const hit of hits) {
      side.alerts.push(alertRecord(row.name, { country: code }, hit));
      items.push({
        group: `${exposed ? 'exposed country' : 'OUTSIDE exposed countries'}: ${alertClass(hit)}`,
        line: `"${row.name}" (${code}) → ${describeMatch(hit)}`,
      });
    }
  }
  const rate = per1000(outside.alerted, outside.queries);
  console.log(
    `\n=== 3. Universities: ${file} (${rows.length}, screened in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(`Exposed countries: ${[...EXPOSED_COUNTRIES].join(', ')}`);
  console.log(
    `  outside exposed countries  ${rate.toFixed(1)} alerted per 1,000  (${outside.alerted} of ${outside.queries} universities; ${outside.alerts.length} alerting matches)`,
  );
  console.log(
    `  in exposed countries       ${per1000(inside.alerted, inside.queries).toFixed(1)} alerted per 1,000  (${inside.alerted} of ${inside.queries}; not errors by themselves)`,
  );
  console.log(
    `  a reference registry's own record matched (on no list, no risk: not an alert): ${registryRecords} matches`,
  );
  if (unknownCountries.length > 0) {
    console.log(
      `  screened without country, the API refuses the code (country table gap): ${unknownCountries.join('; ')}`,
    );
  }
  printGroups('University alerts (every alerting match)', items);
  return {
    set: 'universities-dev',
    threshold: MATCH_THRESHOLD,
    exposedCountries: [...EXPOSED_COUNTRIES],
    screenedWithoutCountry: unknownCountries,
    outside: { queries: outside.queries, alerted: outside.alerted, perThousand: rate, alerts: outside.alerts },
    exposed: {
      queries: inside.queries,
      alerted: inside.alerted,
      perThousand: per1000(inside.alerted, inside.queries),
      alerts: inside.alerts,
    },
  };
}

async function commonNames(screen: Screen): Promise<Record<string, unknown> | null> {
  const file = join(dirname(findUp(join('bench', 'data', 'NOTICE.md'), __dirname)), 'common-names.csv');
  if (!existsSync(file)) {
    console.log(`\n(no ${file}: run node dist-bench/bench/build-common-names.js)`);
    return null;
  }
  const rows = readCsv<CommonName>(file);
  const started = Date.now();
  let alerted = 0;
  let disagreeing = 0;
  const items: Array<{ group: string; line: string }> = [];
  const alerts: Array<ReturnType<typeof alertRecord> & { agrees: boolean }> = [];
  const byTradition = new Map<string, { queries: number; alerted: number; disagreeing: number }>();
  for (const row of rows) {
    const tally = byTradition.get(row.tradition) ?? { queries: 0, alerted: 0, disagreeing: 0 };
    byTradition.set(row.tradition, tally);
    tally.queries += 1;
    const matches = await screen({ name: row.full_name, schema: 'Person', limit: 5, pathRisks: false });
    const hits = matches.filter(raisesAlert);
    if (hits.length === 0) {
      continue;
    }
    alerted += 1;
    tally.alerted += 1;
    const anyDisagrees = hits.some((hit) => !agreesTokenForToken(row.full_name, hit.matchedName));
    if (anyDisagrees) {
      disagreeing += 1;
      tally.disagreeing += 1;
    }
    for (const hit of hits) {
      const agrees = agreesTokenForToken(row.full_name, hit.matchedName);
      alerts.push({ ...alertRecord(row.full_name, { tradition: row.tradition }, hit), agrees });
      items.push({
        group: `${agrees ? 'listed name agrees token for token' : 'listed name DOES NOT agree'}: ${hit.schema}, ${alertClass(hit)}`,
        line: `"${row.full_name}" (${row.tradition}) → ${describeMatch(hit)}`,
      });
    }
  }
  console.log(
    `\n=== 4. Common names: ${file} (${rows.length}, as Person, name only; screened in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(
    '  "agrees token for token": same number of words, each query word paired with its own listed word, equal or a spelling variant, any order',
  );
  console.log(
    '  (ASCII, lower case, hyphens/apostrophes removed, split words joined; variant: equal with doubled letters collapsed, or same first letter and 1 edit from 5 letters, 2 from 7)',
  );
  console.log(
    `  alerted: ${per1000(alerted, rows.length).toFixed(1)} per 1,000 (${alerted} of ${rows.length}); with a listed name that does not agree token for token: ${per1000(disagreeing, rows.length).toFixed(1)} per 1,000 (${disagreeing})`,
  );
  const alertsNotAgreeing = alerts.filter((alert) => !alert.agrees).length;
  console.log(
    `  alerting matches: ${alerts.length}, of which ${alertsNotAgreeing} with a listed name that does not agree token for token (a query may alert on several entries)`,
  );
  const traditions: Record<string, unknown> = {};
  for (const [tradition, t] of [...byTradition.entries()].sort()) {
    traditions[tradition] = { ...t, perThousand: per1000(t.alerted, t.queries) };
    console.log(
      `    ${tradition.padEnd(12)} ${per1000(t.alerted, t.queries).toFixed(1).padStart(6)} per 1,000  (${t.alerted}/${t.queries}; not agreeing ${t.disagreeing})`,
    );
  }
  printGroups('Common-name alerts (every alerting match)', items);
  return {
    set: 'common-names',
    threshold: MATCH_THRESHOLD,
    queries: rows.length,
    alerted,
    perThousand: per1000(alerted, rows.length),
    notAgreeing: disagreeing,
    notAgreeingPerThousand: per1000(disagreeing, rows.length),
    alertingMatches: alerts.length,
    alertingMatchesNotAgreeing: alertsNotAgreeing,
    traditions,
    alerts,
  };
}

async function negatives(screen: Screen): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { set: 'screening-negatives', threshold: MATCH_THRESHOLD };
  const items: Array<{ group: string; line: string }> = [];
  console.log('\n=== 5a. Negatives (synthetic persons on no list) against every list');
  for (const name of ['screening-negatives-global-1k.csv', 'screening-negatives-us-1k.csv']) {
    const rows = readCsv<PersonRow>(findUp(join('bench', 'data', name), __dirname));
    let alerted = 0;
    const alerts: Array<ReturnType<typeof alertRecord>> = [];
    for (const row of rows) {
      const hits = (await screen(personQuery(row))).filter(raisesAlert);
      if (hits.length > 0) {
        alerted += 1;
      }
      for (const hit of hits) {
        alerts.push(alertRecord(row.full_name, { dateOfBirth: row.date_of_birth, nationality: row.nationality }, hit));
        items.push({
          group: `${name}: ${alertClass(hit)}, birth date ${featureValue(hit, 'birth_date')}`,
          line: `"${row.full_name}" ${row.date_of_birth || '-'} ${row.nationality || '-'} → ${describeMatch(hit)}`,
        });
      }
    }
    out[name] = { queries: rows.length, alerted, perThousand: per1000(alerted, rows.length), alerts };
    console.log(
      `  ${name.padEnd(36)} ${per1000(alerted, rows.length).toFixed(1)} alerted per 1,000  (${alerted}/${rows.length})`,
    );
  }
  printGroups('Negative alerts (every alerting match)', items);
  return out;
}

async function positives(screen: Screen, unPath: string, unListId: string): Promise<Record<string, unknown>> {
  const rows = readCsv<PersonRow>(findUp(join('bench', 'data', 'screening-positives-un.csv'), __dirname));
  const byName = new Map<string, UnEntry[]>();
  for (const entry of await readUnEntries(unPath, unListId)) {
    for (const name of new Set(entry.names.map(nameKey))) {
      byName.set(name, [...(byName.get(name) ?? []), entry]);
    }
  }
  let atOne = 0;
  let atFive = 0;
  let atThreshold = 0;
  let unidentified = 0;
  let samePersonAtOne = 0;
  const missed: Array<{ group: string; line: string }> = [];
  const records: Array<Record<string, unknown>> = [];
  for (const row of rows) {
    const expected = expectedEntries(row, byName);
    const ids = new Set(expected.map((entry) => entry.id));
    const expectedIds = [...ids].join(' or ');
    const matches = await screen(personQuery(row));
    const query = `"${row.full_name}" ${row.date_of_birth || '-'} ${row.nationality || '-'}`;
    if (
      matches[0] &&
      (ids.has(matches[0].entityId) ||
        matches[0].alsoListedAs.some((entry) => ids.has(entry.entityId)) ||
        samePerson(row, expected, matches[0]))
    ) {
      samePersonAtOne += 1;
    }
    if (expected.length === 0) {
      // Counted as a miss: the bench cannot say which entry is right, so it cannot credit any.
      unidentified += 1;
      missed.push({
        group: 'no UN entry of that name in this copy of the list (counted as a miss)',
        line: `${query}\n      top: ${describeMatch(matches[0])}`,
      });
      records.push({ query: row.full_name, expected: null, position: null });
      continue;
    }
    // A match is the UN entry when it is that entry, or folded it in as the same party (alsoListedAs).
    const position = matches.findIndex(
      (match) => ids.has(match.entityId) || match.alsoListedAs.some((entry) => ids.has(entry.entityId)),
    );
    const found = matches[position];
    atOne += position === 0 ? 1 : 0;
    atFive += position >= 0 ? 1 : 0;
    atThreshold += found?.match ? 1 : 0;
    records.push({ query: row.full_name, expected: [...ids], position: position >= 0 ? position + 1 : null });
    if (position < 0) {
      missed.push({
        group: 'not in the top 5',
        line: `${query} → ${expectedIds}\n      top: ${describeMatch(matches[0])}`,
      });
    } else if (position > 0) {
      missed.push({
        group: `found at #${position + 1}, below another entry (${matches[0].curated ? 'graph' : listsOf(matches[0])})`,
        line: `${query} → ${expectedIds} (${found.score.toFixed(3)})\n      top: ${describeMatch(matches[0])}`,
      });
    } else if (!found.match) {
      missed.push({ group: 'first, but below the threshold', line: `${query}\n      ${describeMatch(found)}` });
    }
  }
  const n = rows.length;
  const figure = (count: number) => Math.round((1000 * count) / n) / 1000;
  console.log(
    `\n=== 5b. UN positives: ${n} persons, every row counted (${unidentified} without an entry of that name)`,
  );
  console.log(
    `  recall@1              ${figure(atOne).toFixed(3)}  (${atOne}/${n}; the first result is the UN entry, or holds it as the same party listed elsewhere)`,
  );
  console.log(
    `  recall@1, same person ${figure(samePersonAtOne).toFixed(3)}  (${samePersonAtOne}/${n}; first is the UN entry, or an entry of another list with the same name (any word order) and an agreeing date of birth)`,
  );
  console.log(`  recall@5              ${figure(atFive).toFixed(3)}  (${atFive}/${n})`);
  console.log(
    `  recall at threshold   ${figure(atThreshold).toFixed(3)}  (${atThreshold}/${n}; the UN entry returned with match: true)`,
  );
  printGroups('UN positives not first at the threshold (every one)', missed);
  return {
    set: 'screening-positives-un',
    threshold: MATCH_THRESHOLD,
    rows: n,
    unidentified,
    recallAt1: figure(atOne),
    recallAt1SamePerson: figure(samePersonAtOne),
    recallAt5: figure(atFive),
    recallAtThreshold: figure(atThreshold),
    misses: records.filter((record) => record.position !== 1),
  };
}

/** A registry's own record (ROR, the Funder Registry) that is on no list and carries no risk of its own. */
function registryRecordOnly(match: ScreeningMatch): boolean {
  return (
    match.lists.length === 0 &&
    match.riskCategories.length === 0 &&
    REFERENCE_REGISTRIES.some((registry) => match.entityId.startsWith(`${registry}:`))
  );
}

/**
 * A returned match that raises an alert: at or above the threshold, and a list entry or a graph body of the curated
 * data (the tracker's universities, the state structure). A registry's own record identifies the partner; the
 * database `npm start` serves holds the registries, and so may this bench's after the resolution bench has run.
 */
export function raisesAlert(match: ScreeningMatch): boolean {
  return match.match && !registryRecordOnly(match);
}

/**
 * The importer skips a list file it has imported before (same file hash), so a database kept from an
 * earlier run would hide changes to the parsers, the import or the seed. A local database of this
 * bench's own (data folder named neo4j-bench…) is therefore started empty on every run, unless
 * BENCH_REUSE_DB=1; any other database is used as it is, and the bench says so.
 */
async function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The quality benches' configuration (their own local Neo4j on port 7698 in `.data/neo4j-bench-quality`, under
 * whatever the environment sets) with its database made fresh unless `BENCH_REUSE_DB` says to keep it.
 */
export async function freshQualityDatabase(): Promise<ReturnType<typeof loadConfig>> {
  const config = loadConfig({
    NEO4J_LOCAL_PORT: '7698',
    NEO4J_LOCAL_DATA_DIR: '.data/neo4j-bench-quality',
    LOG_LEVEL: 'warn',
    ...process.env,
  });
  await freshDatabase(config);
  return config;
}

async function freshDatabase(config: ReturnType<typeof loadConfig>): Promise<void> {
  const directory = config.localNeo4j.dataDirectory;
  const ownDirectory = basename(directory).startsWith('neo4j-bench');
  const pidFile = `${directory}.pid`;
  let running = false;
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 0);
      running = true;
    } catch {
      running = false;
    }
  }
  if (config.neo4jUri === null && !running && (await portAnswers(config.localNeo4j.port))) {
    // The launcher would take any server answering on the port for its own: another person's database.
    throw new Error(
      `port ${config.localNeo4j.port} already answers but not for ${directory}; set NEO4J_LOCAL_PORT to a free port`,
    );
  }
  if (config.neo4jUri !== null || !ownDirectory || running || process.env.BENCH_REUSE_DB === '1') {
    console.log(
      `Database kept as it is (${config.neo4jUri ?? directory}): lists whose files it has already imported are not re-imported, so parser, import and seed changes since then do not show.`,
    );
    return;
  }
  rmSync(directory, { recursive: true, force: true });
  console.log(`Database: a new local Neo4j in ${directory} (removed and re-imported; BENCH_REUSE_DB=1 keeps it)`);
}

/**
 * The same imports `npm start` makes on a graph with no lists (src/cli/sample-lists.ts); on a database
 * this bench has used before, each one finds its file unchanged. Prints one line a list.
 */
export async function importSampleLists(
  context: INestApplicationContext,
  manifestFile: string,
): Promise<{ imported: string[]; unListId: string }> {
  const root = dirname(dirname(manifestFile));
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const importer = context.get(WatchlistImportService);
  let unListId = '';
  const imported: string[] = [];
  console.log(`Lists (${manifestFile}):`);
  for (const list of manifest.lists) {
    const started = Date.now();
    const [summary] = await importer.importFile({
      importedBy: 'bench:runner',
      format: list.format,
      path: join(root, list.path),
    });
    imported.push(summary.list);
    if (list.format === 'un-xml') {
      unListId = summary.list;
    }
    console.log(
      `  ${summary.list.padEnd(16)} ${String(summary.entries).padStart(6)} entries (${summary.status}, version ${summary.version}) ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return { imported, unListId };
}

/**
 * The graph as `npm start` prepares it (src/cli/prepare-graph.ts): migrated, seeded, the sample lists and the
 * reference registries imported, relinked by name when the rules changed; then the index rebuilt and awaited.
 */
export async function prepareGraphAsStart(
  context: INestApplicationContext,
  manifestFile: string,
): Promise<{ imported: string[]; unListId: string; snapshot: Awaited<ReturnType<ScreeningIndexService['current']>> }> {
  const started = Date.now();
  await context.get(MigrationsService).migrate();
  await context.get(SeedService).seed({ onlyIfChanged: true, seededBy: 'bench:runner' });
  const { imported, unListId } = await importSampleLists(context, manifestFile);
  const registries = await importMissingReferenceData(context.get(ReferenceService));
  // As `up` does: a database linked under other rules is relinked by name (since rules 1.123.0).
  const relinked = await context.get(ReferenceService).relinkIfRulesChanged();
  if (relinked) {
    console.log(
      `Name links relinked (rules ${relinked.rulesBefore ?? 'unrecorded'} → ${relinked.rulesVersion}): ${relinked.created} made, ${relinked.removed} removed, ${relinked.linked} in place`,
    );
  }
  console.log(`Reference registries imported now: ${registries} (seed/reference.json; 0 = already in the graph)`);
  const indexService = context.get(ScreeningIndexService);
  await indexService.whenIdle();
  await indexService.requestRebuild('bench: graph prepared as npm start prepares it');
  await indexService.whenIdle();
  const snapshot = await indexService.current();
  const extra = [...snapshot.knownLists].filter((listId) => !imported.includes(listId));
  console.log(
    `Graph prepared as \`npm start\` prepares it and indexed: ${snapshot.entities} entities (list entries, seeded graph entities, registry records), lists ${[...snapshot.knownLists].sort().join(', ')}, ${((Date.now() - started) / 1000).toFixed(1)} s${extra.length > 0 ? ` (WARNING: lists beyond the manifest: ${extra.join(', ')})` : ''}`,
  );
  return { imported, unListId, snapshot };
}

async function main(): Promise<void> {
  const config = await freshQualityDatabase();
  const manifestFile = findUp(join('seed', 'watchlists.json'), __dirname);
  const root = dirname(dirname(manifestFile));
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;

  await withDatabase(config, async () => {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    try {
      const { unListId, snapshot } = await prepareGraphAsStart(context, manifestFile);
      console.log(`Threshold: ${MATCH_THRESHOLD}`);
      const service = context.get(ScreeningService);
      const refused: string[] = [];
      const screen: Screen = async (input) => {
        try {
          return (await service.screen(input)).matches;
        } catch (error) {
          // The API refuses names with control characters; the bench reports it and screens the name
          // with them replaced by spaces, so the query still counts.
          const message = error instanceof Error ? error.message : String(error);
          refused.push(`${JSON.stringify(input.name)}: ${message}`);
          if (!/control characters/.test(message)) {
            throw error;
          }
          return (await service.screen({ ...input, name: input.name.replace(/\p{Cc}+/gu, ' ') })).matches;
        }
      };

      const unPath = join(root, manifest.lists.find((list) => list.format === 'un-xml')!.path);
      const results = {
        universities: await universities(screen),
        commonNames: await commonNames(screen),
        negatives: await negatives(screen),
        positives: await positives(screen, unPath, unListId),
      };
      if (refused.length > 0) {
        printGroups(
          'Queries the API refused as given (screened again with control characters replaced by spaces)',
          refused.map((line) => ({ group: 'refused', line })),
        );
      }
      const index = { entities: snapshot.entities, lists: [...snapshot.knownLists].sort() };
      for (const [name, content] of Object.entries(results)) {
        if (content) {
          writeResults(`screening-${name}`, { index, ...content });
        }
      }
      console.log(`\nresults: bench/results/screening-*.json`);
    } finally {
      await context.close();
    }
  });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
