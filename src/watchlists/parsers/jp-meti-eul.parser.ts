import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { emptyEntry, type WatchlistParseEvent, type WatchlistPosition } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { addCountry } from '../../common/country-codes';
import { derivedId } from './headed-table';
import { slug } from './ca-nro.parser';
import { statWatchlistFile, type WatchlistSource } from './text-input';
import { addProperty, clean, CountingParser, type ParseRequest } from './watchlist-parser';
import { metadataEvent, rejectedEvent } from './parse-event';
import { readFirstSheet, readZipMembers } from './xlsx-reader';
import { readListedName } from './listed-name';

/** METI's workbook is under 100 KB; a file far larger is not it. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The concern codes of column E (weapons of mass destruction) and F (conventional weapons), as programmes. */
export const METI_CONCERN_PROGRAMMES: Record<string, string> = {
  B: 'B (biological weapons)',
  C: 'C (chemical weapons)',
  M: 'M (missiles)',
  N: 'N (nuclear weapons)',
  CW: 'CW (conventional weapons)',
};

/** Lines of a cell, NFKC-normalised (full-width letters, brackets and spaces to ASCII), trimmed, non-empty. */
function lines(cell: string | undefined): string[] {
  return (cell ?? '')
    .normalize('NFKC')
    .split(/\r?\n|\r/)
    .map((line) => clean(line))
    .filter((line) => line.length > 0);
}

/** "(高麗航空)" → "高麗航空". */
function unbracket(text: string): string {
  return clean(text.replace(/^\((.*)\)$/, '$1'));
}

const HAS_LATIN = /[A-Za-z]/;

/** The ISO date in a file name ("20250929_4.xlsx", "end-user-list-2025-09-29.xlsx"). */
export function dateInFileName(fileName: string): string | null {
  const match = /(20\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])/.exec(basename(fileName));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

async function readBytes(source: WatchlistSource): Promise<{ bytes: Buffer; fileName: string }> {
  if (typeof source === 'string') {
    const fileName = basename(source);
    if (statWatchlistFile(source).size > MAX_FILE_BYTES) {
      throw new WatchlistError('WATCHLIST_FIELD_TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES} bytes`, {
        file: fileName,
      });
    }
    return { bytes: readFileSync(source), fileName };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source.stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > MAX_FILE_BYTES) {
      source.stream.destroy();
      throw new WatchlistError('WATCHLIST_FIELD_TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES} bytes`, {
        file: source.fileName,
      });
    }
    chunks.push(bytes);
  }
  return { bytes: Buffer.concat(chunks), fileName: source.fileName };
}

/**
 * Japan's METI End User List (外国ユーザーリスト), the official `.xlsx`: one sheet, header in row 1,
 * one organisation a row: B country (Japanese, new line, English), C name (a second line may give it
 * in Japanese or Chinese characters, in brackets), D aliases (one a line after `・`; an unbulleted line
 * gives the alias before it in its own script), E WMD concern (codes B, C, M, N after the Japanese
 * words), F conventional weapons (CW). Codes become programmes. Entry ids are slugs of the English
 * name's first line (the row number is a formula that shifts when METI inserts rows); a name with no
 * Latin letters gets a hash id. The issue date is the one in METI's file name, else the workbook's
 * modified date.
 *
 * Since rules 1.107.0 a name (and each alias) is read into its parts ({@link readListedName}): the name
 * without its trailing "(<ACRONYM>)" and "(<name in characters>)" is the entry's name, the acronym a strong
 * alias (the list gives it as the body's own short name, as it gives acronyms among the aliases, which were
 * strong before; a weak alias is never indexed), the characters an original-script alias, a name with
 * initials in brackets inside it is also read with the initials in place of the words and without them;
 * "<name> (<ACRONYM>), <parent>" gives the parent as the property `parentAsListed` and a remark (the list
 * does not list the parent, so it is no entry of the list and no relationship is made to a node the list
 * does not name). The name cell as written stays an alias, so nothing the list wrote is lost. A second
 * line of Latin letters not in brackets continues the name.
 */
export class JpMetiEulParser extends CountingParser {
  readonly format = 'jp-meti-eul' as const;
  readonly defaultListId = 'jp-meti-eul';
  /**
   * 2 since rules 1.107.0: names read into name, acronym, characters and parent ({@link readListedName}); 3 since
   * 2026-12-05: a word in brackets is no acronym when the reference tables read it as a legal form, a class word or a
   * country (the shipped 2025-09-29 workbook reads the same; another edition may not).
   */
  readonly readVersion = 3;

  protected async *read({ source, listId }: ParseRequest): AsyncGenerator<WatchlistParseEvent> {
    const { bytes, fileName } = await readBytes(source);
    if (bytes.length === 0) {
      throw new WatchlistError('WATCHLIST_FILE_EMPTY', 'The file is empty', { file: fileName });
    }
    let sheet: ReturnType<typeof readFirstSheet>;
    let modified: string | null = null;
    try {
      sheet = readFirstSheet(bytes);
      const core = readZipMembers(bytes).get('docProps/core.xml')?.().toString('utf8') ?? '';
      modified = /<dcterms:modified[^>]*>(\d{4}-\d{2}-\d{2})/.exec(core)?.[1] ?? null;
    } catch (error) {
      throw WatchlistError.causedBy(
        'WATCHLIST_FORMAT_MISMATCH',
        'Not the METI End User List workbook',
        fileName,
        error,
      );
    }
    const header = sheet.rows[0];
    if (
      !header ||
      !/Company or Organization/i.test(header.cells.C ?? '') ||
      !/Also Known As/i.test(header.cells.D ?? '')
    ) {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        'Not the METI End User List workbook: row 1 must name "Company or Organization" (C) and "Also Known As" (D)',
        { file: fileName, line: 1 },
      );
    }
    yield metadataEvent({
      format: this.format,
      listId,
      files: [fileName],
      issuedAt: dateInFileName(fileName) ?? modified,
      version: sheet.sheetName || null,
    });
    const seen = new Set<string>();
    let record = 0;
    for (const row of sheet.rows.slice(1)) {
      const nameLines = lines(row.cells.C);
      if (nameLines.length === 0 && Object.keys(row.cells).every((column) => column === 'A')) {
        continue;
      }
      record += 1;
      const position: WatchlistPosition = { file: fileName, line: row.row, record };
      if (nameLines.length === 0) {
        yield rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', `row ${row.row} has no organisation name`);
        continue;
      }
      // A line of Latin letters not in brackets continues the name (METI breaks long names over two lines);
      // a bracketed line is the name in characters or the acronym.
      const continued = nameLines.slice(1).filter((line) => HAS_LATIN.test(line) && !/^\(.*\)$/.test(line));
      const written = [nameLines[0], ...continued].join(' ');
      // The entry id stays the slug of the first line as written (ids are stable across versions of the list).
      let entryId = HAS_LATIN.test(nameLines[0]) ? slug(nameLines[0]) : derivedId('jp-meti', nameLines[0]);
      if (seen.has(entryId)) {
        entryId = `${entryId}-${row.row}`;
      }
      seen.add(entryId);
      const read = readListedName(written);
      const entry = emptyEntry(listId, entryId, 'Organization', read.name, position);
      const addAlias = (alias: string, type: 'aka' | 'original-script'): void => {
        const text = clean(alias);
        if (text.length > 0 && text !== entry.name && !entry.aliases.some((known) => known.name === text)) {
          entry.aliases.push({ name: text, quality: 'strong', type });
        }
      };
      /** A name as the list writes it, then the parts read from it (see readListedName). */
      const addNameAndParts = (text: string, type: 'aka' | 'original-script'): void => {
        const parts = readListedName(text);
        addAlias(parts.name, type);
        parts.acronyms.forEach((acronym) => addAlias(acronym, 'aka'));
        parts.otherScript.forEach((other) => addAlias(other, 'original-script'));
        parts.otherNames.forEach((other) => addAlias(other, 'aka'));
        addAlias(text, type);
        if (parts.parent !== null) {
          addProperty(entry.properties, 'parentAsListed', parts.parent);
        }
      };
      addNameAndParts(written, 'aka');
      // The first line alone, as the name was read before a continued line was joined to it.
      addAlias(nameLines[0], 'aka');
      if (read.parent !== null) {
        entry.remarks.push(`The list names it with the body it belongs to, after a comma: ${read.parent}`);
      }
      for (const line of nameLines.slice(1)) {
        if (!continued.includes(line)) {
          addAlias(unbracket(line), HAS_LATIN.test(line) ? 'aka' : 'original-script');
        }
      }
      for (const line of lines(row.cells.D)) {
        const bulleted = line.startsWith('・');
        const alias = clean(bulleted ? line.slice(1) : unbracket(line));
        if (!bulleted && !HAS_LATIN.test(alias)) {
          addAlias(alias, 'original-script');
        } else {
          addNameAndParts(alias, 'aka');
        }
      }
      const country = lines(row.cells.B);
      const english = country.find((line) => HAS_LATIN.test(line)) ?? country[0] ?? '';
      addCountry(entry.countries, english);
      addProperty(entry.properties, 'countryAsListed', country.join(' / '));
      const wmd = (row.cells.E ?? '').normalize('NFKC');
      for (const code of ['B', 'C', 'M', 'N']) {
        if (new RegExp(`(^|[^A-Za-z])${code}([^A-Za-z]|$)`).test(wmd)) {
          entry.programmes.push(METI_CONCERN_PROGRAMMES[code]);
        }
      }
      if (/\bCW\b/.test((row.cells.F ?? '').normalize('NFKC'))) {
        entry.programmes.push(METI_CONCERN_PROGRAMMES.CW);
      }
      addProperty(entry.properties, 'typeOfWmd', lines(row.cells.E).join(' '));
      addProperty(entry.properties, 'number', row.cells.A);
      yield { kind: 'entry', entry };
    }
  }
}
