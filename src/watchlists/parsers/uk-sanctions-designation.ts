import {
  bareRelationship,
  emptyEntry,
  type AliasQuality,
  type WatchlistAddress,
  type WatchlistEntry,
  type WatchlistIdentifier,
  type WatchlistParseEvent,
  type WatchlistPosition,
  type WatchlistRelationship,
  type WatchlistSchema,
} from '../watchlist-record';
import { addCountry, toCountry } from '../../common/country-codes';
import { addProperty, clean, pushUnique, toIsoDate } from './watchlist-parser';
import { rejectedEvent } from './parse-event';

/** The list id of the UK Sanctions List, whatever file it is read from. */
export const UK_SANCTIONS_LIST_ID = 'uk-sanctions';

export interface UkName {
  /** Name 1 … Name 5: given names for people, rarely used for entities and ships. */
  given: string[];
  /** Name 6: the family name of a person, the whole name of an entity or ship. */
  family: string;
  /** As written ("Primary Name", "Primary name", "Primary Name Variation", "Alias", "ALias"). */
  type: string;
  /** "Good quality a.k.a", "Low quality a.k.a" or empty. */
  aliasStrength: string;
  title: string;
}

export interface UkAddress {
  lines: string[];
  postalCode: string;
  country: string;
}

/**
 * One designation of the UK Sanctions List as the FCDO's three shapes carry it (the official CSV, one
 * row per name and address; the official XML, one Designation element; the processed JSON lines, one
 * object), so that one mapping turns every shape into the same entry.
 */
export interface UkDesignation {
  uniqueId: string;
  ofsiGroupId: string;
  unReferenceNumber: string;
  /** As written: ISO in the JSON lines, dd/mm/yyyy in the official files. */
  lastUpdated: string;
  dateDesignated: string;
  names: UkName[];
  nonLatinNames: Array<{ name: string; scriptType: string; language: string }>;
  regime: string;
  /** Individual, Entity or Ship. */
  designationType: string;
  designationSource: string;
  sanctionsImposed: string[];
  otherInformation: string;
  statementOfReasons: string;
  addresses: UkAddress[];
  phones: string[];
  websites: string[];
  emails: string[];
  birthDates: string[];
  nationalities: string[];
  nationalIdentifiers: string[];
  passports: string[];
  positions: string[];
  genders: string[];
  birthPlaces: string[];
  typesOfEntity: string[];
  parentCompanies: string[];
  subsidiaries: string[];
  businessRegistrationNumbers: string[];
  imoNumbers: string[];
  currentOwners: string[];
  flags: string[];
  shipTypes: string[];
  position: WatchlistPosition;
}

export function emptyDesignation(uniqueId: string, position: WatchlistPosition): UkDesignation {
  return {
    uniqueId,
    ofsiGroupId: '',
    unReferenceNumber: '',
    lastUpdated: '',
    dateDesignated: '',
    names: [],
    nonLatinNames: [],
    regime: '',
    designationType: '',
    designationSource: '',
    sanctionsImposed: [],
    otherInformation: '',
    statementOfReasons: '',
    addresses: [],
    phones: [],
    websites: [],
    emails: [],
    birthDates: [],
    nationalities: [],
    nationalIdentifiers: [],
    passports: [],
    positions: [],
    genders: [],
    birthPlaces: [],
    typesOfEntity: [],
    parentCompanies: [],
    subsidiaries: [],
    businessRegistrationNumbers: [],
    imoNumbers: [],
    currentOwners: [],
    flags: [],
    shipTypes: [],
    position,
  };
}

/** Identifier types as other lists name them, so identity links across lists compare like with like. */
export const UK_IDENTIFIER_TYPES = {
  unReference: 'UN Reference Number',
  ofsiGroup: 'OFSI Group ID',
  businessRegistration: 'Business Registration Number',
  imo: 'IMO Number',
  nationalIdentifier: 'National Identifier',
  passport: 'Passport',
} as const;

/** Words in "Type of entity" that say the entity is a company (FtM Company), not another organisation. */
const COMPANY_TYPE =
  /\b(compan(y|ies)|corporation|enterprise|business|limited|llc|ltd|jsc|pjsc|ojsc|cjsc|ooo|oao|zao|plc|gmbh|fze|fzco|joint[- ]stock|partnership)\b/i;
/** "IMO number: 5342883", "IMO No. 9123456", "IMO 9123456". */
const IMO_IN_TEXT = /\bIMO(?:\s+(?:number|no\.?))?\s*:?\s*(\d{7})\b/gi;

/** dd/mm/yyyy (the official files) or ISO (the JSON lines); "dd/mm/1950" (day and month unknown) is the year. */
export function ukDate(raw: string): string | null {
  const text = clean(raw);
  const official = /^(\d{2}|dd)\/(\d{2}|mm)\/(\d{4})$/i.exec(text);
  if (official) {
    if (!/^\d+$/.test(official[2])) {
      return official[3];
    }
    if (!/^\d+$/.test(official[1])) {
      return `${official[3]}-${official[2]}`;
    }
    return `${official[3]}-${official[2]}-${official[1]}`;
  }
  return toIsoDate(text);
}

function fullName(name: UkName, schema: WatchlistSchema): string {
  const parts = schema === 'Person' ? [...name.given, name.family] : [name.family || name.given.join(' ')];
  return clean(parts.filter((part) => clean(part).length > 0).join(' '));
}

function isPrimary(name: UkName): boolean {
  return clean(name.type).toLowerCase() === 'primary name';
}

function aliasQuality(name: UkName): AliasQuality {
  return /low quality/i.test(name.aliasStrength) ? 'weak' : 'strong';
}

function schemaOf(designation: UkDesignation): WatchlistSchema | null {
  switch (clean(designation.designationType).toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'ship':
      return 'Vessel';
    case 'entity':
      return designation.typesOfEntity.some((type) => COMPANY_TYPE.test(type)) ? 'Company' : 'Organization';
    default:
      return null;
  }
}

/** Names compared for parent/subsidiary resolution: case, punctuation and spacing ignored. */
export function comparableName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One designation as an entry, or a rejection when it has no usable id, type or name. */
export function designationToEvent(designation: UkDesignation, listId: string): WatchlistParseEvent {
  const { position } = designation;
  const id = clean(designation.uniqueId);
  if (id.length === 0) {
    return rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', 'The designation has no Unique ID');
  }
  const schema = schemaOf(designation);
  if (schema === null) {
    return rejectedEvent(
      position,
      'WATCHLIST_RECORD_INVALID',
      `${id}: designation type ${JSON.stringify(designation.designationType)} is not Individual, Entity or Ship`,
    );
  }
  const named = designation.names
    .map((name) => ({ name, text: fullName(name, schema) }))
    .filter((candidate) => candidate.text.length > 0);
  const primary = named.find((candidate) => isPrimary(candidate.name)) ?? named[0];
  if (!primary) {
    return rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', `${id} has no name`);
  }
  const entry = emptyEntry(listId, id, schema, primary.text, position);
  for (const { name, text } of named) {
    if (text === entry.name || entry.aliases.some((alias) => alias.name === text)) {
      continue;
    }
    // A second primary name and the primary name's variations (spellings, transliterations) are as
    // strong as the name; an alias is as strong as the list grades it (ungraded counts as strong).
    const quality = /^alias$/i.test(clean(name.type)) ? aliasQuality(name) : 'strong';
    entry.aliases.push({ name: text, quality, type: 'aka' });
    if (name.title) {
      addProperty(entry.properties, 'title', name.title);
    }
  }
  if (primary.name.title) {
    addProperty(entry.properties, 'title', primary.name.title);
  }
  for (const nonLatin of designation.nonLatinNames) {
    const text = clean(nonLatin.name);
    if (text.length > 0 && text !== entry.name && !entry.aliases.some((alias) => alias.name === text)) {
      const note = [nonLatin.scriptType, nonLatin.language].map(clean).filter(Boolean).join(', ');
      entry.aliases.push(
        note
          ? { name: text, quality: 'strong', type: 'original-script', note }
          : { name: text, quality: 'strong', type: 'original-script' },
      );
    }
  }
  pushUnique(entry.programmes, designation.regime);
  addProperty(entry.properties, 'regime', designation.regime);
  addProperty(entry.properties, 'designationType', designation.designationType);
  addProperty(entry.properties, 'designationSource', designation.designationSource);
  for (const sanction of designation.sanctionsImposed) {
    addProperty(entry.properties, 'sanctionsImposed', sanction);
  }
  addProperty(entry.properties, 'lastUpdated', ukDate(designation.lastUpdated) ?? designation.lastUpdated);
  entry.listedFrom = ukDate(designation.dateDesignated);

  const identifiers: WatchlistIdentifier[] = [];
  const identify = (type: string, value: string, note?: string): void => {
    const text = clean(value);
    if (text.length > 0 && !identifiers.some((known) => known.type === type && known.value === text)) {
      identifiers.push(note ? { type, value: text, note } : { type, value: text });
    }
  };
  identify(UK_IDENTIFIER_TYPES.unReference, designation.unReferenceNumber);
  identify(UK_IDENTIFIER_TYPES.ofsiGroup, designation.ofsiGroupId);
  const numbered: [string, string[]][] = [
    [UK_IDENTIFIER_TYPES.businessRegistration, designation.businessRegistrationNumbers],
    [UK_IDENTIFIER_TYPES.nationalIdentifier, designation.nationalIdentifiers],
    [UK_IDENTIFIER_TYPES.passport, designation.passports],
  ];
  for (const [type, numbers] of numbered) {
    numbers.forEach((number) => identify(type, number));
  }
  const imoNumbers = [...designation.imoNumbers];
  // The processed copy has no ship details; a ship's IMO number survives only in its free text.
  if (schema === 'Vessel' && imoNumbers.length === 0) {
    for (const match of designation.otherInformation.matchAll(IMO_IN_TEXT)) {
      imoNumbers.push(match[1]);
    }
  }
  for (const number of imoNumbers) {
    identify(UK_IDENTIFIER_TYPES.imo, number.replace(/^IMO\s*/i, ''));
  }
  entry.identifiers = identifiers;
  addProperty(entry.properties, 'ofsiGroupId', designation.ofsiGroupId);
  addProperty(entry.properties, 'unReferenceNumber', designation.unReferenceNumber);

  pushUnique(entry.remarks, designation.otherInformation);
  pushUnique(entry.remarks, designation.statementOfReasons);
  for (const address of designation.addresses) {
    const parsed = toAddress(address);
    if (parsed) {
      entry.addresses.push(parsed);
      if (address.country) {
        addCountry(entry.countries, address.country);
      }
    }
  }
  designation.birthDates.forEach((birthDate) => pushUnique(entry.birthDates, ukDate(birthDate)));
  designation.nationalities.forEach((nationality) => addCountry(entry.nationalities, nationality));
  designation.birthPlaces.forEach((place) => pushUnique(entry.birthPlaces, place));
  designation.positions.forEach((held) => pushUnique(entry.positions, held));
  const gender = clean(designation.genders[0]);
  entry.gender = gender ? gender.toLowerCase() : null;
  for (const [key, values] of [
    ['phone', designation.phones],
    ['website', designation.websites],
    ['email', designation.emails],
    ['typeOfEntity', designation.typesOfEntity],
    ['parentCompany', designation.parentCompanies],
    ['subsidiaries', designation.subsidiaries],
    ['currentOwnerOperator', designation.currentOwners],
    ['flag', designation.flags],
    ['typeOfShip', designation.shipTypes],
  ] as const) {
    for (const value of values) {
      addProperty(entry.properties, key, value);
    }
  }
  return { kind: 'entry', entry };
}

function toAddress(address: UkAddress): WatchlistAddress | null {
  const lines = address.lines.map(clean).filter((line) => line.length > 0);
  const postalCode = clean(address.postalCode);
  const country = clean(address.country);
  const full = [...lines, postalCode, country].filter((part) => part.length > 0).join(', ');
  if (full.length === 0) {
    return null;
  }
  const parsed: WatchlistAddress = { full };
  if (lines.length > 0) {
    parsed.street = lines[0];
  }
  if (postalCode) {
    parsed.postalCode = postalCode;
  }
  if (country) {
    parsed.country = toCountry(country);
  }
  return parsed;
}

/**
 * Turns the parent companies and subsidiaries the list names into SUBSIDIARY_OF relationships
 * between entries of the same file. The list gives names, not ids, so a name links only when it is
 * exactly (ignoring case and punctuation) the name or alias of one other entity of the list;
 * otherwise it stays text on the entry (`parentCompany`, `subsidiaries`). Called with every entry of
 * the file, after the last one.
 */
export class UkCorporateLinks {
  private readonly byName = new Map<string, Set<string>>();
  private readonly stated: Array<{
    entryId: string;
    other: string;
    direction: 'parent' | 'subsidiary';
    position: WatchlistPosition;
  }> = [];

  constructor(private readonly listId: string) {}

  add(entry: WatchlistEntry): void {
    if (entry.schema === 'Person' || entry.schema === 'Vessel') {
      return;
    }
    for (const name of [entry.name, ...entry.aliases.map((alias) => alias.name)]) {
      const key = comparableName(name);
      if (key.length > 0) {
        const ids = this.byName.get(key) ?? new Set<string>();
        ids.add(entry.entryId);
        this.byName.set(key, ids);
      }
    }
    for (const other of entry.properties.parentCompany ?? []) {
      this.stated.push({ entryId: entry.entryId, other, direction: 'parent', position: entry.position });
    }
    for (const other of entry.properties.subsidiaries ?? []) {
      this.stated.push({ entryId: entry.entryId, other, direction: 'subsidiary', position: entry.position });
    }
  }

  relationships(): WatchlistRelationship[] {
    const relationships = new Map<string, WatchlistRelationship>();
    for (const link of this.stated) {
      // A field may name several companies, separated by semicolons or new lines.
      for (const name of link.other.split(/[;\n]/)) {
        const ids = [...(this.byName.get(comparableName(name)) ?? [])].filter((id) => id !== link.entryId);
        if (ids.length !== 1) {
          continue;
        }
        const [subsidiary, parent] = link.direction === 'parent' ? [link.entryId, ids[0]] : [ids[0], link.entryId];
        const relationshipId = `${subsidiary}>SUBSIDIARY_OF>${parent}`;
        if (relationships.has(relationshipId)) {
          continue;
        }
        relationships.set(
          relationshipId,
          bareRelationship({
            listId: this.listId,
            relationshipId,
            type: 'SUBSIDIARY_OF',
            sourceSchema: 'Subsidiary',
            fromEntryId: subsidiary,
            toEntryId: parent,
            role: link.direction === 'parent' ? 'Parent company' : 'Subsidiaries',
            position: link.position,
          }),
        );
      }
    }
    return [...relationships.values()];
  }
}

/**
 * The events of a stream of designations (and of the reader's own events, passed on): an entry or
 * rejection each, then the SUBSIDIARY_OF links between entries on the list.
 */
export async function* ukDesignationEvents(
  items: AsyncIterable<UkDesignation | WatchlistParseEvent>,
  listId: string,
): AsyncGenerator<WatchlistParseEvent> {
  const links = new UkCorporateLinks(listId);
  for await (const item of items) {
    if ('kind' in item) {
      yield item;
      continue;
    }
    const event = designationToEvent(item, listId);
    if (event.kind === 'entry') {
      links.add(event.entry);
    }
    yield event;
  }
  for (const relationship of links.relationships()) {
    yield { kind: 'relationship', relationship };
  }
}
