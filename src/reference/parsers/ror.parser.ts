import type { Readable } from 'node:stream';
import { ReferenceFileMalformedError } from '../reference.errors';
import {
  ROR_RELATIONSHIP_TYPES,
  type ReferenceName,
  type RorOrganisation,
  type RorRelationshipType,
} from '../reference-record';
import { JsonArraySplitter } from './json-array-splitter';
import { openReferenceText } from './reference-file';

const ROR_PREFIX = /^https?:\/\/ror\.org\//;

/**
 * Streams ROR's v2 data dump (a JSON array of records, plain or gzipped), one record at a time:
 * memory stays at one record and one read buffer whatever the size of the dump.
 */
export async function* parseRorFile(path: string): AsyncGenerator<RorOrganisation> {
  yield* parseRorStream(await openReferenceText(path), path);
}

export async function* parseRorStream(stream: Readable, file: string): AsyncGenerator<RorOrganisation> {
  const splitter = new JsonArraySplitter();
  let position = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    let texts: string[];
    try {
      texts = splitter.push(chunk);
    } catch (error) {
      throw new ReferenceFileMalformedError(file, (error as Error).message, { record: position + 1 }, error);
    }
    for (const text of texts) {
      position += 1;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new ReferenceFileMalformedError(
          file,
          `not JSON: ${(error as Error).message}`,
          { record: position },
          error,
        );
      }
      yield toRorOrganisation(raw, file, position);
    }
  }
  try {
    splitter.end();
  } catch (error) {
    throw new ReferenceFileMalformedError(file, (error as Error).message, { record: position }, error);
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function bareRorId(value: string): string {
  return value.trim().replace(ROR_PREFIX, '');
}

/** One v2 record to what the graph keeps; a record without an id or a display name is malformed. */
export function toRorOrganisation(raw: unknown, file: string, position: number): RorOrganisation {
  if (!isObject(raw)) {
    throw new ReferenceFileMalformedError(file, 'a record is not an object', { record: position });
  }
  const id = text(raw.id);
  if (!id || !ROR_PREFIX.test(id)) {
    throw new ReferenceFileMalformedError(file, 'a record has no ROR id (https://ror.org/…)', { record: position });
  }
  const names: ReferenceName[] = array(raw.names).flatMap((name): ReferenceName[] => {
    if (!isObject(name) || !text(name.value)) {
      return [];
    }
    return [
      {
        value: text(name.value)!,
        lang: text(name.lang),
        types: array(name.types).filter((type): type is string => typeof type === 'string'),
      },
    ];
  });
  const display = names.find((name) => name.types.includes('ror_display')) ?? names[0];
  if (!display) {
    throw new ReferenceFileMalformedError(file, `record ${id} has no name`, { record: position, field: 'names' });
  }
  const countries = new Set<string>();
  const cities = new Set<string>();
  for (const location of array(raw.locations)) {
    const details = isObject(location) && isObject(location.geonames_details) ? location.geonames_details : null;
    const code = text(details?.country_code);
    if (code) {
      countries.add(code.toLowerCase());
    }
    const city = text(details?.name);
    if (city) {
      cities.add(city);
    }
  }
  const externalIds: Record<string, string[]> = {};
  for (const external of array(raw.external_ids)) {
    if (!isObject(external) || !text(external.type)) {
      continue;
    }
    const preferred = text(external.preferred);
    const all = array(external.all)
      .map(text)
      .filter((value): value is string => value !== null);
    const values = [...new Set([...(preferred ? [preferred] : []), ...all])];
    if (values.length > 0) {
      externalIds[text(external.type)!.toLowerCase()] = values;
    }
  }
  const relationships = array(raw.relationships).flatMap((relationship): RorOrganisation['relationships'] => {
    if (!isObject(relationship)) {
      return [];
    }
    const type = text(relationship.type)?.toLowerCase();
    const target = text(relationship.id);
    if (!type || !target || !(ROR_RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      return [];
    }
    return [{ type: type as RorRelationshipType, rorId: bareRorId(target), label: text(relationship.label) }];
  });
  const admin = isObject(raw.admin) && isObject(raw.admin.last_modified) ? raw.admin.last_modified : null;
  const website = array(raw.links).find((link) => isObject(link) && link.type === 'website');
  return {
    rorId: bareRorId(id),
    name: display.value,
    names,
    types: array(raw.types).filter((type): type is string => typeof type === 'string'),
    status: text(raw.status) ?? 'active',
    countries: [...countries],
    cities: [...cities],
    externalIds,
    relationships,
    established: typeof raw.established === 'number' ? raw.established : null,
    lastModified: text(admin?.date),
    website: isObject(website) ? text(website.value) : null,
  };
}
