/**
 * Turns the seed files (the China Defence Universities Tracker and the curated state structure)
 * into one `GraphBatch`. Pure: the same inputs always give the same ids, records and order, so a
 * re-seed MERGEs onto the same nodes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type {
  EntityLabel,
  EntityRecord,
  EvidenceMethod,
  GraphBatch,
  PropertyValue,
  RelationshipRecord,
  RiskCategory,
  SourceRecord,
} from '../common/graph-model';
import { townsOfAddress } from './address-towns';
import { cleanText, containsHan, normaliseNameKey, parseAgencyName, parseBilingualName } from './bilingual-name';
import { unitAliasOfBody, unitAliasNames } from './unit-aliases';
import {
  readCuratedFacts,
  readTracker,
  SeedDataError,
  type CuratedEntity,
  type CuratedFacts,
  type TrackerCategory,
  type TrackerEntry,
} from './seed-input';

export const TRACKER_FILE = 'data/china-defence-universities.json';
export const CURATED_FILE = 'curated/china-state-structure.json';

export const GALAXY_SOURCE: SourceRecord = {
  id: 'src:misp-galaxy-china-defence-universities',
  title: 'MISP galaxy cluster: China Defence Universities Tracker (clusters/china-defence-universities.json)',
  url: 'https://github.com/MISP/misp-galaxy/blob/main/clusters/china-defence-universities.json',
  publisher: 'MISP Project',
  retrievedAt: null,
  licence: 'CC0-1.0 OR BSD-2-Clause',
};
const TRACKER_PUBLISHER = 'Australian Strategic Policy Institute';
const TRACKER_LICENCE = 'CC0-1.0 OR BSD-2-Clause (via MISP galaxy)';
const CHINA = 'cn';

/** Facts the tracker states directly (an institution's supervising agency) versus ones read from its lists. */
const CONFIDENCE = {
  supervisingAgency: 0.9,
  subsidiary: 0.85,
  probableSubsidiary: 0.5,
  laboratory: 0.85,
  locatedInFromAddress: 0.95,
  locatedInFromParent: 0.9,
  locatedInForUncuratedAgency: 0.8,
} as const;

export interface SeedReport {
  /** Supervising agencies that match neither a tracker institution nor a curated entity (each got a default GovernmentBody). */
  agenciesWithoutCuratedFacts: string[];
  /** Lines of a laboratory list read as remarks that had no laboratory before them to attach to. */
  unattachedLaboratoryNotes: string[];
}

export interface SeedGraph {
  batch: GraphBatch;
  report: SeedReport;
}

export function buildSeedGraph(tracker: unknown, curated: unknown): GraphBatch {
  return buildSeedGraphWithReport(tracker, curated).batch;
}

export function buildSeedGraphWithReport(tracker: unknown, curated: unknown): SeedGraph {
  const builder = new SeedGraphBuilder(readTracker(tracker), readCuratedFacts(curated));
  return builder.build();
}

/** Reads `data/china-defence-universities.json` and `curated/china-state-structure.json` under `seedDirectory`. */
export function loadSeedFiles(seedDirectory: string): GraphBatch {
  const read = (file: string): unknown => {
    const path = join(seedDirectory, file);
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new SeedDataError(path, `cannot read JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return buildSeedGraph(read(TRACKER_FILE), read(CURATED_FILE));
}

export function trackerEntityId(uuid: string): string {
  return `cdut:${uuid.toLowerCase()}`;
}

/** `src:` + a readable slug of the URL + a short hash, so two URLs that slug alike never share an id. */
export function sourceIdForUrl(url: string): string {
  const withoutScheme = url.replace(/^https?:\/\/(www\.)?/i, '');
  return `src:${slugify(withoutScheme).slice(0, 80)}-${shortHash(url)}`;
}

interface EntityOrigin {
  /** How the entity's LOCATED_IN the State is justified. */
  locatedInMethod: EvidenceMethod;
  locatedInConfidence: number;
}

interface ParsedUnit {
  name: string;
  aliases: string[];
}

class SeedGraphBuilder {
  private readonly sources = new Map<string, SourceRecord>();
  private readonly entities = new Map<string, EntityRecord>();
  private readonly origins = new Map<string, EntityOrigin>();
  private readonly relationships = new Map<string, RelationshipRecord>();
  /** Curated id (or tracker id) → the id of the entity it ended up as. */
  private readonly curatedIds = new Map<string, string>();
  /** Name keys of tracker institutions (English and Chinese names only, not aliases, which list their laboratories). */
  private readonly institutionsByName = new Map<string, string>();
  /** Name keys of everything an agency string may refer to. */
  private readonly agenciesByName = new Map<string, string>();
  private readonly unitsByName = new Map<string, string>();
  /** Since rules 1.163.0: per tracker institution, the aliases that name a unit of it, with the unit's numbers. */
  private readonly unitAliases = new Map<string, { alias: string; key: string }[]>();
  /** Per tracker institution, its units by their numbers (a subsidiary's, or a unit alias's): one unit per numbers. */
  private readonly unitsByNumbers = new Map<string, Map<string, string>>();
  private readonly agenciesWithoutCuratedFacts = new Set<string>();
  private readonly unattachedLaboratoryNotes: string[] = [];
  private stateId = '';

  constructor(
    private readonly tracker: TrackerEntry[],
    private readonly curated: CuratedFacts,
  ) {}

  build(): SeedGraph {
    this.addSources();
    for (const entry of this.tracker) {
      this.addInstitution(entry);
    }
    this.addCuratedEntities();
    for (const entry of this.tracker) {
      this.addSupervisingAgencies(entry);
    }
    for (const entry of this.tracker) {
      this.addSubsidiaries(entry);
      this.addUnitAliases(entry);
      this.addLaboratories(entry);
    }
    this.addCuratedRelationships();
    this.addLocatedInState();
    return {
      batch: {
        sources: [...this.sources.values()],
        entities: [...this.entities.values()],
        relationships: [...this.relationships.values()],
      },
      report: {
        agenciesWithoutCuratedFacts: [...this.agenciesWithoutCuratedFacts],
        unattachedLaboratoryNotes: this.unattachedLaboratoryNotes,
      },
    };
  }

  private addSources(): void {
    this.sources.set(GALAXY_SOURCE.id, GALAXY_SOURCE);
    for (const entry of this.tracker) {
      const { name } = parseBilingualName(entry.value);
      for (const url of entry.refs) {
        const id = sourceIdForUrl(url);
        if (!this.sources.has(id)) {
          this.sources.set(id, {
            id,
            title: `ASPI China Defence Universities Tracker: ${name}`,
            url,
            publisher: TRACKER_PUBLISHER,
            retrievedAt: null,
            licence: TRACKER_LICENCE,
          });
        }
      }
    }
    this.curated.sources.forEach((source, index) => {
      if (this.sources.has(source.id)) {
        throw new SeedDataError(`curated.sources[${index}].id`, `duplicate source id "${source.id}"`);
      }
      this.sources.set(source.id, source);
    });
  }

  private addInstitution(entry: TrackerEntry): void {
    const parsed = parseBilingualName(entry.value);
    const id = trackerEntityId(entry.uuid);
    const refSourceIds = entry.refs.map(sourceIdForUrl);
    const { label, kind, riskCategory } = classifyInstitution(entry.categories, parsed);
    const properties: Record<string, PropertyValue> = {
      uuid: entry.uuid,
      trackerCategories: entry.categories,
      topics: entry.topics.map(cleanText),
    };
    if (entry.address !== null) {
      properties.address = cleanText(entry.address);
      // Since rules 1.153.0: the towns the address names, the index's towns of the body (see address-towns.ts).
      const towns = townsOfAddress(properties.address, CHINA);
      if (towns.length > 0) {
        properties.city = towns;
      }
    }
    if (entry.latitude !== null) {
      properties.lat = entry.latitude;
    }
    if (entry.longitude !== null) {
      properties.long = entry.longitude;
    }
    const entity = newEntity({
      id,
      label,
      name: parsed.name,
      kind,
      country: [CHINA],
      sourceIds: [...refSourceIds, GALAXY_SOURCE.id],
      properties,
    });
    // Since rules 1.163.0: an alias that names a unit of the body ("<GROUP> Institute 625") is the unit's, not the
    // body's (unit-aliases.ts); addUnitAliases writes it as a unit PART_OF the body.
    const entryAliases = entry.aliases.map(cleanText);
    const bodyNames = [parsed.name, ...parsed.aliases, ...entryAliases].filter((name) => !containsHan(name));
    const units = entryAliases.flatMap((alias) => {
      const unit = unitAliasOfBody(
        alias,
        bodyNames.filter((name) => name !== alias),
      );
      return unit === undefined ? [] : [unit];
    });
    this.unitAliases.set(id, units);
    const unitNames = new Set(units.map((unit) => unit.alias));
    addAliases(entity, [...parsed.aliases, ...entryAliases.filter((alias) => !unitNames.has(alias))]);
    if (riskCategory !== null) {
      addRiskCategory(entity, riskCategory, refSourceIds[0]);
    }
    this.entities.set(id, entity);
    this.origins.set(id, {
      locatedInMethod: 'curated',
      locatedInConfidence: CONFIDENCE.locatedInFromAddress,
    });
    this.curatedIds.set(id, id);
    for (const name of [parsed.name, ...parsed.aliases.filter(containsHan).slice(0, 1)]) {
      this.institutionsByName.set(normaliseNameKey(name), id);
      this.agenciesByName.set(normaliseNameKey(name), id);
    }
  }

  private addCuratedEntities(): void {
    for (const curated of this.curated.entities) {
      const path = `curated.entities[${curated.index}]`;
      if (this.curatedIds.has(curated.id)) {
        throw new SeedDataError(`${path}.id`, `duplicate entity id "${curated.id}"`);
      }
      this.expectSources(curated.sourceIds, `${path}.sourceIds`);
      curated.riskCategories.forEach((risk, position) =>
        this.expectSources([risk.sourceId], `${path}.riskCategories[${position}].sourceId`),
      );
      const id = curated.trackerUuid === null ? this.addCuratedEntity(curated) : this.mergeIntoTracker(curated);
      this.curatedIds.set(curated.id, id);
      for (const name of [curated.name, ...curated.aliases]) {
        const key = normaliseNameKey(name);
        if (!this.agenciesByName.has(key)) {
          this.agenciesByName.set(key, id);
        }
      }
    }
    const state = this.curated.entities.find((entity) => entity.label === 'State' && entity.country.includes(CHINA));
    if (state === undefined) {
      throw new SeedDataError('curated.entities', `expected a State entity with country ["${CHINA}"]`);
    }
    this.stateId = state.id;
  }

  private addCuratedEntity(curated: CuratedEntity): string {
    const entity = newEntity({
      id: curated.id,
      label: curated.label,
      name: cleanText(curated.name),
      kind: curated.kind,
      country: [...curated.country],
      sourceIds: [...curated.sourceIds],
      properties: { ...curated.properties },
    });
    addAliases(entity, curated.aliases);
    for (const risk of curated.riskCategories) {
      addRiskCategory(entity, risk.category, risk.sourceId);
    }
    this.entities.set(entity.id, entity);
    this.origins.set(entity.id, {
      locatedInMethod: 'curated',
      locatedInConfidence: CONFIDENCE.locatedInFromAddress,
    });
    return entity.id;
  }

  /** The tracker's own label and name win; the curated record adds names, risk categories and sources. */
  private mergeIntoTracker(curated: CuratedEntity): string {
    const path = `curated.entities[${curated.index}]`;
    const id = trackerEntityId(curated.trackerUuid ?? '');
    const entity = this.entities.get(id);
    if (entity === undefined) {
      throw new SeedDataError(`${path}.trackerUuid`, `no tracker entry has uuid "${curated.trackerUuid}"`);
    }
    if (entity.label !== curated.label) {
      throw new SeedDataError(`${path}.label`, `"${curated.label}" disagrees with the tracker's "${entity.label}"`);
    }
    addAliases(entity, [curated.name, ...curated.aliases]);
    for (const risk of curated.riskCategories) {
      addRiskCategory(entity, risk.category, risk.sourceId);
    }
    addUnique(entity.sourceIds, curated.sourceIds);
    for (const [key, value] of Object.entries(curated.properties)) {
      if (!(key in entity.properties)) {
        entity.properties[key] = value;
      }
    }
    return id;
  }

  private addSupervisingAgencies(entry: TrackerEntry): void {
    const institutionId = trackerEntityId(entry.uuid);
    const refSourceIds = entry.refs.map(sourceIdForUrl);
    for (const agencyText of entry.supervisingAgencies) {
      const agency = parseAgencyName(agencyText);
      const agencyId =
        this.agenciesByName.get(normaliseNameKey(agency.name)) ??
        (agency.shortName === null ? undefined : this.agenciesByName.get(normaliseNameKey(agency.shortName))) ??
        this.addUncuratedAgency(agency.name, refSourceIds);
      const agencyEntity = this.entity(agencyId);
      addAliases(agencyEntity, [agency.name, ...(agency.shortName === null ? [] : [agency.shortName])]);
      if (agencyId !== institutionId) {
        this.addRelationship({
          type: 'SUPERVISED_BY',
          fromId: institutionId,
          toId: agencyId,
          sourceIds: refSourceIds,
          confidence: CONFIDENCE.supervisingAgency,
          method: 'curated',
          validFrom: null,
          validTo: null,
          status: 'current',
          properties: {},
        });
      }
    }
  }

  /** A default so the graph stays whole; the report lists it so the curated file can be completed. */
  private addUncuratedAgency(name: string, sourceIds: string[]): string {
    const id = `cn-gov:${slugify(name) || shortHash(name)}`;
    this.agenciesWithoutCuratedFacts.add(name);
    if (!this.entities.has(id)) {
      this.entities.set(
        id,
        newEntity({
          id,
          label: 'Organisation',
          name,
          kind: 'GovernmentBody',
          country: [CHINA],
          sourceIds: [...sourceIds],
          properties: {},
        }),
      );
      this.origins.set(id, {
        locatedInMethod: 'inferred',
        locatedInConfidence: CONFIDENCE.locatedInForUncuratedAgency,
      });
      this.agenciesByName.set(normaliseNameKey(name), id);
    }
    return id;
  }

  private addSubsidiaries(entry: TrackerEntry): void {
    const parent = this.entity(trackerEntityId(entry.uuid));
    const refSourceIds = entry.refs.map(sourceIdForUrl);
    for (const text of entry.subsidiaries) {
      // One subsidiary is marked "[Probable]" by the tracker: kept, with lower confidence.
      const probable = /^\s*\[probable\]\s*/i.test(text);
      const parsed = parseBilingualName(text.replace(/^\s*\[probable\]\s*/i, ''));
      const company = isCompany(parsed);
      const unitId = this.resolveUnit(parsed, parent, refSourceIds, () => ({
        label: company ? 'Organisation' : unitLabel(parent.label),
        kind: company ? 'Company' : unitKind(parsed),
      }));
      if (unitId === parent.id) {
        continue;
      }
      this.registerUnitNumbers(entry, parsed.name, unitId);
      this.addRelationship({
        type: company ? 'SUBSIDIARY_OF' : 'PART_OF',
        fromId: unitId,
        toId: parent.id,
        sourceIds: refSourceIds,
        confidence: probable ? CONFIDENCE.probableSubsidiary : CONFIDENCE.subsidiary,
        method: 'curated',
        validFrom: null,
        validTo: null,
        status: 'current',
        properties: {},
      });
    }
  }

  /**
   * Since rules 1.163.0: the aliases of a tracker institution that name a unit of it (unit-aliases.ts) become that
   * unit, PART_OF the institution: the subsidiary (or the unit alias before) that writes the same unit numbers beside
   * the institution's name ("CASC 5th Academy" for "5th Academy of CASC"), or a tracker institution or unit of that
   * name, or a new unit.
   */
  private addUnitAliases(entry: TrackerEntry): void {
    const parent = this.entity(trackerEntityId(entry.uuid));
    const refSourceIds = entry.refs.map(sourceIdForUrl);
    const byNumbers = this.unitsByNumbers.get(parent.id) ?? new Map<string, string>();
    this.unitsByNumbers.set(parent.id, byNumbers);
    for (const { alias, key } of this.unitAliases.get(parent.id) ?? []) {
      const parsed = unitAliasNames(alias);
      const knownId = byNumbers.get(key);
      if (knownId !== undefined) {
        const known = this.entity(knownId);
        addAliases(known, [parsed.name, ...parsed.aliases]);
        addUnique(known.sourceIds, refSourceIds);
        continue;
      }
      const unitId = this.resolveUnit(parsed, parent, refSourceIds, () => ({
        label: unitLabel(parent.label),
        kind: unitKind(parsed),
      }));
      if (unitId === parent.id) {
        continue;
      }
      byNumbers.set(key, unitId);
      this.addRelationship({
        type: 'PART_OF',
        fromId: unitId,
        toId: parent.id,
        sourceIds: refSourceIds,
        confidence: CONFIDENCE.subsidiary,
        method: 'curated',
        validFrom: null,
        validTo: null,
        status: 'current',
        properties: {},
      });
    }
  }

  /** A subsidiary whose name writes unit numbers beside its institution's name, kept by those numbers. */
  private registerUnitNumbers(entry: TrackerEntry, name: string, unitId: string): void {
    const parent = this.entity(trackerEntityId(entry.uuid));
    const unit = unitAliasOfBody(
      name,
      [parent.name, ...parent.aliases].filter((other) => !containsHan(other)),
    );
    if (unit === undefined) {
      return;
    }
    const byNumbers = this.unitsByNumbers.get(parent.id) ?? new Map<string, string>();
    this.unitsByNumbers.set(parent.id, byNumbers);
    if (!byNumbers.has(unit.key)) {
      byNumbers.set(unit.key, unitId);
    }
  }

  /**
   * The tracker's laboratory lists mix laboratories with remarks about the laboratory before them
   * ("Jointly run with AVIC", "May also be known as …"); remarks become that laboratory's `notes`.
   */
  private addLaboratories(entry: TrackerEntry): void {
    const parent = this.entity(trackerEntityId(entry.uuid));
    const refSourceIds = entry.refs.map(sourceIdForUrl);
    let previousLaboratory: EntityRecord | null = null;
    for (const text of entry.laboratories) {
      const cleaned = cleanText(text);
      if (isLaboratoryRemark(cleaned)) {
        if (previousLaboratory === null) {
          this.unattachedLaboratoryNotes.push(`${parent.name}: ${cleaned}`);
        } else {
          const notes = previousLaboratory.properties.notes;
          const existing = Array.isArray(notes) ? notes.map(String) : [];
          previousLaboratory.properties.notes = existing.includes(cleaned) ? existing : [...existing, cleaned];
        }
        continue;
      }
      const parsed = parseBilingualName(cleaned);
      const laboratoryId = this.resolveUnit(parsed, parent, refSourceIds, () => ({
        label: 'Organisation',
        kind: 'Laboratory',
      }));
      if (laboratoryId === parent.id) {
        continue;
      }
      const laboratory = this.entity(laboratoryId);
      laboratory.properties.defenceLaboratory = true;
      previousLaboratory = laboratory;
      this.addRelationship({
        type: 'HOSTS',
        fromId: parent.id,
        toId: laboratoryId,
        sourceIds: refSourceIds,
        confidence: CONFIDENCE.laboratory,
        method: 'curated',
        validFrom: null,
        validTo: null,
        status: 'current',
        properties: {},
      });
    }
  }

  /**
   * Finds the entity a subsidiary or laboratory line names: a tracker institution with that name, a
   * unit already seen under any institution (jointly run laboratories are listed by each host), or a
   * new one. Matching uses the English name and the Chinese names.
   */
  private resolveUnit(
    parsed: ParsedUnit,
    parent: EntityRecord,
    sourceIds: string[],
    describe: () => { label: EntityLabel; kind: string },
  ): string {
    const keys = [parsed.name, ...parsed.aliases.filter(containsHan)].map(normaliseNameKey).filter((key) => key !== '');
    const institutionId = firstDefined(keys.map((key) => this.institutionsByName.get(key)));
    if (institutionId !== undefined) {
      return institutionId;
    }
    const existingId = firstDefined(keys.map((key) => this.unitsByName.get(key)));
    if (existingId !== undefined) {
      const existing = this.entity(existingId);
      addAliases(existing, [parsed.name, ...parsed.aliases]);
      addUnique(existing.sourceIds, sourceIds);
      this.registerUnitKeys(keys, existingId);
      return existingId;
    }
    const { label, kind } = describe();
    const slugId = `cdut-unit:${unitSlug(parsed.name)}`;
    // Two different names can slug alike ("Xi’an …" and "Xi'an …" do not, but punctuation-only variants might).
    const id = this.entities.has(slugId) ? `${slugId}-${shortHash(parsed.name)}` : slugId;
    const entity = newEntity({
      id,
      label,
      name: parsed.name,
      kind,
      country: [countryOfUnit(parsed.name) ?? CHINA],
      sourceIds: [...sourceIds],
      properties: {},
    });
    addAliases(entity, parsed.aliases);
    this.entities.set(id, entity);
    this.origins.set(id, { locatedInMethod: 'inferred', locatedInConfidence: CONFIDENCE.locatedInFromParent });
    this.registerUnitKeys(keys, id);
    return id;
  }

  private registerUnitKeys(keys: string[], id: string): void {
    for (const key of keys) {
      if (!this.unitsByName.has(key)) {
        this.unitsByName.set(key, id);
      }
    }
  }

  private addCuratedRelationships(): void {
    for (const curated of this.curated.relationships) {
      const path = `curated.relationships[${curated.index}]`;
      this.expectSources(curated.sourceIds, `${path}.sourceIds`);
      const fromId = this.curatedIds.get(curated.from);
      if (fromId === undefined) {
        throw new SeedDataError(`${path}.from`, `no entity has id "${curated.from}"`);
      }
      const toId = this.curatedIds.get(curated.to);
      if (toId === undefined) {
        throw new SeedDataError(`${path}.to`, `no entity has id "${curated.to}"`);
      }
      this.addRelationship({
        type: curated.type,
        fromId,
        toId,
        sourceIds: curated.sourceIds,
        confidence: curated.confidence,
        method: curated.method,
        validFrom: curated.validFrom,
        validTo: curated.validTo,
        status: curated.status,
        properties: curated.properties,
      });
    }
  }

  /** Every Chinese entity is LOCATED_IN the State, so a path from any of them reaches it. */
  private addLocatedInState(): void {
    for (const entity of this.entities.values()) {
      if (entity.id === this.stateId || !entity.country.includes(CHINA)) {
        continue;
      }
      const origin = this.origins.get(entity.id);
      this.addRelationship({
        type: 'LOCATED_IN',
        fromId: entity.id,
        toId: this.stateId,
        sourceIds: entity.sourceIds.slice(0, 1),
        confidence: origin?.locatedInConfidence ?? CONFIDENCE.locatedInFromParent,
        method: origin?.locatedInMethod ?? 'inferred',
        validFrom: null,
        validTo: null,
        status: 'current',
        properties: {},
      });
    }
  }

  /** The same fact from two sources (tracker and curated file) becomes one relationship with both sources. */
  private addRelationship(relationship: RelationshipRecord): void {
    const key = [
      relationship.type,
      relationship.fromId,
      relationship.toId,
      relationship.validFrom,
      relationship.validTo,
      JSON.stringify(relationship.properties),
    ].join('|');
    const existing = this.relationships.get(key);
    if (existing === undefined) {
      this.relationships.set(key, {
        ...relationship,
        sourceIds: [...relationship.sourceIds],
        properties: { ...relationship.properties },
      });
      return;
    }
    addUnique(existing.sourceIds, relationship.sourceIds);
    existing.confidence = Math.max(existing.confidence, relationship.confidence);
  }

  private expectSources(sourceIds: string[], path: string): void {
    for (const sourceId of sourceIds) {
      if (!this.sources.has(sourceId)) {
        throw new SeedDataError(path, `no source has id "${sourceId}"`);
      }
    }
  }

  private entity(id: string): EntityRecord {
    const entity = this.entities.get(id);
    if (entity === undefined) {
      throw new Error(`seed transform: entity "${id}" was referenced before it was added`);
    }
    return entity;
  }
}

interface InstitutionClass {
  label: EntityLabel;
  kind: string | null;
  riskCategory: RiskCategory | null;
}

/** The first category decides (no tracker entry has more than one). */
function classifyInstitution(categories: TrackerCategory[], parsed: ParsedUnit): InstitutionClass {
  const chineseName = parsed.aliases.find(containsHan) ?? '';
  // Research academies name themselves 研究院 / 研究所 / 科学院 in Chinese, whatever the English says.
  const isResearchBody = /研究|科学院/.test(chineseName);
  switch (categories[0]) {
    case 'Military':
      return {
        label: 'Military',
        kind: isResearchBody ? 'MilitaryResearchInstitute' : 'MilitaryUniversity',
        riskCategory: 'military',
      };
    case 'Security':
      return {
        label: 'SecurityService',
        kind: isResearchBody ? 'SecurityResearchInstitute' : 'SecurityUniversity',
        riskCategory: 'state-security',
      };
    case 'Defence industry conglomerate':
      return { label: 'Organisation', kind: 'StateOwnedEnterprise', riskCategory: 'defence-industry' };
    case 'Seven sons of national defence':
      return { label: 'Organisation', kind: 'University', riskCategory: 'defence-industry' };
    case 'Civilian':
      return { label: 'Organisation', kind: 'University', riskCategory: null };
  }
}

const COMPANY_WORDS =
  /\b(co\.?|company|corp\.?|corporation|ltd\.?|limited|plc|ag|inc\.?|holdings?|group|wedag|automotive|department store)\b|公司|集团/i;

function isCompany(parsed: ParsedUnit): boolean {
  return COMPANY_WORDS.test([parsed.name, ...parsed.aliases].join(' '));
}

/** A school or department of a military (or security) institution is itself part of that force. */
function unitLabel(parentLabel: EntityLabel): EntityLabel {
  return parentLabel === 'Military' || parentLabel === 'SecurityService' ? parentLabel : 'Organisation';
}

/** Judged on the name and Chinese names only: an English alias such as "… Medical Center" would mislead. */
function unitKind(parsed: ParsedUnit): string {
  const text = [parsed.name, ...parsed.aliases.filter(containsHan)].join(' ');
  if (/laborator|research|institute|cent(er|re)|研究|实验室|中心/i.test(text)) {
    return 'ResearchInstitute';
  }
  if (/universit|大学/i.test(text)) {
    return 'University';
  }
  return 'Other';
}

/** AVIC's subsidiaries carry their place of listing or seat in brackets; foreign ones are not in China. */
const COUNTRIES_BY_PLACE: Record<string, string> = {
  austria: 'at',
  germany: 'de',
  singapore: 'sg',
  'hong kong': 'hk',
};

function countryOfUnit(name: string): string | undefined {
  const place = /\(([^()]+)\)\s*$/.exec(name)?.[1];
  return place === undefined ? undefined : COUNTRIES_BY_PLACE[place.trim().toLowerCase()];
}

const REMARK_OPENINGS =
  /^\(?(aka|a\.k\.a|also known as|also referred to as|may |possibly|probably|jointly|based in|established|located|linked to|hosts |in \d{4}|previously|originally|under |one of |literally|it is unclear|this |the lab |not included|does not appear|a defence science|unspecified)/i;
const UNIT_WORDS = /laborator|\blab\b|cent(er|re)|institute|academy|station|research|base\b|实验室|中心|研究/i;

function isLaboratoryRemark(text: string): boolean {
  if (REMARK_OPENINGS.test(text)) {
    return true;
  }
  const { name } = parseBilingualName(text);
  // "Norinco 59", "China Electronics Technology Group Corporation’s 13": fragments of a "jointly run with" remark.
  if (!UNIT_WORDS.test(name)) {
    return true;
  }
  // "NORINCO Group No. 204 Institute (…) aka Xi’an Modern Chemistry Institute": where the laboratory before sits.
  return /\baka\b/i.test(text) && !/laborator/i.test(text);
}

/** An entity with no aliases or risk categories yet: they are added through addAliases and addRiskCategory. */
function newEntity(
  fields: Pick<EntityRecord, 'id' | 'label' | 'name' | 'kind' | 'country' | 'sourceIds' | 'properties'>,
): EntityRecord {
  return {
    id: fields.id,
    label: fields.label,
    name: fields.name,
    aliases: [],
    kind: fields.kind,
    country: fields.country,
    riskCategories: [],
    riskCategorySourceIds: [],
    sourceIds: fields.sourceIds,
    properties: fields.properties,
  };
}

function addAliases(entity: EntityRecord, aliases: string[]): void {
  const seen = new Set([entity.name, ...entity.aliases].map(normaliseNameKey));
  for (const alias of aliases) {
    const cleaned = cleanText(alias);
    const key = normaliseNameKey(cleaned);
    if (key !== '' && !seen.has(key)) {
      seen.add(key);
      entity.aliases.push(cleaned);
    }
  }
}

/** Keeps `riskCategorySourceIds` parallel to `riskCategories`; the first source for a category stays. */
function addRiskCategory(entity: EntityRecord, category: RiskCategory, sourceId: string): void {
  if (!entity.riskCategories.includes(category)) {
    entity.riskCategories.push(category);
    entity.riskCategorySourceIds.push(sourceId);
  }
}

function addUnique(target: string[], values: string[]): void {
  for (const value of values) {
    if (!target.includes(value)) {
      target.push(value);
    }
  }
}

function firstDefined<T>(values: (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined);
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Long or non-Latin names get a hash so ids stay short and ASCII. */
function unitSlug(name: string): string {
  const slug = slugify(name);
  if (slug === '') {
    return shortHash(name);
  }
  return slug.length <= 80 ? slug : `${slug.slice(0, 71).replace(/-+$/, '')}-${shortHash(name)}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}
