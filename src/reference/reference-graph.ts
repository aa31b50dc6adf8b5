import { normaliseIdentifier } from '../common/identifiers';
import type { OrganisationKind, RelationshipType } from '../common/graph-model';
import type { FunderRecord, RorOrganisation, RorRelationshipType } from './reference-record';

export const REFERENCE_REGISTRIES = ['ror', 'fundref'] as const;
export type ReferenceRegistry = (typeof REFERENCE_REGISTRIES)[number];

/** The relationship types a registry import writes (and ends when a new release drops them). */
export const REGISTRY_RELATIONSHIP_TYPES: RelationshipType[] = ['PART_OF', 'AFFILIATED_WITH', 'SUCCESSOR_OF'];

/** Confidence of a registry-stated relationship: curated by the registry, not checked by us. */
export const REGISTRY_CONFIDENCE = 0.9;

/**
 * ROR types to the graph's organisation kind, in order of precedence: a record with several types
 * takes the first that applies (a university that also funds stays a University; a government
 * agency that funds is a Funder). All types are kept in `rorTypes`.
 */
const KIND_PRECEDENCE: Array<[string, OrganisationKind]> = [
  ['education', 'University'],
  ['funder', 'Funder'],
  ['government', 'GovernmentBody'],
  ['facility', 'ResearchInstitute'],
  ['company', 'Company'],
  ['healthcare', 'Other'],
  ['nonprofit', 'Other'],
  ['archive', 'Other'],
  ['other', 'Other'],
];

export function kindOfRorTypes(types: string[], name: string): OrganisationKind {
  for (const [type, kind] of KIND_PRECEDENCE) {
    if (types.includes(type)) {
      // ROR has no laboratory type; facilities named as laboratories are Laboratory.
      return kind === 'ResearchInstitute' && /laborator|\blab\b/i.test(name) ? 'Laboratory' : kind;
    }
  }
  return 'Other';
}

export function rorEntityId(rorId: string): string {
  return `ror:${rorId}`;
}

export function funderEntityId(funderId: string): string {
  return `fundref:${funderId}`;
}

/** Identifier values in the normal form screening and identity links compare (several spellings of one id). */
function identifierValues(values: string[]): string[] {
  return [...new Set(values.map(normaliseIdentifier).filter((value) => value.length >= 4))].sort();
}

/** One ROR record as the row `reference/upsert-ror-organisations` writes. */
export interface RorEntityRow {
  id: string;
  ror: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  kind: OrganisationKind;
  funder: boolean;
  rorTypes: string[];
  status: string;
  country: string[];
  city: string[];
  grid: string | null;
  isni: string[];
  wikidata: string | null;
  fundref: string[];
  identifierValues: string[];
  established: number | null;
  website: string | null;
  lastModified: string | null;
}

export function toRorEntityRow(record: RorOrganisation): RorEntityRow {
  const aliases = [...new Set(record.names.map((name) => name.value).filter((value) => value !== record.name))];
  const acronyms = [
    ...new Set(record.names.filter((name) => name.types.includes('acronym')).map((name) => name.value)),
  ];
  const ids = record.externalIds;
  const fundref = ids.fundref ?? [];
  return {
    id: rorEntityId(record.rorId),
    ror: record.rorId,
    name: record.name,
    aliases,
    acronyms,
    kind: kindOfRorTypes(record.types, record.name),
    funder: record.types.includes('funder'),
    rorTypes: record.types,
    status: record.status,
    country: record.countries,
    city: record.cities,
    grid: ids.grid?.[0] ?? null,
    isni: ids.isni ?? [],
    wikidata: ids.wikidata?.[0] ?? null,
    fundref,
    identifierValues: identifierValues([
      record.rorId,
      `https://ror.org/${record.rorId}`,
      ...(ids.grid ?? []),
      ...(ids.isni ?? []),
      ...(ids.wikidata ?? []),
      ...fundref,
      ...fundref.map((id) => `10.13039/${id}`),
    ]),
    established: record.established,
    website: record.website,
    lastModified: record.lastModified,
  };
}

/** A registry relationship as `reference/upsert-relationships` writes it. */
export interface RegistryRelationshipRow {
  fromId: string;
  toId: string;
  properties: Record<string, string>;
}

export interface RegistryRelationships {
  byType: Map<RelationshipType, Map<string, RegistryRelationshipRow>>;
}

export function emptyRelationships(): Map<RelationshipType, Map<string, RegistryRelationshipRow>> {
  return new Map(REGISTRY_RELATIONSHIP_TYPES.map((type) => [type, new Map()]));
}

function addRelationship(
  into: Map<RelationshipType, Map<string, RegistryRelationshipRow>>,
  type: RelationshipType,
  fromId: string,
  toId: string,
  properties: Record<string, string> = {},
): void {
  if (fromId === toId) {
    return;
  }
  into.get(type)!.set(`${fromId}>${toId}`, { fromId, toId, properties });
}

/**
 * How each ROR relationship reads in the graph's direction (from the subject to what it depends on):
 * parent → the record PART_OF it; child → the child PART_OF the record; related → AFFILIATED_WITH
 * {role: 'related'} as the record states it (ROR states it on both sides when both are in the dump);
 * successor → the successor SUCCESSOR_OF the record; predecessor → the record SUCCESSOR_OF it.
 */
const ROR_RELATIONSHIPS: Record<
  RorRelationshipType,
  { type: RelationshipType; recordIsSubject: boolean; properties?: Record<string, string> }
> = {
  parent: { type: 'PART_OF', recordIsSubject: true },
  child: { type: 'PART_OF', recordIsSubject: false },
  related: { type: 'AFFILIATED_WITH', recordIsSubject: true, properties: { role: 'related' } },
  successor: { type: 'SUCCESSOR_OF', recordIsSubject: false },
  predecessor: { type: 'SUCCESSOR_OF', recordIsSubject: true },
};

/** A ROR record's relationships in the graph (see ROR_RELATIONSHIPS). A pair stated from both ends is one relationship. */
export function addRorRelationships(
  record: RorOrganisation,
  into: Map<RelationshipType, Map<string, RegistryRelationshipRow>>,
): void {
  const self = rorEntityId(record.rorId);
  for (const relationship of record.relationships) {
    const other = rorEntityId(relationship.rorId);
    const { type, recordIsSubject, properties } = ROR_RELATIONSHIPS[relationship.type];
    addRelationship(into, type, recordIsSubject ? self : other, recordIsSubject ? other : self, properties);
  }
}

/** Funders grouped onto the entity each becomes: a ROR entity when the crosswalk maps it, else its own. */
export interface FunderEntityRow {
  id: string;
  /** The ROR id the crosswalk gives, or null for a funder of its own. */
  ror: string | null;
  name: string;
  aliases: string[];
  acronyms: string[];
  funderIds: string[];
  country: string[];
  bodyType: string | null;
  bodySubType: string | null;
  /** `deprecated` when every funder merged into the entity is deprecated in the registry. */
  status: string;
  identifierValues: string[];
}

export function toFunderEntityRows(
  funders: FunderRecord[],
  entityIdOf: (funderId: string) => string,
  countryOf: (geonamesId: string) => string | null,
): FunderEntityRow[] {
  const groups = new Map<string, FunderRecord[]>();
  for (const funder of funders) {
    const id = entityIdOf(funder.funderId);
    groups.set(id, [...(groups.get(id) ?? []), funder]);
  }
  return [...groups.entries()].map(([id, members]) => {
    // The preferred name is that of the lowest-numbered live funder: stable across runs.
    const ordered = [...members].sort(
      (left, right) =>
        Number(left.deprecated) - Number(right.deprecated) || left.funderId.localeCompare(right.funderId),
    );
    const name = ordered[0].name;
    const allNames = ordered.flatMap((funder) => funder.names);
    const funderIds = ordered.map((funder) => funder.funderId).sort();
    const countries = [
      ...new Set(
        ordered
          .map((funder) => (funder.countryGeonamesId ? countryOf(funder.countryGeonamesId) : null))
          .filter((code): code is string => code !== null),
      ),
    ];
    return {
      id,
      ror: id.startsWith('ror:') ? id.slice(4) : null,
      name,
      aliases: [...new Set(allNames.map((entry) => entry.value).filter((value) => value !== name))],
      acronyms: [...new Set(allNames.filter((entry) => entry.types.includes('acronym')).map((entry) => entry.value))],
      funderIds,
      country: countries,
      bodyType: ordered[0].bodyType,
      bodySubType: ordered[0].bodySubType,
      status: ordered.every((funder) => funder.deprecated) ? 'deprecated' : 'active',
      identifierValues: identifierValues(funderIds.flatMap((funderId) => [funderId, `10.13039/${funderId}`])),
    };
  });
}

/**
 * The funder hierarchy (skos:broader: the child PART_OF the parent) and replacements (dct:isReplacedBy,
 * svf:renamedAs: the new funder SUCCESSOR_OF the old), between the entities the funders became; and, since
 * 2026-12-04, `filedUnder`: funders ROR files on another body's record without a name of that body, each
 * AFFILIATED_WITH the record's entity instead of an automatic SAME_AS.
 */
export function funderRelationships(
  funders: FunderRecord[],
  entityIdOf: (funderId: string) => string,
  filedUnder: Array<{ funderId: string; entityId: string }> = [],
): Map<RelationshipType, Map<string, RegistryRelationshipRow>> {
  const into = emptyRelationships();
  // A funder ROR files on another body's record whose names are not that body's (reference-linking
  // splitFiledFunders): related to it by the registry, not the same body.
  for (const { funderId, entityId } of filedUnder) {
    addRelationship(into, 'AFFILIATED_WITH', entityIdOf(funderId), entityId);
  }
  for (const funder of funders) {
    const self = entityIdOf(funder.funderId);
    for (const parent of funder.broader) {
      addRelationship(into, 'PART_OF', self, entityIdOf(parent));
    }
    for (const successor of funder.replacedBy) {
      addRelationship(into, 'SUCCESSOR_OF', entityIdOf(successor), self);
    }
  }
  return into;
}
