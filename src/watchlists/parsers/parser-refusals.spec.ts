import { describe, expect, it } from 'vitest';
import type { WatchlistFormat } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { collect, firstEvent, fixture } from './parse-events.testing';
import { WATCHLIST_PARSERS } from './parser-registry';

/** `first event`: the parser must fail before it yields anything; `whole file`: at some point of the read. */
type FailsOn = 'first event' | 'whole file';

const MISMATCH = { code: 'WATCHLIST_FORMAT_MISMATCH' };
const mismatchSaying = (text: string): object => ({ ...MISMATCH, message: expect.stringContaining(text) });

/** One row per file a parser must refuse: the parser, the fixture, when it fails, the error, and why. */
const REFUSALS: [WatchlistFormat, string, FailsOn, object, string][] = [
  ['bis-dpl', 'csl/csl.csv', 'first event', MISMATCH, 'the file is a comma-separated CSL file'],
  [
    'bis-dpl',
    'bad/dpl-html-page.txt',
    'first event',
    MISMATCH,
    'the file is an HTML page, as a retired download address may serve',
  ],
  [
    'bis-dpl',
    'bad/dpl-invalid-utf8.txt',
    'whole file',
    { code: 'WATCHLIST_FILE_INVALID_ENCODING', file: 'dpl-invalid-utf8.txt', line: 21 },
    'a byte is not UTF-8: it names the line of the first one',
  ],
  [
    'csl-csv',
    'bad/csl-unclosed-quote.csv',
    'whole file',
    { code: 'WATCHLIST_FILE_MALFORMED', file: 'csl-unclosed-quote.csv', line: 6 },
    'a quote is never closed: malformed, naming the line',
  ],
  [
    'csl-csv',
    'bis/dpl.txt',
    'first event',
    mismatchSaying('Not a Consolidated Screening List CSV'),
    'the header is not the CSL header',
  ],
  ['csl-csv', 'bad/blank.txt', 'first event', { code: 'WATCHLIST_FILE_EMPTY' }, 'the file holds only blank lines'],
  [
    'ofac-sdn',
    'un/UN_consolidated.xml',
    'first event',
    { ...MISMATCH, file: 'UN_consolidated.xml', line: 1 },
    'the file is UN XML, not sdn.csv',
  ],
  ['ofac-sdn', 'bad/empty.csv', 'first event', { code: 'WATCHLIST_FILE_EMPTY', file: 'empty.csv' }, 'it is empty'],
  ['ofac-sdn', 'bad/missing/sdn.csv', 'first event', { code: 'WATCHLIST_FILE_NOT_FOUND' }, 'the file does not exist'],
  [
    'ofac-cons',
    'ofac/sdn_comments.csv',
    'first event',
    mismatchSaying('expected 12 columns, found 2'),
    'given the SDN comments file (2 columns, not 12)',
  ],
  [
    'ftm',
    'bad/t1-invalid-utf8.ftm.json',
    'whole file',
    { code: 'WATCHLIST_FILE_INVALID_ENCODING', line: 3 },
    'a byte is not UTF-8: it names the line',
  ],
  [
    'ftm',
    'ftm/t2-deltas/20240527194702-wnk.entities.delta.json',
    'first event',
    mismatchSaying('ftm-delta'),
    'the file is a delta file: it points to ftm-delta',
  ],
  ['ftm', 'csl/csl.csv', 'first event', MISMATCH, 'the file is CSV'],
  ['ftm', 'bad/empty.csv', 'first event', { code: 'WATCHLIST_FILE_EMPTY' }, 'the file is empty'],
  ['ftm-delta', 'ftm/t1.entities.ftm.json', 'first event', MISMATCH, 'the file is a plain entities file'],
  ['un-xml', 'ofac/sdn.csv', 'first event', MISMATCH, 'the file is not XML at all'],
  ['ca-nro', 'un/UN_consolidated.xml', 'whole file', MISMATCH, 'the file is not the page'],
  ['jp-meti-eul', 'csl/csl.csv', 'whole file', MISMATCH, 'the file is not a workbook'],
  ['uk-sanctions', 'csl/csl.csv', 'whole file', MISMATCH, 'the file is neither the XML nor the CSV'],
  [
    'uk-sanctions',
    'un/UN_consolidated.xml',
    'whole file',
    mismatchSaying('expected <Designations>'),
    'the XML is not the UK list',
  ],
];

describe('watchlist parsers on files they refuse', () => {
  it.each(REFUSALS)('%s refuses %s (%s) with %o when %s', async (format, file, failsOn, error) => {
    const sut = WATCHLIST_PARSERS[format];
    const source = fixture(...file.split('/'));
    const read = failsOn === 'first event' ? firstEvent(sut, source) : collect(sut, source);
    await expect(read).rejects.toBeInstanceOf(WatchlistError);
    await expect(read).rejects.toMatchObject(error);
  });
});
