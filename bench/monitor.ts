/**
 * Case monitoring speed: 10,000 monitored parties (open cases and cases approved, written in bulk),
 * one list activation, and the re-screen timed end to end, from the claim to the last alert written
 * (CaseMonitoringService.runForGeneration, the code the app runs after every activation).
 *
 * The graph is the seeded graph plus every list `npm start` loads (seed/watchlists.json), imported
 * through the real importer. Party names are real: universities (bench/data/universities-dev.json)
 * and research organisations (ROR names of bench/data/org-pairs-dev.csv) as partners and funders,
 * UN-listed people (bench/data/screening-positives-un.csv, so the lists match) and people on no list
 * (the screening negatives) as people. Every second partner is resolved to a seeded graph entity, so
 * risk paths are walked as well as names screened. Cases are written straight to the graph (bulk
 * UNWIND, no snapshot): at the first activation every hit is new to its case, the worst case for
 * alerts. A second activation then shows the steady state, where only what changed raises an alert.
 *
 *   npm run bench:monitor -- [--parties 10000]
 *
 * Uses NEO4J_URI when set; otherwise its own local Neo4j on NEO4J_LOCAL_PORT (default 7697) with
 * data in NEO4J_LOCAL_DATA_DIR (default .data/neo4j-bench-monitor), kept between runs (lists whose
 * files it has imported are not imported again; the bench's cases are removed and written anew).
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { parse } from 'csv-parse/sync';
import { CaseMonitoringService } from '../src/cases/case-monitoring.service';
import { partyKey } from '../src/cases/case-findings';
import { CasesModule } from '../src/cases/cases.module';
import { CasesRepository } from '../src/cases/cases.repository';
import { withDatabase } from '../src/cli/database-session';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { MigrationsService } from '../src/neo4j/migrations.service';
import { Neo4jModule } from '../src/neo4j/neo4j.module';
import { Neo4jService } from '../src/neo4j/neo4j.service';
import { ScreeningIndexService } from '../src/screening/screening-index.service';
import { SeedModule } from '../src/seed/seed.module';
import { SeedService } from '../src/seed/seed.service';
import { WatchlistImportService } from '../src/watchlists/watchlist-import.service';
import { WatchlistsModule } from '../src/watchlists/watchlists.module';
import { findUp } from './lib/find-up';

@Module({ imports: [Neo4jModule, EventEmitterModule.forRoot(), SeedModule, WatchlistsModule, CasesModule] })
class BenchMonitorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: BenchMonitorModule, imports: [ConfigModule.forRoot(config)] };
  }
}

// Bench-only statements: they write and remove the bench's cases and are never run by the application.
const REMOVE_CASES = `
MATCH (node) WHERE node:Case OR node:CaseParty OR node:CaseAlert OR node:AuditEvent OR node:MonitorClaim
  OR node:CaseSnapshot OR node:CaseFinding OR node:FindingDecision OR node:Suppression
CALL (node) { DETACH DELETE node } IN TRANSACTIONS OF 5000 ROWS`;
// The activation list of an earlier run, so each run starts it afresh (entries `<list>:<entry>`).
const REMOVE_ACTIVATION_LIST = `
MATCH (entity:Entity) WHERE entity.id STARTS WITH $prefix
DETACH DELETE entity
WITH count(*) AS removed
MATCH (list:Watchlist {id: $listId})
OPTIONAL MATCH (list)-[:HAS_VERSION]->(version:ListVersion)
DETACH DELETE list, version`;
const CREATE_CASES = `
UNWIND $cases AS row
CREATE (c:Case)
SET c = row.record
WITH c, row
UNWIND row.parties AS party
CREATE (c)-[:HAS_PARTY]->(p:CaseParty)
SET p = party`;
const SEEDED_ORGANISATIONS = `
MATCH (entity:Entity:Organisation)
WHERE NOT (entity)-[:LISTED_ON]->() AND EXISTS { (entity)-[]->(:Entity) }
RETURN entity.id AS id, entity.name AS name, entity.kind AS kind
ORDER BY entity.id`;

const ACTIVATION_LIST = 'bench-monitor-activation';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

interface Person {
  name: string;
  country: string | null;
  dateOfBirth: string[];
}

interface Organisation {
  name: string;
  country: string | null;
}

function readPeople(file: string): Person[] {
  const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  return rows.map((row) => ({
    name: clean(row.full_name),
    // Nationality as a two-letter code where the file gives one (the UN positives do; the negatives give country names).
    country: /^[a-z]{2}$/i.test(row.nationality ?? '') ? row.nationality.toUpperCase() : null,
    dateOfBirth: row.date_of_birth ? [row.date_of_birth] : [],
  }));
}

function readOrganisations(root: string): Organisation[] {
  const universities = JSON.parse(readFileSync(join(root, 'bench/data/universities-dev.json'), 'utf8')) as Array<{
    name: string;
    alpha_two_code: string;
  }>;
  const ror = parse<Record<string, string>>(readFileSync(join(root, 'bench/data/org-pairs-dev.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  const names = new Map<string, Organisation>();
  for (const university of universities) {
    names.set(clean(university.name), { name: clean(university.name), country: university.alpha_two_code || null });
  }
  for (const row of ror) {
    const country = /^([A-Z]{2}) /.exec(row.note ?? '')?.[1] ?? null;
    names.set(clean(row.name1), { name: clean(row.name1), country });
  }
  return [...names.values()].filter((organisation) => organisation.name.length > 0);
}

/** Names as the API takes them: whitespace runs as one space (a few source names hold tabs, which createCase refuses). */
function clean(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

function ftmLine(id: string, schema: 'Organization' | 'Person', name: string): string {
  return JSON.stringify({ id, schema, caption: name, properties: { name: [name], topics: ['sanction'] } });
}

async function main(): Promise<void> {
  const partyCount = argument('parties', 10_000);
  const config = loadConfig({
    NEO4J_LOCAL_PORT: '7697',
    NEO4J_LOCAL_DATA_DIR: '.data/neo4j-bench-monitor',
    LOG_LEVEL: 'warn',
    ...process.env,
    // Monitoring is run by the bench, once per activation, not by the poller.
    SCREENING_POLL_INTERVAL_MS: '0',
  });
  const manifestFile = findUp(join('seed', 'watchlists.json'), __dirname);
  const root = dirname(dirname(manifestFile));
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    lists: Array<{ format: string; path: string; issuedAt?: string }>;
  };
  const organisations = readOrganisations(root);
  const listed = readPeople(join(root, 'bench/data/screening-positives-un.csv'));
  const unlisted = [
    ...readPeople(join(root, 'bench/data/screening-negatives-global-1k.csv')),
    ...readPeople(join(root, 'bench/data/screening-negatives-us-1k.csv')),
  ];

  await withDatabase(config, async () => {
    const context = await NestFactory.createApplicationContext(BenchMonitorModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    try {
      const neo4j = context.get(Neo4jService);
      await context.get(MigrationsService).migrate();
      await context.get(SeedService).seed({ onlyIfChanged: true, seededBy: 'bench:runner' });
      const importer = context.get(WatchlistImportService);
      for (const list of manifest.lists) {
        await importer.importFile({
          importedBy: 'bench:runner',
          format: list.format,
          path: join(root, list.path),
          issuedAt: list.issuedAt,
        });
      }
      const index = context.get(ScreeningIndexService);
      await index.whenIdle();
      await index.requestRebuild('bench: lists imported');
      const snapshot = await index.current();
      console.log(
        `Graph: seeded graph and ${snapshot.knownLists.size} lists (${[...snapshot.knownLists].sort().join(', ')}), ${snapshot.entities.toLocaleString()} entities in the screening index`,
      );

      // ---- the monitored parties ----
      await neo4j.runStatementText(REMOVE_CASES, {});
      await neo4j.runStatementText(REMOVE_ACTIVATION_LIST, { prefix: `${ACTIVATION_LIST}:`, listId: ACTIVATION_LIST });
      const seeded = (await neo4j.runStatementText(SEEDED_ORGANISATIONS, {})).map((row) => ({
        id: String(row.id),
        name: String(row.name),
        kind: typeof row.kind === 'string' ? row.kind : null,
      }));
      const now = new Date().toISOString();
      const cases: Array<{ record: Record<string, unknown>; parties: Array<Record<string, unknown>> }> = [];
      let parties = 0;
      let resolved = 0;
      const counters = { organisation: 0, listed: 0, unlisted: 0 };
      const nextOrganisation = (): Organisation => organisations[counters.organisation++ % organisations.length];
      for (let caseNumber = 0; parties < partyCount; caseNumber++) {
        const caseId = `case-bench-${String(caseNumber).padStart(6, '0')}`;
        const roll = caseNumber % 10;
        const status = roll < 6 ? 'OPEN' : 'CLOSED';
        const outcome = roll < 6 ? null : roll < 9 ? 'APPROVED' : 'APPROVED_WITH_MITIGATIONS';
        const entity = caseNumber % 2 === 0 && seeded.length > 0 ? seeded[(caseNumber / 2) % seeded.length] : null;
        const partner = entity ? { name: entity.name, country: null } : nextOrganisation();
        const people: Person[] = [
          caseNumber % 3 === 0
            ? listed[counters.listed++ % listed.length]
            : unlisted[counters.unlisted++ % unlisted.length],
          unlisted[counters.unlisted++ % unlisted.length],
        ];
        const drafts = [
          { role: 'PARTNER', ...partner, dateOfBirth: [] as string[], entity },
          { role: 'FUNDER', ...nextOrganisation(), dateOfBirth: [] as string[], entity: null },
          ...people.map((person) => ({ role: 'PERSON', ...person, entity: null })),
        ].slice(0, partyCount - parties);
        parties += drafts.length;
        resolved += drafts.filter((draft) => draft.entity).length;
        cases.push({
          record: {
            id: caseId,
            title: `Bench case ${caseNumber}`,
            status,
            outcome,
            researchAreas: [],
            mitigations: '[]',
            createdBy: 'bench:runner',
            createdAt: now,
            updatedAt: now,
            auditSeq: 0,
            snapshotCount: 0,
          },
          parties: drafts.map((draft, position) => ({
            id: `party-bench-${String(caseNumber).padStart(6, '0')}-${position}`,
            caseId,
            role: draft.role,
            position,
            name: draft.name,
            entityRef: draft.entity?.id ?? null,
            country: draft.country,
            dateOfBirth: draft.dateOfBirth,
            partyKey: partyKey({
              name: draft.name,
              country: draft.country,
              dateOfBirth: draft.dateOfBirth,
              entityRef: draft.entity?.id ?? null,
            }),
            resolution: JSON.stringify(
              draft.entity
                ? {
                    status: 'RESOLVED',
                    entity: draft.entity,
                    candidates: [],
                    explanation: 'bench: given by id',
                    notInGraph: false,
                    overriddenBy: null,
                    overriddenAt: null,
                    reason: null,
                  }
                : {
                    status: 'NOT_FOUND',
                    entity: null,
                    candidates: [],
                    explanation: 'bench: not resolved',
                    notInGraph: false,
                    overriddenBy: null,
                    overriddenAt: null,
                    reason: null,
                  },
            ),
            notInGraph: false,
          })),
        });
      }
      const written = Date.now();
      for (let start = 0; start < cases.length; start += 500) {
        await neo4j.runStatementText(CREATE_CASES, { cases: cases.slice(start, start + 500) });
      }
      console.log(
        `Parties: ${parties.toLocaleString()} in ${cases.length.toLocaleString()} cases (60% open, 40% closed approved), ${resolved.toLocaleString()} resolved to ${Math.min(seeded.length, resolved)} seeded entities (paths walked); written in ${((Date.now() - written) / 1000).toFixed(1)} s`,
      );

      // ---- activations ----
      const monitor = context.get(CaseMonitoringService);
      const repository = context.get(CasesRepository);
      const folder = mkdtempSync(join(tmpdir(), 'bench-monitor-'));
      const results = [];
      try {
        // Each activation lists a few more of the monitored names, so alerts come from a real change too.
        const newlyListed = (count: number, offset: number): string[] =>
          Array.from({ length: count }, (_, position) => {
            const person = unlisted[(offset + position) * 7];
            return ftmLine(`p-${offset + position}`, 'Person', person.name);
          });
        for (const [run, lines] of [
          ['first activation (no case known anything: every hit is new)', newlyListed(20, 0)],
          ['second activation (20 more names listed)', newlyListed(40, 0)],
        ] as const) {
          const path = join(folder, `${results.length}.ftm.json`);
          writeFileSync(path, lines.join('\n') + '\n');
          await importer.importFile({
            importedBy: 'bench:runner',
            format: 'ftm',
            path,
            listId: ACTIVATION_LIST,
            issuedAt: now.slice(0, 10),
          });
          const generation = await repository.findGraphGeneration();
          const rebuildStarted = performance.now();
          await index.whenIdle();
          await index.requestRebuild(`bench: generation ${generation}`);
          const rebuild = (performance.now() - rebuildStarted) / 1000;
          const started = performance.now();
          const cpuBefore = process.cpuUsage();
          const result = await monitor.runForGeneration(generation);
          const seconds = (performance.now() - started) / 1000;
          // This process's CPU time (user + system): what the run costs here, whatever else the machine runs.
          const cpu = process.cpuUsage(cpuBefore);
          const cpuSeconds = (cpu.user + cpu.system) / 1e6;
          if (!result) {
            throw new Error(`generation ${generation} was claimed by another process`);
          }
          results.push({ run, rebuild, seconds, cpuSeconds, result });
          console.log(
            `${run}: generation ${generation}, index rebuilt in ${rebuild.toFixed(1)} s (not counted), re-screen ${result.parties.toLocaleString()} parties (${result.screened.toLocaleString()} distinct screening inputs) in ${seconds.toFixed(1)} s (${Math.round(result.parties / seconds).toLocaleString()} parties/s; this process's CPU ${cpuSeconds.toFixed(1)} s; load average ${loadavg()[0].toFixed(1)}): ${result.matches} list matches, ${result.pathFindings} risk paths, ${result.alerts} alerts raised${result.refused > 0 ? `, ${result.refused} parties refused by the screening` : ''}; seconds by phase: ${Object.entries(
              result.phases,
            )
              .map(([phase, value]) => `${phase} ${value.toFixed(1)}`)
              .join(', ')}`,
          );
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
      const rss = process.resourceUsage().maxRSS / 1024;
      console.log(`Peak RSS: ${rss.toFixed(0)} MB (this process: Nest context, screening index and the run)`);
      const worst = Math.max(...results.map((one) => one.seconds));
      console.log(`Goal: 10,000 parties in at most 30 s. Slowest run: ${worst.toFixed(1)} s.`);
    } finally {
      await context.close();
    }
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
