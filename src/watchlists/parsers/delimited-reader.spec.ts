import { describe, expect, it } from 'vitest';
import { readDelimited, type DelimitedRow } from './delimited-reader';

async function rows(chunks: string[], delimiter = ','): Promise<DelimitedRow[]> {
  const result: DelimitedRow[] = [];
  for await (const row of readDelimited(chunks, {
    fileName: 'test.csv',
    delimiter,
    maxFieldChars: 20,
    maxRecordChars: 50,
  })) {
    result.push(row);
  }
  return result;
}

describe('readDelimited', () => {
  it.each<[string, string[], DelimitedRow[]]>([
    ['plain and quoted fields', ['a,"b,c",d\n'], [{ ok: true, line: 1, fields: ['a', 'b,c', 'd'] }]],
    ['a doubled quote inside quotes', ['"say ""hi"""\n'], [{ ok: true, line: 1, fields: ['say "hi"'] }]],
    [
      'a field spanning lines, numbered by its first line',
      ['"a\nb",c\nd\n'],
      [
        { ok: true, line: 1, fields: ['a\nb', 'c'] },
        { ok: true, line: 3, fields: ['d'] },
      ],
    ],
    [
      'CRLF endings and the DOS end-of-file mark',
      ['a,b\r\nc,d\r\n\u001a'],
      [
        { ok: true, line: 1, fields: ['a', 'b'] },
        { ok: true, line: 2, fields: ['c', 'd'] },
      ],
    ],
    ['a row split across chunks', ['a,"b', 'c",d\n'], [{ ok: true, line: 1, fields: ['a', 'bc', 'd'] }]],
    [
      'blank lines skipped',
      ['a\n\n\nb'],
      [
        { ok: true, line: 1, fields: ['a'] },
        { ok: true, line: 4, fields: ['b'] },
      ],
    ],
    [
      'a stray quote rejects its row only',
      ['1,"a"b,c\n2,ok\n'],
      [
        {
          ok: false,
          line: 1,
          code: 'WATCHLIST_FILE_MALFORMED',
          reason: 'broken quoting: unexpected "b" after the closing quote of field 2',
        },
        { ok: true, line: 2, fields: ['2', 'ok'] },
      ],
    ],
    [
      'an oversized field rejects its row only',
      [`1,${'x'.repeat(30)}\n2,ok\n`],
      [
        { ok: false, line: 1, code: 'WATCHLIST_FIELD_TOO_LARGE', reason: 'field 2 is longer than 20 characters' },
        { ok: true, line: 2, fields: ['2', 'ok'] },
      ],
    ],
    ['tabs as the delimiter', ['"a"\t"b"\n'], [{ ok: true, line: 1, fields: ['a', 'b'] }]],
  ])('reads %s', async (_case, chunks, expected) => {
    expect(await rows(chunks, chunks[0].includes('\t') ? '\t' : ',')).toEqual(expected);
  });

  it('fails naming the line where a quote that is never closed was opened', async () => {
    await expect(rows(['a,b\n"c,d\ne,f\n'])).rejects.toMatchObject({ code: 'WATCHLIST_FILE_MALFORMED', line: 2 });
  });
});
