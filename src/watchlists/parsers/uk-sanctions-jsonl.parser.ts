import type { WatchlistParseEvent, WatchlistPosition } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { firstLine } from './ftm.parser';
import { DEFAULT_MAX_LINE_CHARS, openText, recordLines } from './text-input';
import {
  emptyDesignation,
  UK_SANCTIONS_LIST_ID,
  ukDesignationEvents,
  type UkDesignation,
} from './uk-sanctions-designation';
import { CountingParser, type ParseRequest } from './watchlist-parser';
import { metadataEvent, rejectedEvent } from './parse-event';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The `items` of a `{ "names": [...] }` / `{ "addresses": [...] }` wrapper, objects only. */
function wrapped(value: unknown, key: string): JsonObject[] {
  const items = isObject(value) ? value[key] : undefined;
  return Array.isArray(items) ? items.filter(isObject) : [];
}

/** One JSON line of the processed copy as a designation; a string says why it is not one. */
export function readUkJsonLine(line: string, position: WatchlistPosition): UkDesignation | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
  if (!isObject(value)) {
    return 'not a JSON object';
  }
  const designation = emptyDesignation(text(value.unique_id), position);
  designation.ofsiGroupId = text(value.ofsi_group_id);
  designation.unReferenceNumber = text(value.un_reference_number);
  designation.lastUpdated = text(value.last_updated);
  designation.dateDesignated = text(value.date_designated);
  designation.names = wrapped(value.names, 'names').map((name) => ({
    given: ['name1', 'name2', 'name3', 'name4', 'name5'].map((key) => text(name[key])),
    family: text(name.name6),
    type: text(name.name_type),
    aliasStrength: text(name.alias_strength),
    title: text(name.title),
  }));
  designation.nonLatinNames = wrapped(value.non_latin_names, 'names').map((name) => ({
    name: text(name.name_non_latin_script),
    scriptType: text(name.non_latin_script_type),
    language: text(name.non_latin_script_language),
  }));
  designation.regime = text(value.regime_name);
  designation.designationType = text(value.individual_entity_ship);
  designation.designationSource = text(value.designation_source);
  designation.sanctionsImposed = text(value.sanctions_imposed)
    .split('|')
    .map((sanction) => sanction.trim())
    .filter(Boolean);
  designation.otherInformation = text(value.other_information);
  designation.statementOfReasons = text(value.uk_statement_of_reasons);
  designation.addresses = wrapped(value.addresses, 'addresses').map((address) => ({
    lines: [1, 2, 3, 4, 5, 6].map((index) => text(address[`address_line${index}`])),
    postalCode: text(address.address_postal_code),
    country: text(address.address_country),
  }));
  return designation;
}

/**
 * The UK Sanctions List as processed by the ammitto project: one JSON object a line, one line per
 * designation, keys as the FCDO XML's elements in snake case (`unique_id`, `names.names[].name6`,
 * `regime_name`, `individual_entity_ship`, …). It lacks what the official files carry in their
 * individual, entity and ship details (dates of birth, parent companies, IMO numbers…); a ship's IMO
 * number is read from its free text when stated there. The file carries no issue date.
 */
export class UkSanctionsJsonlParser extends CountingParser {
  readonly format = 'uk-sanctions-jsonl' as const;
  readonly defaultListId = UK_SANCTIONS_LIST_ID;

  protected async *read({ source, options, listId }: ParseRequest): AsyncGenerator<WatchlistParseEvent> {
    const maxLineChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
    const { text: input, fileName } = await openText(source);
    const first = await firstLine(input, maxLineChars);
    if (!first || !/^\{.*"unique_id"\s*:/.test(first.line)) {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        'Not UK Sanctions List JSON lines: the first line must be a JSON object with "unique_id"',
        { file: fileName, line: 1 },
      );
    }
    yield* ukDesignationEvents(this.readLines(input, fileName, listId, maxLineChars), listId);
  }

  private async *readLines(
    input: AsyncIterable<string>,
    fileName: string,
    listId: string,
    maxLineChars: number,
  ): AsyncGenerator<UkDesignation | WatchlistParseEvent> {
    yield metadataEvent({ format: this.format, listId, files: [fileName] });
    for await (const line of recordLines(input, fileName, maxLineChars)) {
      if (!line.ok) {
        yield line.event;
        continue;
      }
      const designation = readUkJsonLine(line.text, line.position);
      yield typeof designation === 'string'
        ? rejectedEvent(line.position, 'WATCHLIST_RECORD_INVALID', designation)
        : designation;
    }
  }
}
