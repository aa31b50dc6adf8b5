import { SaxesParser } from 'saxes';
import {
  emptyEntry,
  type WatchlistEntry,
  type WatchlistIdentifier,
  type WatchlistParseEvent,
  type WatchlistPosition,
} from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { addCountry, toCountry } from '../../common/country-codes';
import { DEFAULT_MAX_FIELD_CHARS, malformedXml, openText } from './text-input';
import {
  ADDRESS_TOWNS_READ_VERSION,
  addProperty,
  clean,
  CountingParser,
  joinedAddress,
  pushUnique,
  toIsoDate,
  yearRange,
  type ParseRequest,
} from './watchlist-parser';
import { metadataEvent, rejectedEvent } from './parse-event';

/** One element of an INDIVIDUAL or ENTITY subtree: the only part of the document ever held in memory. */
interface XmlNode {
  name: string;
  text: string;
  children: XmlNode[];
}

const ROOT = 'CONSOLIDATED_LIST';
const RECORD_ELEMENTS = new Set(['INDIVIDUAL', 'ENTITY']);
/** Feeding saxes in slices lets the oversized-text guard act before a huge text node is buffered. */
const FEED_SLICE_CHARS = 64 * 1024;

function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((candidate) => candidate.name === name);
}

function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((candidate) => candidate.name === name);
}

function textOf(node: XmlNode | undefined, name?: string): string {
  const target = name && node ? child(node, name) : node;
  return clean(target?.text);
}

/** The VALUE texts under a list element such as NATIONALITY or DESIGNATION. */
function values(node: XmlNode, name: string): string[] {
  return children(node, name).flatMap((list) =>
    children(list, 'VALUE')
      .map((value) => clean(value.text))
      .filter((value) => value.length > 0),
  );
}

/**
 * UN Security Council consolidated list (XML). Streams the document with saxes and holds one
 * INDIVIDUAL or ENTITY at a time. The entry id is the DATAID; the reference number ("CDi.001") is an
 * identifier and a property. The root's `dateGenerated` is the version's issue date.
 */
export class UnXmlParser extends CountingParser {
  readonly format = 'un-xml' as const;
  readonly defaultListId = 'un-sc';
  /** Since rules 1.149.0: address towns stored as `city` ({@link ADDRESS_TOWNS_READ_VERSION}). */
  readonly readVersion = ADDRESS_TOWNS_READ_VERSION;

  protected async *read({ source, options, listId }: ParseRequest): AsyncGenerator<WatchlistParseEvent> {
    const maxFieldChars = options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
    const { text, fileName } = await openText(source);

    const head = await text.head(4096);
    const root = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*)/.exec(head);
    if (!root) {
      throw new WatchlistError('WATCHLIST_FORMAT_MISMATCH', 'Not a UN consolidated list: the file is not XML', {
        file: fileName,
        line: 1,
      });
    }
    if (root[1] !== ROOT) {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        `Not a UN consolidated list: the root element is <${root[1]}>, expected <${ROOT}>`,
        { file: fileName, line: 1 },
      );
    }
    const generated = /<CONSOLIDATED_LIST\b[^>]*\bdateGenerated="([^"]+)"/.exec(head);
    yield metadataEvent({ format: this.format, listId, files: [fileName], issuedAt: generated ? generated[1] : null });

    const parser = new SaxesParser({ fileName });
    const ready: WatchlistParseEvent[] = [];
    const stack: XmlNode[] = [];
    let recordStartLine = 0;
    let record = 0;
    let failure: Error | null = null;
    // saxes resets its position when it closes, so the line of an error found at the end (a
    // truncated document) is taken when the error is raised.
    let failureLine = 1;
    let charsSinceTag = 0;

    parser.on('error', (error) => {
      if (!failure) {
        failure = error;
        failureLine = parser.line;
      }
    });
    parser.on('opentag', (tag) => {
      if (stack.length === 0 && !RECORD_ELEMENTS.has(tag.name)) {
        return;
      }
      if (stack.length === 0) {
        recordStartLine = parser.line;
      }
      const node: XmlNode = { name: tag.name, text: '', children: [] };
      stack.at(-1)?.children.push(node);
      stack.push(node);
    });
    parser.on('text', (value) => {
      const node = stack.at(-1);
      if (node) {
        node.text += value;
      }
    });
    parser.on('closetag', () => {
      const node = stack.pop();
      if (node && stack.length === 0) {
        record += 1;
        ready.push(toEvent(node, listId, { file: fileName, line: recordStartLine, record }));
      }
    });

    for await (const chunk of text) {
      for (let start = 0; start < chunk.length; start += FEED_SLICE_CHARS) {
        const slice = chunk.slice(start, start + FEED_SLICE_CHARS);
        const lastTag = slice.lastIndexOf('<');
        charsSinceTag = lastTag === -1 ? charsSinceTag + slice.length : slice.length - lastTag;
        if (charsSinceTag > maxFieldChars) {
          throw new WatchlistError(
            'WATCHLIST_FIELD_TOO_LARGE',
            `A text field is longer than ${maxFieldChars} characters`,
            { file: fileName, line: parser.line, record: record + 1 },
          );
        }
        parser.write(slice);
        if (failure) {
          throw malformedXml(failure, fileName, failureLine);
        }
      }
      while (ready.length > 0) {
        yield ready.shift() as WatchlistParseEvent;
      }
    }
    parser.close();
    if (failure) {
      throw malformedXml(failure, fileName, failureLine);
    }
    while (ready.length > 0) {
      yield ready.shift() as WatchlistParseEvent;
    }
  }
}

function toEvent(node: XmlNode, listId: string, position: WatchlistPosition): WatchlistParseEvent {
  const dataId = textOf(node, 'DATAID');
  const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((part) => textOf(node, part))
    .filter((part) => part.length > 0)
    .join(' ');
  if (!/^\d+$/.test(dataId)) {
    return rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', `${node.name} has no numeric DATAID`);
  }
  if (name.length === 0) {
    return rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', `${node.name} ${dataId} has no name`);
  }
  const isIndividual = node.name === 'INDIVIDUAL';
  const entry = emptyEntry(listId, dataId, isIndividual ? 'Person' : 'LegalEntity', name, position);
  const originalScript = textOf(node, 'NAME_ORIGINAL_SCRIPT');
  if (originalScript) {
    entry.aliases.push({ name: originalScript, quality: 'strong', type: 'original-script' });
  }
  const listType = textOf(node, 'UN_LIST_TYPE');
  pushUnique(entry.programmes, listType);
  addProperty(entry.properties, 'unListType', listType);
  const reference = textOf(node, 'REFERENCE_NUMBER');
  if (reference) {
    addProperty(entry.properties, 'referenceNumber', reference);
    entry.identifiers.push({ type: 'UN Reference Number', value: reference });
  }
  addProperty(entry.properties, 'versionNumber', textOf(node, 'VERSIONNUM'));
  entry.listedFrom = toIsoDate(textOf(node, 'LISTED_ON'));
  const gender = textOf(node, 'GENDER');
  entry.gender = gender ? gender.toLowerCase() : null;
  pushUnique(entry.remarks, textOf(node, 'COMMENTS1'));
  for (const title of values(node, 'TITLE')) {
    addProperty(entry.properties, 'title', title);
  }
  for (const designation of values(node, 'DESIGNATION')) {
    pushUnique(entry.positions, designation);
  }
  for (const nationality of values(node, 'NATIONALITY')) {
    addCountry(entry.nationalities, nationality);
  }
  for (const listTypeValue of values(node, 'LIST_TYPE')) {
    addProperty(entry.properties, 'listType', listTypeValue);
  }
  for (const updated of values(node, 'LAST_DAY_UPDATED')) {
    addProperty(entry.properties, 'lastDayUpdated', updated);
  }
  for (const alias of children(node, isIndividual ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    readAlias(alias, entry);
  }
  for (const address of children(node, isIndividual ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    readAddress(address, entry);
  }
  for (const birth of children(node, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    for (const date of birthDates(birth)) {
      pushUnique(entry.birthDates, date);
    }
  }
  for (const place of children(node, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const text = ['CITY', 'STATE_PROVINCE', 'COUNTRY']
      .map((part) => textOf(place, part))
      .filter((part) => part.length > 0)
      .join(', ');
    pushUnique(entry.birthPlaces, text);
  }
  for (const document of children(node, 'INDIVIDUAL_DOCUMENT')) {
    const identifier = readDocument(document);
    if (identifier) {
      entry.identifiers.push(identifier);
    }
  }
  return { kind: 'entry', entry };
}

function readAlias(node: XmlNode, entry: WatchlistEntry): void {
  const name = textOf(node, 'ALIAS_NAME');
  if (name.length === 0) {
    return;
  }
  const quality = textOf(node, 'QUALITY').toLowerCase();
  // Individuals: Good / Low. Entities: a.k.a. / f.k.a., which the UN does not grade, so they count as strong.
  const alias = {
    name,
    quality: quality === 'low' ? ('weak' as const) : ('strong' as const),
    type: quality === 'f.k.a.' ? ('fka' as const) : ('aka' as const),
  };
  const note = textOf(node, 'NOTE');
  if (!entry.aliases.some((known) => known.name === name)) {
    entry.aliases.push(note ? { ...alias, note } : alias);
  }
  const dateOfBirth = toIsoDate(textOf(node, 'DATE_OF_BIRTH'));
  if (dateOfBirth) {
    pushUnique(entry.birthDates, dateOfBirth);
  }
  const placeOfBirth = [textOf(node, 'CITY_OF_BIRTH'), textOf(node, 'COUNTRY_OF_BIRTH')].filter(Boolean).join(', ');
  pushUnique(entry.birthPlaces, placeOfBirth);
}

function readAddress(node: XmlNode, entry: WatchlistEntry): void {
  const country = textOf(node, 'COUNTRY');
  const address = joinedAddress({
    street: textOf(node, 'STREET'),
    city: textOf(node, 'CITY'),
    region: textOf(node, 'STATE_PROVINCE'),
    postalCode: textOf(node, 'ZIP_CODE'),
    country,
    note: textOf(node, 'NOTE'),
  });
  if (address === null) {
    return;
  }
  if (country) {
    addCountry(entry.countries, country);
  }
  entry.addresses.push(address);
}

function birthDates(node: XmlNode): string[] {
  const from = textOf(node, 'FROM_YEAR');
  const to = textOf(node, 'TO_YEAR');
  if (from && to) {
    return yearRange(Number(from), Number(to));
  }
  const date = toIsoDate(textOf(node, 'DATE')) ?? toIsoDate(textOf(node, 'YEAR'));
  return date ? [date] : [];
}

function readDocument(node: XmlNode): WatchlistIdentifier | null {
  const value = textOf(node, 'NUMBER');
  if (value.length === 0) {
    return null;
  }
  const type = textOf(node, 'TYPE_OF_DOCUMENT') || textOf(node, 'TYPE_OF_DOCUMENT2') || 'Document';
  const identifier: WatchlistIdentifier = { type, value };
  const issuer = textOf(node, 'ISSUING_COUNTRY') || textOf(node, 'COUNTRY_OF_ISSUE');
  if (issuer) {
    const country = toCountry(issuer);
    identifier.country = country.code;
    identifier.countryRaw = country.raw;
  }
  const note = [
    textOf(node, 'TYPE_OF_DOCUMENT2'),
    textOf(node, 'DATE_OF_ISSUE'),
    textOf(node, 'CITY_OF_ISSUE'),
    textOf(node, 'NOTE'),
  ]
    .filter((part) => part.length > 0)
    .join('; ');
  if (note) {
    identifier.note = note;
  }
  return identifier;
}
