/**
 * Screening quality end to end: the UN consolidated list is imported into a local Neo4j through the
 * real importer (beside the seed graph), the index is built from the graph as the API builds it, and
 * then the UN positives and two sets of 1,000 negatives are screened through ScreeningService.
 * Prints recall@1, recall@5 and recall at the threshold for the positives, alerts per 1,000 for the
 * negatives, and every error grouped by class.
 *
 * Uses NEO4J_URI when set; otherwise its own local Neo4j on NEO4J_LOCAL_PORT (default 7698) with data
 * in NEO4J_LOCAL_DATA_DIR (default .data/neo4j-bench-screening), started and stopped for the run.
 *
 *   npm run bench:quality            (names, then this)
 *   node dist-bench/bench/quality-screening.js
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { parse } from 'csv-parse/sync';
import { CliModule } from '../src/cli/cli.module';
import { withDatabase } from '../src/cli/database-session';
import { loadConfig } from '../src/config/app-config';
import { MigrationsService } from '../src/neo4j/migrations.service';
import { MATCH_THRESHOLD } from '../src/screening/matching';
import type { ScreeningMatch } from '../src/screening/models/screening-result.model';
import { ScreeningIndexService } from '../src/screening/screening-index.service';
import { ScreeningService } from '../src/screening/screening.service';
import { SeedService } from '../src/seed/seed.service';
import { countryCode } from '../src/common/country-codes';
import { parserFor } from '../src/watchlists/parsers/parser-registry';
import { WatchlistImportService } from '../src/watchlists/watchlist-import.service';
import { findUp } from './lib/find-up';

interface PersonRow {
  full_name: string;
  date_of_birth: string;
  nationality: string;
}

interface UnEntry {
  id: string;
  names: string[];
  birthDates: string[];
}

const UN_LIST = 'un-sc';

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

function readPersons(file: string): PersonRow[] {
  return parse<PersonRow>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

function queryOf(row: PersonRow) {
  const country = row.nationality ? countryCode(row.nationality) : null;
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.date_of_birth) ? row.date_of_birth : null;
  return {
    name: row.full_name,
    schema: 'Person',
    country: country ? [country] : null,
    dateOfBirth: date ? [date] : null,
    limit: 5,
  };
}

async function readUnEntries(path: string): Promise<UnEntry[]> {
  const entries: UnEntry[] = [];
  for await (const event of parserFor('un-xml').parse(path, { listId: UN_LIST })) {
    if (event.kind === 'entry') {
      entries.push({
        id: `${UN_LIST}:${event.entry.entryId}`,
        names: [event.entry.name, ...event.entry.aliases.map((alias) => alias.name)],
        birthDates: event.entry.birthDates,
      });
    }
  }
  return entries;
}

/** The UN entry a positive row stands for: same name or alias (any word order), and agreeing date of birth. */
function expectedEntry(row: PersonRow, byName: Map<string, UnEntry[]>): UnEntry | null {
  const candidates = byName.get(nameKey(row.full_name)) ?? [];
  if (candidates.length <= 1) {
    return candidates[0] ?? null;
  }
  const agreeing = candidates.filter((entry) =>
    entry.birthDates.some((date) => date.startsWith(row.date_of_birth) || row.date_of_birth.startsWith(date)),
  );
  return agreeing[0] ?? candidates[0];
}

function describeMatch(match: ScreeningMatch | undefined): string {
  if (!match) {
    return '(nothing returned)';
  }
  const facts = match.features
    .filter((feature) => ['birth_date', 'country', 'token_alignment'].includes(feature.name))
    .map((feature) => `${feature.name}: ${feature.reason}`)
    .join(' | ');
  return `${match.score.toFixed(3)} ${match.entityId} "${match.matchedName}"  ${facts}`;
}

function featureClass(match: ScreeningMatch): string {
  const value = (name: string): string => {
    const feature = match.features.find((item) => item.name === name);
    return feature === undefined
      ? 'unknown'
      : feature.value > 0
        ? 'agrees'
        : feature.value < 0
          ? 'conflicts'
          : 'unknown';
  };
  const alignment = match.features.find((feature) => feature.name === 'token_alignment')?.value ?? 0;
  return `name ${alignment >= 0.95 ? 'same' : 'partial'}, birth date ${value('birth_date')}, country ${value('country')}`;
}

function printGroups(title: string, items: Array<{ group: string; line: string }>): void {
  console.log(`\n${title} (${items.length})`);
  const groups = new Map<string, string[]>();
  for (const item of items) {
    groups.set(item.group, [...(groups.get(item.group) ?? []), item.line]);
  }
  for (const [group, lines] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${group} (${lines.length})`);
    lines.forEach((line) => console.log(`    ${line}`));
  }
}

async function main(): Promise<void> {
  const config = loadConfig({
    NEO4J_LOCAL_PORT: '7698',
    NEO4J_LOCAL_DATA_DIR: '.data/neo4j-bench-screening',
    LOG_LEVEL: 'warn',
    ...process.env,
  });
  const unPath = findUp(join('test', 'fixtures', 'watchlists', 'un', 'UN_consolidated.xml'), __dirname);
  const positives = readPersons(findUp(join('bench', 'data', 'screening-positives-un.csv'), __dirname));
  const negatives = ['screening-negatives-global-1k.csv', 'screening-negatives-us-1k.csv'].map((file) => ({
    file,
    rows: readPersons(findUp(join('bench', 'data', file), __dirname)),
  }));
  const unEntries = await readUnEntries(unPath);
  const byName = new Map<string, UnEntry[]>();
  for (const entry of unEntries) {
    for (const name of new Set(entry.names.map(nameKey))) {
      byName.set(name, [...(byName.get(name) ?? []), entry]);
    }
  }

  await withDatabase(config, async () => {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    try {
      await context.get(MigrationsService).migrate();
      await context.get(SeedService).seed({ onlyIfChanged: true });
      const importStarted = Date.now();
      const [summary] = await context
        .get(WatchlistImportService)
        .importFile({ format: 'un-xml', path: unPath, listId: UN_LIST });
      console.log(
        `UN list: ${summary.entries} entries (${summary.status}, version ${summary.version}) in ${((Date.now() - importStarted) / 1000).toFixed(1)} s`,
      );
      const screening = context.get(ScreeningService);
      const buildStarted = Date.now();
      const snapshot = await context.get(ScreeningIndexService).current();
      console.log(
        `Index from the graph: ${snapshot.entities} entities (UN entries and seeded graph entities), list versions ${snapshot.listVersions.map((version) => version.versionId).join(', ')}, built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`,
      );
      console.log(`Threshold: ${MATCH_THRESHOLD}`);

      // Positives.
      let identified = 0;
      let atOne = 0;
      let atFive = 0;
      let atThreshold = 0;
      const missed: Array<{ group: string; line: string }> = [];
      const started = process.hrtime.bigint();
      for (const row of positives) {
        const expected = expectedEntry(row, byName);
        if (!expected) {
          missed.push({
            group: 'no entry of that name in this UN XML (delisted before this copy of the list; not scored)',
            line: row.full_name,
          });
          continue;
        }
        identified += 1;
        const result = await screening.screen(queryOf(row));
        const position = result.matches.findIndex((match) => match.entityId === expected.id);
        const found = result.matches[position];
        if (position === 0) {
          atOne += 1;
        }
        if (position >= 0) {
          atFive += 1;
        }
        if (found?.match) {
          atThreshold += 1;
        }
        const query = `"${row.full_name}" ${row.date_of_birth || '-'} ${row.nationality || '-'} → ${expected.id}`;
        if (position < 0) {
          missed.push({ group: 'not in the top 5', line: `${query}\n      top: ${describeMatch(result.matches[0])}` });
        } else if (position > 0) {
          missed.push({
            group: 'found, but ranked below another entry',
            line: `${query} at #${position + 1} (${found.score.toFixed(3)})\n      top: ${describeMatch(result.matches[0])}`,
          });
        } else if (!found.match) {
          missed.push({ group: 'first, but below the threshold', line: `${query}\n      ${describeMatch(found)}` });
        }
      }
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(
        `\nUN positives: ${positives.length} rows, ${identified} identified with their UN entry (${elapsed.toFixed(0)} ms)`,
      );
      console.log(`  recall@1              ${(atOne / identified).toFixed(3)}  (${atOne}/${identified})`);
      console.log(`  recall@5              ${(atFive / identified).toFixed(3)}  (${atFive}/${identified})`);
      console.log(`  recall at threshold   ${(atThreshold / identified).toFixed(3)}  (${atThreshold}/${identified})`);

      // Negatives.
      const alerts: Array<{ group: string; line: string }> = [];
      const perFile: string[] = [];
      for (const { file, rows } of negatives) {
        let alerted = 0;
        for (const row of rows) {
          const result = await screening.screen(queryOf(row));
          const hits = result.matches.filter((match) => match.match);
          if (hits.length > 0) {
            alerted += 1;
            alerts.push({
              group: `${file}: ${featureClass(hits[0])}`,
              line: `"${row.full_name}" ${row.date_of_birth || '-'} ${row.nationality || '-'}\n      ${describeMatch(hits[0])}`,
            });
          }
        }
        perFile.push(
          `  ${file.padEnd(36)} ${((1000 * alerted) / rows.length).toFixed(1)} alerts per 1,000  (${alerted}/${rows.length})`,
        );
      }
      console.log('\nNegatives (persons on no list) at the threshold');
      perFile.forEach((line) => console.log(line));

      printGroups('Missed UN positives', missed);
      printGroups('False alerts', alerts);
    } finally {
      await context.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
