/**
 * Matcher exactness and CPU per query (issues 11 and 12): a speed change to the name matcher must not
 * change one answer. Builds a CandidateIndex from what the app indexes, without Neo4j: the shipped
 * lists (seed/watchlists.json, read with the real parsers), the ROR records (seed/reference) and the
 * seed's curated and tracker entities; then screens a fixed, deterministic set of queries (list names
 * as written, perturbed list names, other-script aliases, common person names, ROR and university
 * names, the screening positives and negatives) under three option sets, and writes every result
 * (ids, scores at full precision, order, names, features with their reasons, folded entries) as one
 * JSON line per query.
 *
 * The queries are read from a committed file, `bench/data/exactness-queries.jsonl` (one `{group, query}`
 * a line, in order), so that a change to a list's parser, which changes the indexed names, does not
 * change the queries: answers stay comparable with a baseline made before the change. The file is
 * written from the current corpus by `--write-queries` (then the program stops); `--generate-queries`
 * answers queries made from the current corpus instead of the file's.
 *
 *   npm run bench:matcher:exact                       # writes .data/matcher-exactness/current.jsonl,
 *                                                     # compares it with baseline.jsonl when there is one
 *   npm run bench:matcher:exact -- --save-baseline    # writes baseline.jsonl instead
 *   node dist-bench/bench/matcher-exactness.js [--out FILE] [--baseline FILE] [--every N] [--group G] [--limit N] [--reverse] [--from-state] [--cpu-only | --exact-only] [--prepare-thread]
 *     [--queries FILE | --generate-queries]
 *   node dist-bench/bench/matcher-exactness.js --write-queries [FILE]   # (re)writes the query file from the corpus
 *   (--reverse: the queries answered last to first, compared in query order: answers must not depend on earlier queries)
 *   (--every N: every Nth query only, --group G: one group only, for a quick profile; results then do not line up with a full baseline)
 *
 * It prints the CPU time per query (process.cpuUsage: user + system of the whole process, GC
 * included), p50/p99/mean, measured on a second pass after a warm-up pass, and the count of queries
 * whose results differ from the baseline (the goal is 0). CPU time is less affected by the machine's
 * load than wall time; the 1-minute load average is printed beside it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  CandidateIndex,
  type IndexEntry,
  type MatchQuery,
  type MatchResult,
  type SearchOptions,
} from '../src/matching';
import { parseRorFile } from '../src/reference/parsers/ror.parser';
import { parserFor } from '../src/watchlists/parsers/parser-registry';
import { addressTownsOf, type WatchlistFormat } from '../src/watchlists/watchlist-record';
import { findUp } from './lib/find-up';
import { random, typo } from './lib/synthetic-list';
import { loadRiskRules } from '../src/risk/risk-rules';

const ROOT = dirname(findUp('package.json', __dirname));

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

interface Corpus {
  index: CandidateIndex;
  /** The indexed entries (for queries made from them), in the order added. */
  entries: IndexEntry[];
}

async function listEntries(): Promise<IndexEntry[]> {
  const seed = JSON.parse(readFileSync(join(ROOT, 'seed', 'watchlists.json'), 'utf8')) as {
    lists: { format: WatchlistFormat; path: string }[];
  };
  const out: IndexEntry[] = [];
  for (const list of seed.lists) {
    for await (const event of parserFor(list.format).parse(join(ROOT, list.path), { listId: list.format })) {
      if (event.kind !== 'entry') {
        continue;
      }
      const entry = event.entry;
      out.push({
        entityId: `${list.format}:${entry.entryId}`,
        schema: entry.schema,
        names: [entry.name, ...entry.aliases.map((alias) => alias.name)],
        countries: [...new Set([...entry.countries, ...entry.nationalities].map((country) => country.code ?? ''))]
          .filter((code) => code)
          .map((code) => code.toLowerCase()),
        birthDates: entry.birthDates,
        identifiers: entry.identifiers.map((identifier) => identifier.value),
        listIds: [list.format],
        // The towns of its structured addresses, as the import writes them to the graph (since rules 1.145.0).
        ...(addressTownsOf(entry).length > 0 ? { towns: addressTownsOf(entry) } : {}),
      });
    }
  }
  return out;
}

async function rorEntries(): Promise<IndexEntry[]> {
  const out: IndexEntry[] = [];
  for await (const record of parseRorFile(join(ROOT, 'seed', 'reference', 'ror-v2-records.json.gz'))) {
    if (record.status !== 'active') {
      continue;
    }
    out.push({
      entityId: `ror:${record.rorId}`,
      schema: 'Organization',
      names: [record.name, ...record.names.map((name) => name.value).filter((name) => name !== record.name)],
      countries: record.countries,
      identifiers: [record.rorId],
      towns: record.cities,
      listIds: [],
    });
  }
  return out;
}

function seedEntries(): IndexEntry[] {
  const curated = JSON.parse(readFileSync(join(ROOT, 'seed', 'curated', 'china-state-structure.json'), 'utf8')) as {
    entities: {
      id: string;
      label: string;
      name: string;
      aliases?: string[];
      country?: string[];
      properties?: { demo?: boolean };
    }[];
  };
  const tracker = JSON.parse(readFileSync(join(ROOT, 'seed', 'data', 'china-defence-universities.json'), 'utf8')) as {
    values: { uuid: string; value: string; meta: { aliases?: string[] } }[];
  };
  return [
    ...curated.entities.map((entity) => ({
      entityId: entity.id,
      schema: entity.label === 'Person' ? 'Person' : 'Organization',
      names: [entity.name, ...(entity.aliases ?? [])],
      countries: entity.country ?? [],
      listIds: [],
      // The seed's fictional demo bodies, as the screening index marks them (since rules 1.210.0).
      ...(entity.properties?.demo === true ? { demo: true } : {}),
    })),
    ...tracker.values.map((value) => ({
      entityId: `tracker:${value.uuid}`,
      schema: 'Organization',
      names: [value.value, ...(value.meta.aliases ?? [])],
      countries: ['cn'],
      listIds: [],
    })),
  ];
}

async function buildCorpus(): Promise<Corpus> {
  const entries = [...(await listEntries()), ...(await rorEntries()), ...seedEntries()];
  const index = new CandidateIndex();
  if (process.argv.includes('--prepare-thread')) {
    // Names prepared on a second thread (see `CandidateIndex.loader`): the answers must be those of `add`.
    const loader = index.loader();
    entries.forEach((entry) => loader.add(entry));
    await loader.finish();
  } else {
    entries.forEach((entry) => index.add(entry));
  }
  index.build();
  return { index, entries };
}

interface ExactQuery {
  group: string;
  query: MatchQuery;
}

function csv(file: string): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(join(ROOT, 'bench', 'data', file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
    bom: true,
  });
}

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** The fixed query set: deterministic for one corpus (seeded choices, files read in order). */
function queriesFor(corpus: Corpus): ExactQuery[] {
  const next = random(11);
  const queries: ExactQuery[] = [];
  const listed = corpus.entries.filter((entry) => (entry.listIds ?? []).length > 0);
  listed.forEach((entry, position) => {
    const name = entry.names[0];
    if (!name) {
      return;
    }
    // Every second entry as written (with its country for half of them), every entry perturbed once.
    if (position % 2 === 0) {
      const countries = position % 4 === 0 ? (entry.countries ?? []).slice(0, 1) : [];
      queries.push({ group: 'list-name', query: { name, schema: entry.schema, countries } });
    }
    const words = name.split(' ');
    switch (position % 5) {
      case 0:
        queries.push({ group: 'list-typo', query: { name: typo(name, next), schema: entry.schema } });
        break;
      case 1:
        queries.push({
          group: 'list-reordered',
          query: { name: [...words].reverse().join(' '), schema: entry.schema },
        });
        break;
      case 2:
        if (words.length > 2) {
          const dropped = Math.floor(next() * words.length);
          queries.push({
            group: 'list-dropped-word',
            query: { name: words.filter((_, index) => index !== dropped).join(' '), schema: entry.schema },
          });
        }
        break;
      case 3: {
        const alias = entry.names[1 + Math.floor(next() * Math.max(1, entry.names.length - 1))];
        if (alias) {
          queries.push({
            group: 'list-alias-typo',
            query: { name: typo(alias, next), aliases: [name], schema: 'LegalEntity' },
          });
        }
        break;
      }
      default:
        queries.push({
          group: 'list-name-dates',
          query: {
            name: name.toUpperCase(),
            schema: entry.schema,
            birthDates: entry.birthDates?.length ? entry.birthDates.slice(0, 1) : ['1970-01-01'],
            identifiers: (entry.identifiers ?? []).slice(0, 1),
          },
        });
    }
    for (const alias of entry.names.slice(1)) {
      if (NON_LATIN.test(alias) && position % 3 === 0) {
        queries.push({ group: 'non-latin-alias', query: { name: alias, schema: entry.schema } });
      }
    }
  });
  for (const row of csv('common-names.csv')) {
    queries.push({ group: 'common-name', query: { name: row.full_name, schema: 'Person' } });
  }
  for (const row of csv('ror-pairs-dev.csv')) {
    queries.push({ group: 'ror-name', query: { name: row.name1, schema: 'Organization' } });
    queries.push({ group: 'ror-name', query: { name: row.name2 } });
  }
  const universities = JSON.parse(readFileSync(join(ROOT, 'bench', 'data', 'universities-dev.json'), 'utf8')) as {
    name: string;
    alpha_two_code: string;
  }[];
  universities.forEach((university, position) => {
    if (position % 2 === 0) {
      queries.push({
        group: 'university',
        query: { name: university.name, schema: 'Organization', countries: [university.alpha_two_code] },
      });
    }
  });
  corpus.entries
    .filter((entry) => entry.entityId.startsWith('ror:') || entry.entityId.startsWith('tracker:'))
    .forEach((entry, position) => {
      const other = entry.names.find((name) => NON_LATIN.test(name));
      if (other && position % 2 === 0) {
        queries.push({ group: 'non-latin-org', query: { name: other, schema: 'Organization' } });
      }
    });
  for (const file of [
    'screening-negatives-global-1k.csv',
    'screening-negatives-us-1k.csv',
    'screening-positives-un.csv',
  ]) {
    for (const row of csv(file)) {
      queries.push({
        group: 'screening-row',
        query: {
          name: row.full_name,
          schema: 'Person',
          countries: /^[a-z]{2}$/i.test(row.nationality ?? '') ? [row.nationality] : [],
          birthDates: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.date_of_birth ?? '') ? [row.date_of_birth] : [],
        },
      });
    }
  }
  return queries;
}

const QUERY_FILE = join(ROOT, 'bench', 'data', 'exactness-queries.jsonl');

function writeQueries(queries: ExactQuery[], file: string): void {
  const text = queries.map((query) => JSON.stringify(query)).join('\n') + '\n';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(
    `queries: ${queries.length.toLocaleString()} written to ${file} (sha256 ${createHash('sha256').update(text).digest('hex')})`,
  );
}

function readQueries(file: string): ExactQuery[] {
  if (!existsSync(file)) {
    throw new Error(`no query file at ${file}: write it with --write-queries (or answer --generate-queries)`);
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, index) => {
      const parsed = JSON.parse(line) as Partial<ExactQuery>;
      if (typeof parsed.group !== 'string' || typeof parsed.query?.name !== 'string') {
        throw new Error(`${file} line ${index + 1}: not a {group, query} line`);
      }
      return parsed as ExactQuery;
    });
}

/** Screening's policy (since rules 1.119.0): a query naming a body as its parent is matched to it for review. */
const PART_OF_NAMED_BODY = loadRiskRules().partOfNamedBody;

/** The three option sets the app uses: resolution's wide read, the screening default, a list filter. */

function optionsFor(position: number): SearchOptions {
  // --derived-initials: as the app searches since rules 1.117.0 (screening and resolution read a bare acronym's
  // derived initials against the bodies that write it; `SearchOptions.derivedInitials`), recorded in each line.
  // --part-of-named-body: as screening and resolution search since rules 1.119.0 (`SearchOptions.partOfNamedBody`).
  const policy: SearchOptions = {
    ...(process.argv.includes('--derived-initials') ? { derivedInitials: true } : {}),
    ...(process.argv.includes('--part-of-named-body') ? { partOfNamedBody: PART_OF_NAMED_BODY } : {}),
  };
  switch (position % 3) {
    case 0:
      return { limit: 20, threshold: 0.3, ...policy };
    case 1:
      return { limit: 5, threshold: 0.5, ...policy };
    default:
      return { limit: 10, threshold: 0.7, lists: ['un-xml', 'ofac-sdn', 'uk-sanctions-jsonl'], ...policy };
  }
}

function percentile(sorted: Float64Array, share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

async function main(): Promise<void> {
  const folder = join(ROOT, '.data', 'matcher-exactness');
  const saveBaseline = process.argv.includes('--save-baseline');
  const baselineFile = option('baseline') ?? join(folder, 'baseline.jsonl');
  const outFile = option('out') ?? (saveBaseline ? baselineFile : join(folder, 'current.jsonl'));
  const cpuOnly = process.argv.includes('--cpu-only');

  const buildStarted = cpuMicros();
  const corpus = await buildCorpus();
  const buildCpu = (cpuMicros() - buildStarted) / 1e6;
  if (process.argv.includes('--write-queries')) {
    const target = option('write-queries');
    writeQueries(queriesFor(corpus), target && !target.startsWith('--') ? target : QUERY_FILE);
    return;
  }
  const limit = Number(option('limit') ?? Infinity);
  const every = Number(option('every') ?? 1);
  const only = option('group');
  const all = process.argv.includes('--generate-queries')
    ? queriesFor(corpus)
    : readQueries(option('queries') ?? QUERY_FILE);
  const queries = all
    .filter((query, position) => position % every === 0 && (only === undefined || query.group === only))
    .slice(0, limit);
  const groups = new Map<string, number>();
  queries.forEach(({ group }) => groups.set(group, (groups.get(group) ?? 0) + 1));
  console.log(
    `index: ${corpus.index.size.toLocaleString()} entries, ${corpus.index.nameCount.toLocaleString()} names, built in ${buildCpu.toFixed(1)} s CPU`,
  );
  console.log(
    `queries: ${queries.length.toLocaleString()} (${[...groups].map(([group, count]) => `${group} ${count}`).join(', ')})`,
  );

  // Pass 1 (warm-up: JIT) writes the answers; pass 2 times each query on a copy of the index that has
  // kept nothing from pass 1 (no likeness or prepared entry cached), so each query costs what a query
  // never seen before costs.
  // --reverse answers the queries last to first (lines still written in query order): an answer
  // must not depend on what the process was asked before it.
  const lines: string[] = new Array<string>(cpuOnly ? 0 : queries.length);
  const order = queries.map((_, position) => position);
  if (process.argv.includes('--reverse')) {
    order.reverse();
  }
  // --from-state answers on a copy made from the index's saved state, as the API and CLI load it.
  const answering = process.argv.includes('--from-state')
    ? CandidateIndex.fromState(corpus.index.toState())
    : corpus.index;
  for (const position of order) {
    const { group, query } = queries[position];
    const options = optionsFor(position);
    const results = answering.search(query, options);
    if (!cpuOnly) {
      // The towns the index holds an entry in (MatchResult.towns, since rules 1.145.0) are facts of the index, not of
      // the answer: left out, so answers stay comparable with files written before them.
      lines[position] = JSON.stringify({ position, group, query, options, results: results.map(withoutTowns) });
    }
  }
  if (process.argv.includes('--exact-only')) {
    compare(lines, saveBaseline, baselineFile, outFile);
    return;
  }
  const loadBefore = loadavg()[0];
  const cpu = new Float64Array(queries.length);
  const wallStarted = process.hrtime.bigint();
  const fresh = CandidateIndex.fromState(corpus.index.toState());
  const cpuStarted = cpuMicros();
  queries.forEach(({ query }, position) => {
    const before = cpuMicros();
    fresh.search(query, optionsFor(position));
    cpu[position] = cpuMicros() - before;
  });
  const totalCpu = cpuMicros() - cpuStarted;
  const wall = Number(process.hrtime.bigint() - wallStarted) / 1e9;
  const sorted = cpu.slice().sort();
  console.log(
    `CPU per query: p50 ${percentile(sorted, 0.5).toFixed(0)} µs, p99 ${percentile(sorted, 0.99).toFixed(0)} µs, mean ${(totalCpu / queries.length).toFixed(0)} µs` +
      ` (${(totalCpu / 1e6).toFixed(1)} s CPU, ${wall.toFixed(1)} s wall, ${Math.round(queries.length / wall)} queries/s; load ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after)`,
  );
  const byGroup = new Map<string, { cpu: number; count: number }>();
  queries.forEach(({ group }, position) => {
    const tally = byGroup.get(group) ?? { cpu: 0, count: 0 };
    tally.cpu += cpu[position];
    tally.count++;
    byGroup.set(group, tally);
  });
  console.log(
    `  mean µs by group: ${[...byGroup].map(([group, { cpu: sum, count }]) => `${group} ${(sum / count).toFixed(0)}`).join(', ')}`,
  );
  if (!cpuOnly) {
    compare(lines, saveBaseline, baselineFile, outFile);
  }
}

/** Writes the results and counts the queries whose results differ from the baseline's. */
function compare(lines: string[], saveBaseline: boolean, baselineFile: string, outFile: string): void {
  const text = `${lines.join('\n')}\n`;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  console.log(`results: ${outFile} (sha256 ${createHash('sha256').update(text).digest('hex')})`);
  if (saveBaseline || !existsSync(baselineFile)) {
    if (!saveBaseline) {
      console.log(`no baseline at ${baselineFile}: run with --save-baseline on the unchanged code first`);
    }
    return;
  }
  const baseline = readFileSync(baselineFile, 'utf8').split('\n');
  let differing = 0;
  const shown: string[] = [];
  for (let position = 0; position < Math.max(baseline.length, lines.length + 1); position++) {
    const current = lines[position] ?? '';
    if ((baseline[position] ?? '') !== current) {
      differing++;
      if (shown.length < 5) {
        shown.push(
          `  #${position}\n    baseline ${(baseline[position] ?? '').slice(0, 600)}\n    current  ${current.slice(0, 600)}`,
        );
      }
    }
  }
  console.log(`differing queries against ${baselineFile}: ${differing}`);
  shown.forEach((line) => console.log(line));
  if (differing > 0) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** A result without the towns of its entry and of its folded entries (see above). */
function withoutTowns(result: MatchResult): MatchResult {
  const { towns: _towns, ...rest } = result;
  return rest.alsoListedAs
    ? { ...rest, alsoListedAs: rest.alsoListedAs.map(({ towns: _folded, ...entry }) => entry) }
    : rest;
}
