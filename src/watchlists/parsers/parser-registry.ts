import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WATCHLIST_FORMATS, type WatchlistFormat } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { BisDplParser } from './bis-dpl.parser';
import { CaNroParser } from './ca-nro.parser';
import { CslCsvParser } from './csl-csv.parser';
import { CsvParser } from './csv.parser';
import { FtmDeltaParser } from './ftm-delta.parser';
import { FtmParser } from './ftm.parser';
import { JpMetiEulParser } from './jp-meti-eul.parser';
import { OfacConsParser } from './ofac-cons.parser';
import { OfacSdnParser } from './ofac-sdn.parser';
import { UkSanctionsJsonlParser } from './uk-sanctions-jsonl.parser';
import { UkSanctionsParser } from './uk-sanctions.parser';
import { UnXmlParser } from './un-xml.parser';
import { type ImportUnit, SIDE_FILE_KINDS, type WatchlistParser } from './watchlist-parser';

/** Every format's parser, by format name. */
export const WATCHLIST_PARSERS: Readonly<Record<WatchlistFormat, WatchlistParser>> = {
  'ofac-sdn': new OfacSdnParser(),
  'ofac-cons': new OfacConsParser(),
  'un-xml': new UnXmlParser(),
  'csl-csv': new CslCsvParser(),
  'bis-dpl': new BisDplParser(),
  ftm: new FtmParser(),
  'ftm-delta': new FtmDeltaParser(),
  csv: new CsvParser(),
  'uk-sanctions': new UkSanctionsParser(),
  'uk-sanctions-jsonl': new UkSanctionsJsonlParser(),
  'ca-nro': new CaNroParser(),
  'jp-meti-eul': new JpMetiEulParser(),
};

export function isWatchlistFormat(format: string): format is WatchlistFormat {
  return (WATCHLIST_FORMATS as readonly string[]).includes(format);
}

/**
 * The one check of a format name (from the CLI, an HTTP query or an import request): the format, or
 * WATCHLIST_FORMAT_UNKNOWN naming the formats accepted there (`accepted`, all by default; `note` says
 * why some are left out).
 */
export function checkFormat(
  format: string | undefined,
  accepted: readonly WatchlistFormat[] = WATCHLIST_FORMATS,
  note = '',
): WatchlistFormat {
  const name = format ?? '';
  if (!(accepted as readonly string[]).includes(name)) {
    const shown = name.slice(0, 40);
    throw new WatchlistError(
      'WATCHLIST_FORMAT_UNKNOWN',
      `Unknown format ${JSON.stringify(shown)}; formats: ${accepted.join(', ')}${note}`,
      {},
      undefined,
      { format: shown, argument: 'format' },
    );
  }
  return name as WatchlistFormat;
}

/** The parser for a format name; WATCHLIST_FORMAT_UNKNOWN otherwise (see checkFormat). */
export function parserFor(format: string): WatchlistParser {
  return WATCHLIST_PARSERS[checkFormat(format)];
}

/**
 * The files whose bytes make up one version read from `path`: the main file, the side files the
 * format reads from beside it (those present), and a `csv` mapping file.
 */
export function versionFiles(format: WatchlistFormat, path: string, mapping?: string): string[] {
  const files = [path];
  const sideFiles = WATCHLIST_PARSERS[format].sideFiles ?? {};
  for (const kind of SIDE_FILE_KINDS) {
    const name = sideFiles[kind];
    if (name && existsSync(join(dirname(path), name))) {
      files.push(join(dirname(path), name));
    }
  }
  if (mapping) {
    files.push(mapping);
  }
  return files;
}

/** The versions `path` stands for, in the order they are imported (see WatchlistParser.importUnits). */
export async function* importUnits(format: WatchlistFormat, path: string): AsyncGenerator<ImportUnit> {
  const parser = WATCHLIST_PARSERS[format];
  if (parser.importUnits) {
    yield* parser.importUnits(path);
    return;
  }
  yield { path, deltaVersion: null };
}
