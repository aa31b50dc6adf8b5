import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  emptyEntry,
  type WatchlistAddress,
  type WatchlistAlias,
  type WatchlistFormat,
  type WatchlistParseEvent,
  schemaOfUsListType,
} from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { addCountry } from '../../common/country-codes';
import { readDelimited, type DelimitedRow } from './delimited-reader';
import { parseOfacRemarks } from './ofac-remarks';
import {
  DEFAULT_MAX_FIELD_CHARS,
  DEFAULT_MAX_LINE_CHARS,
  openText,
  sourceName,
  type PeekableText,
  type WatchlistSource,
} from './text-input';
import {
  ADDRESS_TOWNS_READ_VERSION,
  addProperty,
  clean,
  CountingParser,
  joinedAddress,
  pushUnique,
  type ParseRequest,
  type SideFileKind,
  type WatchlistParseOptions,
} from './watchlist-parser';
import { metadataEvent, rejectedEvent } from './parse-event';

/**
 * OFAC's legacy CSV set: a main file (sdn.csv / cons_prim.csv, 12 columns, no header) and side files
 * joined on the entry number (ent_num). Layout, from OFAC's "dat_spec":
 *   main:     ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks
 *   alt:      ent_num, alt_num, alt_type (aka | fka | nka), alt_name, alt_remarks
 *   add:      ent_num, add_num, address, city/state/postal code, country, add_remarks
 *   comments: ent_num, remarks continued (the main file cuts remarks at 1,000 characters)
 * "-0- " stands for an empty field.
 */
export interface OfacFileSet {
  format: WatchlistFormat;
  defaultListId: string;
  main: string;
  alt: string;
  add: string;
  comments: string | null;
}

export const OFAC_SDN_FILES: OfacFileSet = {
  format: 'ofac-sdn',
  defaultListId: 'us-ofac-sdn',
  main: 'sdn.csv',
  alt: 'alt.csv',
  add: 'add.csv',
  comments: 'sdn_comments.csv',
};

export const OFAC_CONS_FILES: OfacFileSet = {
  format: 'ofac-cons',
  defaultListId: 'us-ofac-cons',
  main: 'cons_prim.csv',
  alt: 'cons_alt.csv',
  add: 'cons_add.csv',
  comments: 'cons_comments.csv',
};

/** The side files of a set by kind, with the names read from beside the main file. */
/** The parser of one OFAC legacy CSV set (SDN or consolidated): its main file, with the side files beside it. */
export class OfacLegacyCsvParser extends CountingParser {
  readonly format: WatchlistFormat;
  readonly defaultListId: string;
  readonly sideFiles: Partial<Record<SideFileKind, string>>;
  /** Since rules 1.149.0: address towns stored as `city` ({@link ADDRESS_TOWNS_READ_VERSION}). */
  readonly readVersion = ADDRESS_TOWNS_READ_VERSION;

  constructor(private readonly files: OfacFileSet) {
    super();
    this.format = files.format;
    this.defaultListId = files.defaultListId;
    this.sideFiles = { alt: files.alt, add: files.add, ...(files.comments ? { comments: files.comments } : {}) };
  }

  protected read({ source, options, listId }: ParseRequest): AsyncIterable<WatchlistParseEvent> {
    return parseOfacLegacyCsv(source, this.files, options, listId);
  }
}

const MAIN_COLUMNS = 12;
const SIDE_COLUMNS = { alt: 5, add: 6, comments: 2 } as const;
type SideKind = keyof typeof SIDE_COLUMNS;

function value(field: string | undefined): string {
  const text = clean(field);
  return text === '-0-' ? '' : text;
}

/** Untrimmed: remarks cut mid-text continue in the comments file, and the cut may fall on a space. */
function rawValue(field: string | undefined): string {
  return field === undefined || clean(field) === '-0-' ? '' : field;
}

/** The first row of the head, or null when the head holds no complete row. */
async function firstRow(head: string, fileName: string): Promise<DelimitedRow | null> {
  const rows = readDelimited([head.slice(0, head.indexOf('\n') === -1 ? head.length : head.indexOf('\n') + 1)], {
    fileName,
    delimiter: ',',
    maxFieldChars: DEFAULT_MAX_FIELD_CHARS,
    maxRecordChars: DEFAULT_MAX_LINE_CHARS,
  });
  try {
    for await (const row of rows) {
      return row;
    }
  } catch {
    return null;
  }
  return null;
}

async function sniff(text: PeekableText, fileName: string, columns: number, what: string): Promise<void> {
  const head = await text.head(16 * 1024);
  const row = await firstRow(head, fileName);
  if (!row || !row.ok) {
    throw new WatchlistError('WATCHLIST_FORMAT_MISMATCH', `Not an OFAC ${what}: its first line is not a CSV row`, {
      file: fileName,
      line: 1,
    });
  }
  if (!/^\d+$/.test(clean(row.fields[0]))) {
    throw new WatchlistError(
      'WATCHLIST_FORMAT_MISMATCH',
      `Not an OFAC ${what}: the first column must be the numeric entry number (ent_num), found ${JSON.stringify(row.fields[0].slice(0, 40))}`,
      { file: fileName, line: 1 },
    );
  }
  if (row.fields.length !== columns) {
    throw new WatchlistError(
      'WATCHLIST_FORMAT_MISMATCH',
      `Not an OFAC ${what}: expected ${columns} columns, found ${row.fields.length}`,
      { file: fileName, line: 1 },
    );
  }
}

interface SideData {
  aliases: Map<string, WatchlistAlias[]>;
  addresses: Map<string, WatchlistAddress[]>;
  comments: Map<string, string>;
}

function resolveFiles(
  source: WatchlistSource,
  files: OfacFileSet,
  options: WatchlistParseOptions,
): { main: WatchlistSource; side: Partial<Record<SideKind, WatchlistSource>>; warnings: string[] } {
  let main = source;
  let directory: string | null = null;
  if (typeof source === 'string') {
    if (existsSync(source) && statSync(source).isDirectory()) {
      directory = source;
      main = join(source, files.main);
    } else {
      directory = dirname(source);
    }
  }
  const side: Partial<Record<SideKind, WatchlistSource>> = {};
  const warnings: string[] = [];
  const names: Record<SideKind, string | null> = { alt: files.alt, add: files.add, comments: files.comments };
  for (const kind of Object.keys(SIDE_COLUMNS) as SideKind[]) {
    const given = options.companions?.[kind];
    const name = names[kind];
    if (given !== undefined) {
      side[kind] = given;
    } else if (directory && name && existsSync(join(directory, name))) {
      side[kind] = join(directory, name);
    } else if (kind !== 'comments') {
      warnings.push(
        `No ${name ?? kind} beside the main file: entries are read without their ${kind === 'alt' ? 'aliases' : 'addresses'}`,
      );
    }
  }
  return { main, side, warnings };
}

async function* parseOfacLegacyCsv(
  source: WatchlistSource,
  files: OfacFileSet,
  options: WatchlistParseOptions,
  listId: string,
): AsyncGenerator<WatchlistParseEvent> {
  const maxFieldChars = options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
  const maxRecordChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  const { main, side, warnings } = resolveFiles(source, files, options);

  const { text, fileName } = await openText(main);
  await sniff(text, fileName, MAIN_COLUMNS, `${files.main} main file`);

  // Side files are joined data, keyed by ent_num: small beside the main file, so they are held in maps.
  const sideData: SideData = { aliases: new Map(), addresses: new Map(), comments: new Map() };
  const sideRejections: WatchlistParseEvent[] = [];
  for (const kind of Object.keys(side) as SideKind[]) {
    const sideSource = side[kind] as WatchlistSource;
    const opened = await openText(sideSource, { allowEmpty: true });
    if (opened.empty) {
      continue;
    }
    await sniff(opened.text, opened.fileName, SIDE_COLUMNS[kind], `${kind} side file`);
    let record = 0;
    for await (const row of readDelimited(opened.text, {
      fileName: opened.fileName,
      delimiter: ',',
      maxFieldChars,
      maxRecordChars,
    })) {
      record += 1;
      const position = { file: opened.fileName, line: row.line, record };
      if (!row.ok) {
        sideRejections.push(rejectedEvent(position, row.code, row.reason));
        continue;
      }
      const entryNumber = clean(row.fields[0]);
      if (row.fields.length !== SIDE_COLUMNS[kind] || !/^\d+$/.test(entryNumber)) {
        sideRejections.push(
          rejectedEvent(
            position,
            'WATCHLIST_RECORD_INVALID',
            `expected ${SIDE_COLUMNS[kind]} fields starting with a numeric ent_num, found ${row.fields.length} fields`,
          ),
        );
        continue;
      }
      addSideRow(sideData, kind, entryNumber, row.fields);
    }
  }

  yield metadataEvent({
    format: files.format,
    listId,
    files: [fileName, ...Object.values(side).map((file) => sourceName(file))],
    warnings,
  });
  for (const rejection of sideRejections) {
    yield rejection;
  }

  let record = 0;
  for await (const row of readDelimited(text, { fileName, delimiter: ',', maxFieldChars, maxRecordChars })) {
    record += 1;
    const position = { file: fileName, line: row.line, record };
    if (!row.ok) {
      yield rejectedEvent(position, row.code, row.reason);
      continue;
    }
    const fields = row.fields;
    const entryNumber = clean(fields[0]);
    if (fields.length !== MAIN_COLUMNS) {
      yield rejectedEvent(
        position,
        'WATCHLIST_RECORD_INVALID',
        `expected ${MAIN_COLUMNS} fields, found ${fields.length}`,
      );
      continue;
    }
    if (!/^\d+$/.test(entryNumber)) {
      yield rejectedEvent(
        position,
        'WATCHLIST_RECORD_INVALID',
        `ent_num must be a number, found ${JSON.stringify(entryNumber)}`,
      );
      continue;
    }
    const name = value(fields[1]);
    if (name.length === 0) {
      yield rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', `entry ${entryNumber} has no name`);
      continue;
    }
    const entry = emptyEntry(listId, entryNumber, schemaOfUsListType(value(fields[2])), name, position);
    entry.programmes = value(fields[3])
      .split(/\]\s*\[/)
      .map((programme) => programme.replace(/^\[|\]$/g, '').trim())
      .filter((programme) => programme.length > 0);
    pushUnique(entry.positions, value(fields[4]));
    const callSign = value(fields[5]);
    if (callSign) {
      entry.identifiers.push({ type: 'Call Sign', value: callSign });
    }
    addProperty(entry.properties, 'vesselType', value(fields[6]));
    addProperty(entry.properties, 'tonnage', value(fields[7]));
    addProperty(entry.properties, 'grossRegisteredTonnage', value(fields[8]));
    addProperty(entry.properties, 'vesselFlag', value(fields[9]));
    addProperty(entry.properties, 'vesselOwner', value(fields[10]));

    entry.aliases = sideData.aliases.get(entryNumber) ?? [];
    entry.addresses = sideData.addresses.get(entryNumber) ?? [];
    for (const address of entry.addresses) {
      if (address.country) {
        addCountry(entry.countries, address.country.raw);
      }
    }
    const remarks = clean(rawValue(fields[11]) + (sideData.comments.get(entryNumber) ?? ''));
    if (remarks.length > 0) {
      entry.remarks.push(remarks);
      const facts = parseOfacRemarks(remarks);
      for (const alias of facts.aliases) {
        if (!entry.aliases.some((known) => known.name === alias.name) && alias.name !== name) {
          entry.aliases.push(alias);
        }
      }
      entry.birthDates = facts.birthDates;
      entry.birthPlaces = facts.birthPlaces;
      entry.nationalities = facts.nationalities;
      for (const country of facts.registrationCountries) {
        addCountry(entry.countries, country.raw);
      }
      entry.identifiers.push(...facts.identifiers);
      entry.gender = facts.gender;
      entry.linkedTo = facts.linkedTo;
      for (const [key, values] of Object.entries(facts.properties)) {
        for (const item of values) {
          addProperty(entry.properties, key, item);
        }
      }
      const website = facts.identifiers.find((identifier) => identifier.type === 'Website');
      if (website) {
        addProperty(entry.properties, 'website', website.value);
      }
    }
    yield { kind: 'entry', entry };
  }
}

function addSideRow(sideData: SideData, kind: SideKind, entryNumber: string, fields: string[]): void {
  switch (kind) {
    case 'alt': {
      const name = value(fields[3]);
      if (name.length === 0) {
        return;
      }
      const type = value(fields[2]).toLowerCase();
      const alias: WatchlistAlias = {
        name,
        quality: 'strong',
        type: type === 'fka' ? 'fka' : type === 'nka' ? 'nka' : 'aka',
      };
      const note = value(fields[4]);
      if (note) {
        alias.note = note;
      }
      const aliases = sideData.aliases.get(entryNumber) ?? [];
      aliases.push(alias);
      sideData.aliases.set(entryNumber, aliases);
      return;
    }
    case 'add': {
      const address = joinedAddress({
        street: value(fields[2]).replace(/^Alt\. (?:Address|Location):\s*/i, ''),
        city: value(fields[3]), // city, state or province and postal code in one field
        country: value(fields[4]),
        note: value(fields[5]),
      });
      if (address === null) {
        return;
      }
      const addresses = sideData.addresses.get(entryNumber) ?? [];
      addresses.push(address);
      sideData.addresses.set(entryNumber, addresses);
      return;
    }
    case 'comments': {
      // The continuation is appended as is: the main file cut the text mid-word.
      const continuation = rawValue(fields[1]);
      sideData.comments.set(entryNumber, (sideData.comments.get(entryNumber) ?? '') + continuation);
      return;
    }
  }
}
