import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { RelationshipType } from '../common/graph-model';
import { dataRoot } from '../common/project-root';
import type { RiskRules } from '../risk/risk-rules';
import { RISK_RULES } from '../risk/risk-rules.provider';
import { RiskService } from '../risk/risk.service';
import { WATCHLIST_VERSION_ACTIVATED, type WatchlistVersionActivated } from '../watchlists/watchlist-events';
import { openReferenceText } from './parsers/reference-file';
import { parseFundrefFile } from './parsers/fundref.parser';
import { parseRorFile } from './parsers/ror.parser';
import {
  addRorRelationships,
  emptyRelationships,
  funderEntityId,
  funderRelationships,
  REFERENCE_REGISTRIES,
  REGISTRY_CONFIDENCE,
  REGISTRY_RELATIONSHIP_TYPES,
  type ReferenceRegistry,
  type RegistryRelationshipRow,
  rorEntityId,
  type RorEntityRow,
  toFunderEntityRows,
  toRorEntityRow,
} from './reference-graph';
import type { FunderRecord, RegistryHeader } from './reference-record';
import { ReferenceFileMalformedError, ReferenceFormatUnknownError } from './reference.errors';
import { ReferenceRepository } from './reference.repository';
import { findNameLinks, splitFiledFunders } from './reference-linking';

const ENTITY_BATCH = 2_000;

export interface ReferenceImportOptions {
  format: string;
  /** The user id recorded on the version (`cli:<os user>` from the CLI and `up`). */
  importedBy: string;
  path: string;
  /** The Funder Registry → ROR crosswalk (`fundref` only). */
  mappingPath?: string | null;
  /** The release date when the file carries none; otherwise read from the file. */
  issuedAt?: string | null;
  sample?: boolean;
}

export interface ReferenceImportSummary {
  registry: ReferenceRegistry;
  status: 'imported' | 'unchanged';
  versionId: string;
  issuedAt: string | null;
  issuedAtSource: string | null;
  records: number;
  entities: number;
  names: number;
  acronyms: number;
  relationships: Record<string, number>;
  unresolved: number;
  ended: number;
  absent: number;
  identityLinks: { byIdentifier: number; byName: number };
  /** fundref: funders kept as entities of their own, SAME_AS the ROR entity another funder of theirs became. */
  sameRecordLinks?: number;
  durationMs: number;
}

export interface IdentityLinkSummary {
  byIdentifier: number;
  byName: number;
}

/** What relinking by name did (see `ReferenceService.relinkNames`). */
export interface NameRelinkSummary {
  /** The rules version the links were derived under before (null: never recorded) and now. */
  rulesBefore: string | null;
  rulesVersion: string;
  /** Name links the rules find (in place after the run), new among them, and automatic ones removed. */
  linked: number;
  created: number;
  removed: number;
}

/**
 * Imports the reference registries (ROR, the Crossref Open Funder Registry with its ROR crosswalk)
 * into the graph as versioned data: one :ReferenceVersion per release, entities and relationships
 * MERGEd (a new release updates and adds; relationships it no longer states end), then identity
 * links to the graph's other bodies and list entries.
 */
@Injectable()
export class ReferenceService {
  private readonly logger = new Logger(ReferenceService.name);

  constructor(
    private readonly repository: ReferenceRepository,
    private readonly risk: RiskService,
    @Inject(RISK_RULES) private readonly rules: RiskRules,
  ) {}

  /** Whether the registry has a version in force (any import completed). */
  async hasVersion(registry: string): Promise<boolean> {
    return (await this.repository.findActiveVersion(registry)) !== null;
  }

  async importFile(options: ReferenceImportOptions): Promise<ReferenceImportSummary> {
    const registry = REFERENCE_REGISTRIES.find((known) => known === options.format);
    if (!registry) {
      throw new ReferenceFormatUnknownError(options.format, REFERENCE_REGISTRIES);
    }
    return registry === 'ror' ? this.importRor(options) : this.importFundref(options);
  }

  private async importRor(options: ReferenceImportOptions): Promise<ReferenceImportSummary> {
    const started = Date.now();
    const sha256 = await hashFiles([options.path]);
    const versionId = `ror:${sha256.slice(0, 16)}`;
    const unchanged = await this.unchanged('ror', sha256, started);
    if (unchanged) {
      return unchanged;
    }
    const sourceId = `src:ror-${sha256.slice(0, 12)}`;
    const relationships = emptyRelationships();
    const seen = new Set<string>();
    const targetLabels = new Map<string, string | null>();
    let batch: RorEntityRow[] = [];
    let records = 0;
    let names = 0;
    let acronyms = 0;
    let latestModified: string | null = null;
    for await (const record of parseRorFile(options.path)) {
      records += 1;
      names += record.names.length;
      acronyms += record.names.filter((name) => name.types.includes('acronym')).length;
      if (record.lastModified && (latestModified === null || record.lastModified > latestModified)) {
        latestModified = record.lastModified;
      }
      seen.add(record.rorId);
      for (const relationship of record.relationships) {
        if (!targetLabels.has(relationship.rorId)) {
          targetLabels.set(relationship.rorId, relationship.label);
        }
      }
      addRorRelationships(record, relationships);
      batch.push(toRorEntityRow(record));
      if (batch.length >= ENTITY_BATCH) {
        await this.repository.upsertRorOrganisations(batch, sourceId, versionId);
        batch = [];
      }
    }
    await this.repository.upsertRorOrganisations(batch, sourceId, versionId);
    if (records === 0) {
      throw new ReferenceFileMalformedError(options.path, 'the array holds no ROR records');
    }
    // ROR dumps carry no release date in the file: the newest record modification stands for it.
    const issuedAt = options.issuedAt ?? latestModified;
    const issuedAtSource = options.issuedAt ? 'operator' : latestModified ? 'latest-record-modification' : null;
    await this.repository.upsertSource({
      id: sourceId,
      title: `Research Organization Registry (ROR) data dump, schema v2, records modified up to ${latestModified ?? 'unknown'} (${basename(options.path)})`,
      url: 'https://ror.org/',
      publisher: 'Research Organization Registry',
      retrievedAt: issuedAt,
      licence: 'CC0 1.0',
    });
    const unresolved = [...targetLabels.entries()]
      .filter(([rorId]) => !seen.has(rorId))
      .map(([rorId, label]) => ({ id: rorEntityId(rorId), ror: rorId, label }));
    await this.repository.upsertPlaceholders(unresolved, sourceId);
    const summary = await this.writeVersion(
      'ror',
      relationships,
      { sourceId, versionId, issuedAt, issuedAtSource },
      { records, entities: records, names, acronyms, unresolved: unresolved.length },
    );
    await this.complete(summary, { sha256, options, sourceId, started });
    this.logger.log(
      `Imported ROR ${versionId}: ${records} records, ${unresolved.length} unresolved targets, ${JSON.stringify(summary.relationships)} in ${summary.durationMs} ms`,
    );
    return summary;
  }

  private async importFundref(options: ReferenceImportOptions): Promise<ReferenceImportSummary> {
    const started = Date.now();
    const files = options.mappingPath ? [options.path, options.mappingPath] : [options.path];
    const sha256 = await hashFiles(files);
    const versionId = `fundref:${sha256.slice(0, 16)}`;
    const unchanged = await this.unchanged('fundref', sha256, started);
    if (unchanged) {
      return unchanged;
    }
    const sourceId = `src:fundref-${sha256.slice(0, 12)}`;
    const crosswalk = options.mappingPath ? await readCrosswalk(options.mappingPath) : new Map<string, string>();
    // ROR records' own fundref ids are newer than the crosswalk, so they win where both speak.
    const fromRor = await this.repository.findRorFundrefIds();
    let header: RegistryHeader = { issuedAt: null };
    const funders: FunderRecord[] = [];
    for await (const funder of parseFundrefFile(options.path, (read) => (header = read))) {
      funders.push(funder);
    }
    if (funders.length === 0) {
      throw new ReferenceFileMalformedError(options.path, 'the file holds no skos:Concept funders');
    }
    const placement = placeFunders(funders, fromRor, crosswalk);
    const entityIdOf = (funderId: string): string => placement.entityOf.get(funderId) ?? funderEntityId(funderId);
    const countries = readGeonamesCountries();
    const rows = toFunderEntityRows(funders, entityIdOf, (geonamesId) => countries.get(geonamesId) ?? null);
    await this.repository.upsertFunders(rows, sourceId, versionId);
    const issuedAt = options.issuedAt ?? header.issuedAt;
    const issuedAtSource = options.issuedAt ? 'operator' : header.issuedAt ? 'file' : null;
    await this.repository.upsertSource({
      id: sourceId,
      title: `Crossref Open Funder Registry of ${header.issuedAt ?? 'unknown date'}${options.mappingPath ? ', with the Funder Registry → ROR crosswalk' : ''} (${basename(options.path)})`,
      url: 'https://www.crossref.org/services/funder-registry/',
      publisher: 'Crossref',
      retrievedAt: issuedAt,
      licence: 'CC0 1.0',
    });
    // A funder filed on another funder's ROR record is that body only when a name of it matches a name of the
    // record's entity; the others are units, programmes or predecessors filed under it (AFFILIATED_WITH).
    const filed = splitFiledFunders(
      placement.alsoOn,
      new Map(
        funders.map((funder) => [
          funder.funderId,
          {
            name: funder.name,
            aliases: funder.names
              .filter((name) => !name.types.includes('acronym') && name.value !== funder.name)
              .map((name) => name.value),
          },
        ]),
      ),
      await this.repository.findEntityNames([...new Set(placement.alsoOn.map((link) => link.entityId))]),
    );
    const relationships = funderRelationships(funders, entityIdOf, filed.other);
    const known = new Set(rows.map((row) => row.id));
    const unresolvedIds = new Set<string>();
    for (const byKey of relationships.values()) {
      for (const row of byKey.values()) {
        for (const id of [row.fromId, row.toId]) {
          if (!known.has(id)) {
            unresolvedIds.add(id);
          }
        }
      }
    }
    await this.repository.upsertPlaceholders(
      [...unresolvedIds].sort().map((id) => ({ id, ror: id.startsWith('ror:') ? id.slice(4) : null, label: null })),
      sourceId,
    );
    const summary = await this.writeVersion(
      'fundref',
      relationships,
      { sourceId, versionId, issuedAt, issuedAtSource },
      {
        records: funders.length,
        entities: rows.length,
        names: funders.reduce((total, funder) => total + funder.names.length, 0),
        acronyms: funders.reduce(
          (total, funder) => total + funder.names.filter((name) => name.types.includes('acronym')).length,
          0,
        ),
        unresolved: unresolvedIds.size,
      },
    );
    await this.repository.createRegistrySameAs(
      filed.same.map(({ funderId, entityId }) => ({
        entityId: funderEntityId(funderId),
        otherId: entityId,
        score: REGISTRY_CONFIDENCE,
        note: `ROR${crosswalk.has(funderId) ? ' or the crosswalk' : ''} puts Funder Registry id ${funderId} on the record of ${entityId}`,
        matchedName: null,
        decidedBy: 'auto-link:registry-crosswalk' as const,
        sourceIds: [sourceId],
      })),
      new Date().toISOString(),
    );
    summary.sameRecordLinks = filed.same.length;
    await this.complete(summary, { sha256, options, sourceId, started });
    this.logger.log(
      `Imported the Funder Registry ${versionId}: ${funders.length} funders onto ${rows.length} entities, ${JSON.stringify(summary.relationships)} in ${summary.durationMs} ms`,
    );
    return summary;
  }

  /**
   * Links registry bodies to the graph's other bodies and to list entries: on shared strong
   * identifiers (RiskService's automatic links, for every list in force) and on names the matcher is
   * certain of (see findNameLinks). Existing links are left as they are.
   */
  async linkIdentities(): Promise<IdentityLinkSummary> {
    let byIdentifier = 0;
    for (const listId of await this.repository.findActiveLists()) {
      byIdentifier += await this.risk.autoLinkByIdentifiers(listId);
    }
    const byName = (await this.relinkNames('registry import')).linked;
    if (byIdentifier + byName > 0) {
      this.logger.log(`Identity links: ${byIdentifier} by identifier, ${byName} by name`);
    }
    return { byIdentifier, byName };
  }

  /**
   * The registry name links (`findNameLinks`, `auto-link:registry-name`) derived again under the rules in force:
   * the links the rules find are in place afterwards, and an automatic name link between two bodies the rules
   * compared that they no longer find is removed (an analyst's decision, links by identifier or crosswalk, and the
   * links of a body no longer compared, such as a registry body withdrawn, are never touched). Records the rules
   * version, so a graph linked under other rules is relinked once (`relinkIfRulesChanged`). Since rules 1.123.0.
   */
  async relinkNames(reason: string): Promise<NameRelinkSummary> {
    const rulesBefore = await this.repository.findIdentityLinkingVersion();
    const bodies = await this.repository.findRegistryBodies();
    const candidates = await this.repository.findLinkCandidates();
    const links = findNameLinks(bodies, candidates);
    const pairKey = (link: { entityId: string; otherId: string }) => `${link.entityId}|${link.otherId}`;
    const found = new Set(links.map(pairKey));
    const compared = new Set([...bodies, ...candidates].map((body) => body.id));
    const existing = await this.repository.findRegistryNameLinks();
    const before = new Set(existing.map(pairKey));
    const stale = existing.filter(
      (link) => !found.has(pairKey(link)) && compared.has(link.entityId) && compared.has(link.otherId),
    );
    const linked = await this.repository.createRegistrySameAs(
      links.map((link) => ({ ...link, decidedBy: 'auto-link:registry-name' as const, sourceIds: [] })),
      new Date().toISOString(),
    );
    const created = links.filter((link) => !before.has(pairKey(link))).length;
    const removed = await this.repository.removeRegistryNameLinks(stale);
    await this.repository.recordIdentityLinking({ rulesVersion: this.rules.version, created, removed, reason });
    if (created + removed > 0) {
      this.logger.log(`Registry name links (${reason}): ${created} made, ${removed} removed, ${linked} in place`);
    }
    return { rulesBefore, rulesVersion: this.rules.version, linked, created, removed };
  }

  /**
   * Relinks by name (`relinkNames`) when the graph's name links were derived under another rules version than the
   * one in force (or never recorded, a graph linked before rules 1.123.0) and a registry is imported: what `up`
   * (npm start) runs after migrating, so a graph built before a linking rule changed gets its links without a
   * re-import. Null when nothing was to do.
   */
  async relinkIfRulesChanged(): Promise<NameRelinkSummary | null> {
    if (!(await this.hasVersion('ror')) && !(await this.hasVersion('fundref'))) {
      return null;
    }
    const recorded = await this.repository.findIdentityLinkingVersion();
    if (recorded === this.rules.version) {
      return null;
    }
    return this.relinkNames(`rules ${recorded ?? 'before 1.123.0'} → ${this.rules.version}`);
  }

  /**
   * A list version activated after the registries were imported: its entries are linked to registry
   * bodies by name too (identifiers are linked by RiskService on the same event). Never throws.
   */
  @OnEvent(WATCHLIST_VERSION_ACTIVATED)
  async onWatchlistVersionActivated(event: WatchlistVersionActivated): Promise<void> {
    try {
      if (!(await this.hasVersion('ror')) && !(await this.hasVersion('fundref'))) {
        return;
      }
      const { linked } = await this.relinkNames(`${event.listId} version ${event.versionId} activated`);
      this.logger.log(`After ${event.listId} version ${event.versionId}: ${linked} registry name links in place`);
    } catch (error) {
      this.logger.error(`Registry name linking after ${event.listId} failed: ${(error as Error).message}`);
    }
  }

  private async unchanged(
    registry: ReferenceRegistry,
    sha256: string,
    started: number,
  ): Promise<ReferenceImportSummary | null> {
    const active = await this.repository.findActiveVersion(registry);
    if (!active || active.sha256 !== sha256) {
      return null;
    }
    const count = (key: string): number => Number(active[key] ?? 0);
    return {
      registry,
      status: 'unchanged',
      versionId: String(active.id),
      issuedAt: typeof active.issuedAt === 'string' ? active.issuedAt : null,
      issuedAtSource: typeof active.issuedAtSource === 'string' ? active.issuedAtSource : null,
      records: count('records'),
      entities: count('entities'),
      names: count('names'),
      acronyms: count('acronyms'),
      relationships: Object.fromEntries(
        REGISTRY_RELATIONSHIP_TYPES.map((type) => [type, count(`relationships${type}`)]),
      ),
      unresolved: count('unresolved'),
      ended: 0,
      absent: count('absent'),
      identityLinks: { byIdentifier: 0, byName: 0 },
      durationMs: Date.now() - started,
    };
  }

  /**
   * Writes a new version's relationships (ending those it no longer states) and counts the records it no longer
   * has: the summary of the import, before it is recorded.
   */
  private async writeVersion(
    registry: ReferenceRegistry,
    relationships: Map<RelationshipType, Map<string, RegistryRelationshipRow>>,
    version: { sourceId: string; versionId: string; issuedAt: string | null; issuedAtSource: string | null },
    counts: Pick<ReferenceImportSummary, 'records' | 'entities' | 'names' | 'acronyms' | 'unresolved'>,
  ): Promise<ReferenceImportSummary> {
    const { sourceId, versionId, issuedAt, issuedAtSource } = version;
    const written = await this.writeRelationships(registry, relationships, { sourceId, versionId, issuedAt });
    const absent = await this.repository.countAbsentRecords(registry, versionId);
    return {
      registry,
      status: 'imported',
      versionId,
      issuedAt,
      issuedAtSource,
      records: counts.records,
      entities: counts.entities,
      names: counts.names,
      acronyms: counts.acronyms,
      relationships: written.counts,
      unresolved: counts.unresolved,
      ended: written.ended,
      absent,
      identityLinks: { byIdentifier: 0, byName: 0 },
      durationMs: 0,
    };
  }

  /** Records the version, then links identities, and sets how long the import took. */
  private async complete(
    summary: ReferenceImportSummary,
    {
      sha256,
      options,
      sourceId,
      started,
    }: { sha256: string; options: ReferenceImportOptions; sourceId: string; started: number },
  ): Promise<void> {
    await this.record(summary, sha256, options, sourceId);
    summary.identityLinks = await this.linkIdentities();
    summary.durationMs = Date.now() - started;
  }

  private async writeRelationships(
    registry: ReferenceRegistry,
    relationships: Map<RelationshipType, Map<string, RegistryRelationshipRow>>,
    context: { sourceId: string; versionId: string; issuedAt: string | null },
  ): Promise<{ counts: Record<string, number>; ended: number }> {
    const counts: Record<string, number> = {};
    let ended = 0;
    for (const type of REGISTRY_RELATIONSHIP_TYPES) {
      const rows = [...(relationships.get(type)?.values() ?? [])];
      counts[type] = rows.length;
      await this.repository.upsertRelationships(type, rows, {
        registry,
        ...context,
        confidence: REGISTRY_CONFIDENCE,
      });
    }
    for (const type of REGISTRY_RELATIONSHIP_TYPES) {
      ended += await this.repository.endUnseenRelationships(type, {
        registry,
        versionId: context.versionId,
        issuedAt: context.issuedAt,
      });
    }
    return { counts, ended };
  }

  private async record(
    summary: ReferenceImportSummary,
    sha256: string,
    options: ReferenceImportOptions,
    sourceId: string,
  ): Promise<void> {
    await this.repository.recordVersion({
      id: summary.versionId,
      registry: summary.registry,
      sha256,
      file: basename(options.path),
      mappingFile: options.mappingPath ? basename(options.mappingPath) : null,
      sourceId,
      issuedAt: summary.issuedAt,
      issuedAtSource: summary.issuedAtSource,
      sample: options.sample ?? false,
      importedBy: options.importedBy,
      records: summary.records,
      entities: summary.entities,
      names: summary.names,
      acronyms: summary.acronyms,
      unresolved: summary.unresolved,
      ended: summary.ended,
      absent: summary.absent,
      ...Object.fromEntries(
        Object.entries(summary.relationships).map(([type, count]) => [`relationships${type}`, count]),
      ),
    });
  }
}

/**
 * Which entity each funder becomes. Several Funder Registry ids often sit on one ROR record (ROR
 * lists 52 on the National Natural Science Foundation of China, provincial foundations among them).
 * Only one funder joins the ROR entity: the record's preferred fundref id when the graph holds the
 * record, otherwise the lowest live id the crosswalk maps there. The others stay Funder entities of
 * their own (their names are theirs, not aliases of the ROR body) (`alsoOn`): with an automatic SAME_AS to the
 * ROR entity when a name of theirs matches one of the entity's, so a walk still treats them as one body, and
 * otherwise AFFILIATED_WITH it (a unit, programme or predecessor the registry files under the record; since
 * 2026-12-04: reference-linking splitFiledFunders).
 */
export function placeFunders(
  funders: FunderRecord[],
  fromRor: { byFunder: Map<string, string>; preferred: Map<string, string> },
  crosswalk: Map<string, string>,
): { entityOf: Map<string, string>; alsoOn: Array<{ funderId: string; entityId: string }> } {
  const byTarget = new Map<string, FunderRecord[]>();
  for (const funder of funders) {
    const rorId = crosswalk.get(funder.funderId);
    const target = fromRor.byFunder.get(funder.funderId) ?? (rorId ? rorEntityId(rorId) : null);
    if (target) {
      byTarget.set(target, [...(byTarget.get(target) ?? []), funder]);
    }
  }
  const entityOf = new Map<string, string>();
  const alsoOn: Array<{ funderId: string; entityId: string }> = [];
  for (const [target, members] of byTarget) {
    const preferred = fromRor.preferred.get(target);
    const principal =
      members.find((funder) => funder.funderId === preferred) ??
      [...members].sort(
        (left, right) =>
          Number(left.deprecated) - Number(right.deprecated) || left.funderId.localeCompare(right.funderId),
      )[0];
    for (const funder of members) {
      if (funder === principal) {
        entityOf.set(funder.funderId, target);
      } else {
        alsoOn.push({ funderId: funder.funderId, entityId: target });
      }
    }
  }
  return { entityOf, alsoOn };
}

async function hashFiles(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    const stream = await openReferenceText(path);
    for await (const chunk of stream as AsyncIterable<string>) {
      hash.update(chunk);
    }
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

/** The crosswalk `{"<funder id>": "https://ror.org/<id>", …}` (plain or gzipped) as funder id → bare ROR id. */
async function readCrosswalk(path: string): Promise<Map<string, string>> {
  const stream = await openReferenceText(path);
  const pieces: string[] = [];
  for await (const chunk of stream as AsyncIterable<string>) {
    pieces.push(chunk);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(pieces.join(''));
  } catch (error) {
    throw new ReferenceFileMalformedError(path, `the crosswalk is not JSON: ${(error as Error).message}`, {}, error);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ReferenceFileMalformedError(path, 'the crosswalk is not one JSON object of funder id → ROR id');
  }
  const crosswalk = new Map<string, string>();
  for (const [funderId, ror] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof ror === 'string' && /^\d+$/.test(funderId)) {
      crosswalk.set(funderId, ror.trim().replace(/^https?:\/\/ror\.org\//, ''));
    }
  }
  return crosswalk;
}

/** GeoNames country id → ISO code, derived from the data (seed/reference/geonames-countries.json says how). */
function readGeonamesCountries(): Map<string, string> {
  const parsed = JSON.parse(readFileSync(join(dataRoot(), 'seed', 'reference', 'geonames-countries.json'), 'utf8')) as {
    countries: Record<string, { country: string }>;
  };
  return new Map(Object.entries(parsed.countries).map(([id, entry]) => [id, entry.country]));
}
