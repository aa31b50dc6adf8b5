import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, readBatch } from './csv';

describe('parseCsv', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      'plain rows with LF',
    ],
    [
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      'CRLF and no final newline',
    ],
    ['name\n"Acme, Ltd."\n', [['name'], ['Acme, Ltd.']], 'a quoted comma'],
    ['name\n"say ""hi"""\n', [['name'], ['say "hi"']], 'doubled quotes'],
    ['\uFEFFname\nx\n', [['name'], ['x']], 'a byte-order mark'],
    ['name\n\n,\nx\n', [['name'], ['x']], 'blank lines dropped'],
  ])('reads %j (%s)', (text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });
});

describe('formatCsv', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    const sut = formatCsv([
      ['a', 'b,c'],
      ['=1+1', 'x"y'],
    ]);

    expect(sut).toBe('a,"b,c"\r\n\'=1+1,"x""y"');
  });
});

describe('readBatch', () => {
  it('maps the columns it knows and splits several countries or dates on ;', () => {
    const sut = readBatch('Name,Type,Country,DOB,Notes\nExample Body,Organization,cn;ru,,x\n');

    expect(sut.rows).toEqual([{ line: 2, name: 'Example Body', schema: 'Organization', country: ['cn', 'ru'] }]);
  });

  it('refuses a file without a name column, saying what it found', () => {
    expect(() => readBatch('title,country\nx,cn\n')).toThrow('found: title, country');
  });
});
