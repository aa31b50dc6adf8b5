/** One name of a registry body, with its language and what kind of name it is. */
export interface ReferenceName {
  value: string;
  /** ISO 639-1 code, or null where the registry gives none. */
  lang: string | null;
  /** ROR's name types (`ror_display`, `label`, `alias`, `acronym`); the funder registry's `label`, `alias`, `acronym`. */
  types: string[];
}

/** The relationship types of ROR schema v2. */
export const ROR_RELATIONSHIP_TYPES = ['parent', 'child', 'related', 'successor', 'predecessor'] as const;
export type RorRelationshipType = (typeof ROR_RELATIONSHIP_TYPES)[number];

/** One ROR record (schema v2), reduced to what the graph keeps. */
export interface RorOrganisation {
  /** The bare ROR id (`02mhbdp94`), without `https://ror.org/`. */
  rorId: string;
  /** The `ror_display` name. */
  name: string;
  names: ReferenceName[];
  /** ROR types: education, facility, funder, government, company, healthcare, nonprofit, archive, other. */
  types: string[];
  /** active, inactive or withdrawn. */
  status: string;
  /** ISO 3166-1 alpha-2, lower case, from locations[].geonames_details.country_code. */
  countries: string[];
  cities: string[];
  /** External ids by type (grid, isni, wikidata, fundref), preferred first. */
  externalIds: Record<string, string[]>;
  relationships: Array<{ type: RorRelationshipType; rorId: string; label: string | null }>;
  established: number | null;
  lastModified: string | null;
  website: string | null;
}

/** One funder of the Crossref Open Funder Registry. */
export interface FunderRecord {
  /** The bare Funder Registry id (`501100001809`), without the DOI prefix `10.13039/`. */
  funderId: string;
  name: string;
  names: ReferenceName[];
  /** Parent funders (skos:broader), bare ids. */
  broader: string[];
  /** Funders this one was replaced by or renamed as (dct:isReplacedBy, svf:renamedAs), bare ids. */
  replacedBy: string[];
  /** The GeoNames id of svf:country (`6252001`), or null. */
  countryGeonamesId: string | null;
  /** `gov` or `pri`. */
  bodyType: string | null;
  bodySubType: string | null;
  deprecated: boolean;
  modified: string | null;
}

/** What a registry file says about itself, read while parsing. */
export interface RegistryHeader {
  /** The release or issue date the file carries (the funder registry's dct:created), or null. */
  issuedAt: string | null;
}
