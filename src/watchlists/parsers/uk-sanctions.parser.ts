import { SaxesParser } from 'saxes';
import type { WatchlistParseEvent, WatchlistPosition } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { readHeadedTable } from './headed-table';
import { DEFAULT_MAX_FIELD_CHARS, malformedXml, openText, PeekableText } from './text-input';
import {
  emptyDesignation,
  UK_SANCTIONS_LIST_ID,
  ukDate,
  ukDesignationEvents,
  type UkDesignation,
} from './uk-sanctions-designation';
import { clean, CountingParser, type ParseRequest, type WatchlistParseOptions } from './watchlist-parser';
import { metadataEvent } from './parse-event';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FEED_SLICE_CHARS = 64 * 1024;

/** The columns that identify the official CSV (2026 layout, 58 columns). */
const REQUIRED_COLUMNS = ['Unique ID', 'Name 6', 'Name type', 'Regime Name', 'Designation Type'];

/** "Report Date: 13-Feb-2026" → 2026-02-13. */
export function reportDate(line: string): string | null {
  const match = /^\uFEFF?\s*"?Report Date:\s*(\d{1,2})[-\s/]([A-Za-z]{3})[A-Za-z]*[-\s/](\d{4})/i.exec(line);
  if (!match) {
    return null;
  }
  const month = MONTHS.indexOf(match[2].toLowerCase());
  return month < 0 ? null : `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

function push(values: string[], value: string | undefined): void {
  const text = clean(value);
  if (text.length > 0 && !values.includes(text)) {
    values.push(text);
  }
}

/**
 * The UK Sanctions List (FCDO) in its two official shapes, told apart by their first characters:
 * - the CSV, which starts with a `Report Date: 13-Feb-2026` line, then a header of 58 columns, then
 *   one row per name (and address) of a designation, so a designation spans several rows sharing its
 *   Unique ID. Rows are gathered by Unique ID and each designation is yielded at the end, in the order
 *   first seen (the list is some thousand designations, so this holds one list in memory, not a file);
 * - the XML (`UK-Sanctions-List.xml`): `<Designations>` with a `<DateGenerated>` and one
 *   `<Designation>` element per designation, streamed one at a time.
 * Names, non-Latin names, regime (the programme), UN reference number and OFSI group id (identifiers),
 * dates, addresses, individual details, the entity fields Type of entity, Parent company, Subsidiaries
 * and Business registration number(s), and ship details (IMO number, owners, flags) are read; parent
 * companies and subsidiaries that are themselves on the list become SUBSIDIARY_OF relationships.
 */
export class UkSanctionsParser extends CountingParser {
  readonly format = 'uk-sanctions' as const;
  readonly defaultListId = UK_SANCTIONS_LIST_ID;

  protected async *read({ source, options, listId }: ParseRequest): AsyncGenerator<WatchlistParseEvent> {
    const { text, fileName } = await openText(source);
    const head = (await text.head(4096)).replace(/^\uFEFF/, '');
    const designations: AsyncGenerator<UkDesignation | WatchlistParseEvent> = head.trimStart().startsWith('<')
      ? this.readXml(text, head, fileName, listId, options)
      : this.readCsv(text, head, fileName, listId);
    yield* ukDesignationEvents(designations, listId);
  }

  private async *readCsv(
    text: PeekableText,
    head: string,
    fileName: string,
    listId: string,
  ): AsyncGenerator<UkDesignation | WatchlistParseEvent> {
    const firstLineEnd = head.indexOf('\n');
    const firstLine = firstLineEnd === -1 ? head : head.slice(0, firstLineEnd);
    const issuedAt = reportDate(firstLine);
    if (issuedAt === null && !firstLine.includes('Unique ID')) {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        'Not a UK Sanctions List file: neither XML nor a CSV starting with "Report Date:" or its header',
        { file: fileName, line: 1 },
      );
    }
    yield metadataEvent({ format: this.format, listId, files: [fileName], issuedAt });
    // The header follows the Report Date line: the table starts one line down.
    const table = issuedAt === null ? text : new PeekableText(dropFirstLine(text));
    const lineOffset = issuedAt === null ? 0 : 1;
    const byId = new Map<string, UkDesignation>();
    const rows = readHeadedTable(
      table,
      { fileName, delimiter: ',', requiredColumns: REQUIRED_COLUMNS, formatName: 'UK Sanctions List CSV' },
      {},
    );
    for await (const row of rows) {
      if (!row.ok) {
        if (row.event.kind === 'rejected' && row.event.rejection.line !== null) {
          row.event.rejection.line += lineOffset;
        }
        yield row.event;
        continue;
      }
      const values = row.values;
      const id = clean(values['Unique ID']);
      const position: WatchlistPosition = {
        file: fileName,
        line: row.position.line === null ? null : row.position.line + lineOffset,
        record: byId.size + (byId.has(id) ? 0 : 1),
      };
      let designation = byId.get(id);
      if (!designation) {
        designation = emptyDesignation(id, position);
        byId.set(id, designation);
      }
      addCsvRow(designation, values);
    }
    yield* byId.values();
  }

  private async *readXml(
    text: PeekableText,
    head: string,
    fileName: string,
    listId: string,
    options: WatchlistParseOptions,
  ): AsyncGenerator<UkDesignation | WatchlistParseEvent> {
    const root = /<([A-Za-z_][\w.-]*)[\s>]/.exec(head.replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, ''));
    if (!root || root[1] !== 'Designations') {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        `Not a UK Sanctions List XML: the root element is <${root?.[1] ?? '?'}>, expected <Designations>`,
        { file: fileName, line: 1 },
      );
    }
    const generated = /<DateGenerated>([^<]*)<\/DateGenerated>/.exec(head);
    yield metadataEvent({
      format: this.format,
      listId,
      files: [fileName],
      issuedAt: generated ? ukDate(generated[1]) : null,
    });
    const maxFieldChars = options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
    const parser = new SaxesParser({ fileName });
    const ready: UkDesignation[] = [];
    let current: { designation: UkDesignation; path: string[]; text: string; name: Record<string, string> } | null =
      null;
    let address: Record<string, string> | null = null;
    let nonLatin: Record<string, string> | null = null;
    let record = 0;
    let failure: Error | null = null;
    parser.on('error', (error) => {
      failure ??= error;
    });
    parser.on('opentag', (tag) => {
      if (tag.name === 'Designation') {
        record += 1;
        current = {
          designation: emptyDesignation('', { file: fileName, line: parser.line, record }),
          path: [],
          text: '',
          name: {},
        };
        return;
      }
      if (!current) {
        return;
      }
      current.path.push(tag.name);
      current.text = '';
      if (tag.name === 'Name' && current.path.at(-2) === 'Names') {
        current.name = {};
      } else if (tag.name === 'Address') {
        address = {};
      } else if (tag.name === 'NonLatinName') {
        nonLatin = {};
      }
    });
    parser.on('text', (value) => {
      if (current) {
        current.text += value;
        if (current.text.length > maxFieldChars) {
          failure ??= new WatchlistError(
            'WATCHLIST_FIELD_TOO_LARGE',
            `A text field is longer than ${maxFieldChars} characters`,
            {
              file: fileName,
              line: parser.line,
              record,
            },
          );
        }
      }
    });
    parser.on('closetag', (tag) => {
      if (!current) {
        return;
      }
      if (tag.name === 'Designation') {
        ready.push(current.designation);
        current = null;
        return;
      }
      const value = clean(current.text);
      current.text = '';
      readXmlElement(current.designation, tag.name, value, current.name, address, nonLatin);
      if (tag.name === 'Name' && current.path.at(-2) === 'Names') {
        current.designation.names.push({
          given: ['Name1', 'Name2', 'Name3', 'Name4', 'Name5'].map((key) => current?.name[key] ?? ''),
          family: current.name.Name6 ?? '',
          type: current.name.NameType ?? '',
          aliasStrength: current.name.AliasStrength ?? '',
          title: current.name.Title ?? '',
        });
      } else if (tag.name === 'Address' && address) {
        current.designation.addresses.push({
          lines: [1, 2, 3, 4, 5, 6].map((index) => address?.[`AddressLine${index}`] ?? ''),
          postalCode: address.AddressPostalCode ?? '',
          country: address.AddressCountry ?? '',
        });
        address = null;
      } else if (tag.name === 'NonLatinName' && nonLatin) {
        current.designation.nonLatinNames.push({
          name: nonLatin.NameNonLatinScript ?? '',
          scriptType: nonLatin.NonLatinScriptType ?? '',
          language: nonLatin.NonLatinScriptLanguage ?? '',
        });
        nonLatin = null;
      }
      current.path.pop();
    });
    for await (const chunk of text) {
      for (let start = 0; start < chunk.length; start += FEED_SLICE_CHARS) {
        parser.write(chunk.slice(start, start + FEED_SLICE_CHARS));
        if (failure) {
          throw malformedXml(failure, fileName, parser.line);
        }
      }
      yield* ready.splice(0);
    }
    parser.close();
    if (failure) {
      throw malformedXml(failure, fileName, parser.line);
    }
    yield* ready.splice(0);
  }
}

async function* dropFirstLine(text: AsyncIterable<string>): AsyncGenerator<string> {
  let dropped = false;
  for await (const chunk of text) {
    if (dropped) {
      yield chunk;
      continue;
    }
    const newline = chunk.indexOf('\n');
    if (newline !== -1) {
      dropped = true;
      if (newline + 1 < chunk.length) {
        yield chunk.slice(newline + 1);
      }
    }
  }
}

/** Elements whose text is one value of a list; matched by element name wherever their wrapper puts them. */
const XML_LISTS: Record<string, (designation: UkDesignation) => string[]> = {
  PhoneNumber: (designation) => designation.phones,
  Website: (designation) => designation.websites,
  EmailAddress: (designation) => designation.emails,
  DOB: (designation) => designation.birthDates,
  Nationality: (designation) => designation.nationalities,
  NationalIdentifierNumber: (designation) => designation.nationalIdentifiers,
  PassportNumber: (designation) => designation.passports,
  Position: (designation) => designation.positions,
  Gender: (designation) => designation.genders,
  TypeOfEntity: (designation) => designation.typesOfEntity,
  ParentCompany: (designation) => designation.parentCompanies,
  Subsidiary: (designation) => designation.subsidiaries,
  BusinessRegistrationNumber: (designation) => designation.businessRegistrationNumbers,
  IMONumber: (designation) => designation.imoNumbers,
  CurrentOwnerOperator: (designation) => designation.currentOwners,
  CurrentBelievedFlagOfShip: (designation) => designation.flags,
  TypeOfShip: (designation) => designation.shipTypes,
};

function readXmlElement(
  designation: UkDesignation,
  element: string,
  value: string,
  name: Record<string, string>,
  address: Record<string, string> | null,
  nonLatin: Record<string, string> | null,
): void {
  if (value.length === 0) {
    return;
  }
  if (/^Name[1-6]$/.test(element) || element === 'NameType' || element === 'AliasStrength' || element === 'Title') {
    name[element] = value;
    if (element !== 'Title') {
      return;
    }
  }
  if (address && /^Address(Line[1-6]|PostalCode|Country)$/.test(element)) {
    address[element] = value;
    return;
  }
  if (nonLatin && /^(NameNonLatinScript|NonLatinScriptType|NonLatinScriptLanguage)$/.test(element)) {
    nonLatin[element] = value;
    return;
  }
  switch (element) {
    case 'UniqueID':
      designation.uniqueId = value;
      return;
    case 'OFSIGroupID':
      designation.ofsiGroupId = value;
      return;
    case 'UNReferenceNumber':
      designation.unReferenceNumber = value;
      return;
    case 'LastUpdated':
      designation.lastUpdated = value;
      return;
    case 'DateDesignated':
      designation.dateDesignated = value;
      return;
    case 'RegimeName':
      designation.regime = value;
      return;
    case 'IndividualEntityShip':
      designation.designationType = value;
      return;
    case 'DesignationSource':
      designation.designationSource = value;
      return;
    case 'SanctionsImposed':
      for (const sanction of value.split('|')) {
        push(designation.sanctionsImposed, sanction);
      }
      return;
    case 'OtherInformation':
      designation.otherInformation = value;
      return;
    case 'UKStatementofReasons':
      designation.statementOfReasons = value;
      return;
    case 'TownOfBirth':
    case 'CountryOfBirth':
      push(designation.birthPlaces, value);
      return;
  }
  const list = XML_LISTS[element];
  if (list) {
    push(list(designation), value);
  }
}

/** Splits a multi-valued CSV cell: the FCDO separates values with new lines or semicolons. */
function cellValues(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n|;/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function addCsvRow(designation: UkDesignation, values: Record<string, string>): void {
  const single = (column: string): string => clean(values[column]);
  designation.lastUpdated ||= single('Last Updated');
  designation.ofsiGroupId ||= single('OFSI Group ID');
  designation.unReferenceNumber ||= single('UN Reference Number');
  designation.regime ||= single('Regime Name');
  designation.designationType ||= single('Designation Type');
  designation.designationSource ||= single('Designation source');
  designation.otherInformation ||= single('Other Information');
  designation.statementOfReasons ||= single('UK Statement of Reasons');
  designation.dateDesignated ||= single('Date Designated');
  for (const sanction of single('Sanctions Imposed').split('|')) {
    push(designation.sanctionsImposed, sanction);
  }
  const name = {
    given: ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'].map(single),
    family: single('Name 6'),
    type: single('Name type'),
    aliasStrength: single('Alias strength'),
    title: single('Title'),
  };
  const key = (candidate: typeof name): string => [...candidate.given, candidate.family, candidate.type].join('|');
  if ((name.family || name.given.some(Boolean)) && !designation.names.some((known) => key(known) === key(name))) {
    designation.names.push(name);
  }
  const nonLatin = single('Name non-latin script');
  if (nonLatin && !designation.nonLatinNames.some((known) => known.name === nonLatin)) {
    designation.nonLatinNames.push({
      name: nonLatin,
      scriptType: single('Non-latin script type'),
      language: single('Non-latin script language'),
    });
  }
  const address = {
    lines: [1, 2, 3, 4, 5, 6].map((index) => single(`Address Line ${index}`)),
    postalCode: single('Address Postal Code'),
    country: single('Address Country'),
  };
  const addressKey = (candidate: typeof address): string =>
    [...candidate.lines, candidate.postalCode, candidate.country].join('|');
  if (
    addressKey(address).replace(/\|/g, '').length > 0 &&
    !designation.addresses.some((known) => addressKey(known) === addressKey(address))
  ) {
    designation.addresses.push(address);
  }
  const lists: Array<[string, string[]]> = [
    ['Phone number', designation.phones],
    ['Website', designation.websites],
    ['Email address', designation.emails],
    ['D.O.B', designation.birthDates],
    ['Nationality(/ies)', designation.nationalities],
    ['National Identifier number', designation.nationalIdentifiers],
    ['Passport number', designation.passports],
    ['Position', designation.positions],
    ['Gender', designation.genders],
    ['Type of entity', designation.typesOfEntity],
    ['Subsidiaries', designation.subsidiaries],
    ['Parent company', designation.parentCompanies],
    ['Business registration number (s)', designation.businessRegistrationNumbers],
    ['IMO number', designation.imoNumbers],
    ['Current owner/operator (s)', designation.currentOwners],
    ['Current believed flag of ship', designation.flags],
    ['Type of ship', designation.shipTypes],
  ];
  for (const [column, target] of lists) {
    for (const value of cellValues(values[column])) {
      push(target, value);
    }
  }
  const birthPlace = [single('Town of birth'), single('Country of birth')].filter(Boolean).join(', ');
  push(designation.birthPlaces, birthPlace);
}
