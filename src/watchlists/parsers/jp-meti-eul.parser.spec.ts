import { describe, expect, it } from 'vitest';
import { dateInFileName, JpMetiEulParser, METI_CONCERN_PROGRAMMES } from './jp-meti-eul.parser';
import { collectBeforeAll, expectEveryEntryRead, fixture } from './parse-events.testing';

describe(JpMetiEulParser.name, () => {
  const sut = new JpMetiEulParser();
  const result = collectBeforeAll(sut, fixture('jp-meti', 'end-user-list-2025-09-29.xlsx'));

  it('reads the 835 organisations of the real workbook, dated 2025-09-29', () => {
    expect(result.metadata).toMatchObject({ format: 'jp-meti-eul', listId: 'jp-meti-eul', issuedAt: '2025-09-29' });
    expectEveryEntryRead(result, 835);
  });

  it('keeps 1,997 aliases: 1,755 in Latin letters and 242 in Japanese or Chinese characters', () => {
    const aliases = result.entries.flatMap((entry) => entry.aliases);
    expect(aliases).toHaveLength(1997);
    expect(aliases.filter((alias) => alias.type === 'aka')).toHaveLength(1755);
    expect(aliases.filter((alias) => alias.type === 'original-script')).toHaveLength(242);
  });

  it('reads 125 names without their trailing brackets and keeps each name cell as written among the aliases', () => {
    // 147 name cells hold brackets on their first line: 114 end with the body's acronym, 11 with the name in
    // characters (3 with both), 3 give a one-word name's full name; 22 keep their brackets (a parent's
    // acronym at the end, a qualifier, initials inside the name). 126 entries have an alias "<name> (…)": the
    // 125 name cells as written and one alias of that shape.
    const read = result.entries.filter((entry) =>
      entry.aliases.some(
        (alias) => alias.name.startsWith(entry.name) && /^\s*\(/.test(alias.name.slice(entry.name.length)),
      ),
    );
    expect(read).toHaveLength(126);
    expect(result.entries.filter((entry) => entry.name.includes('('))).toHaveLength(22);
  });

  it('gives 2 parents named after a comma as a property and a remark, not as a name', () => {
    const withParent = result.entries.filter((entry) => entry.properties.parentAsListed);
    expect(withParent).toHaveLength(2);
    expect(withParent.every((entry) => !entry.name.includes(',') && entry.remarks.length === 1)).toBe(true);
  });

  it('joins a name METI breaks over two lines: its second line is no alias', () => {
    const aliases = result.entries.flatMap((entry) => entry.aliases.map((alias) => alias.name));
    expect(aliases.filter((alias) => alias === 'Technology Co., Ltd.')).toEqual([]);
  });

  it('makes the concern codes programmes: 218 B, 233 C, 616 M, 465 N, 240 CW', () => {
    const count = (programme: string): number =>
      result.entries.filter((entry) => entry.programmes.includes(programme)).length;
    expect(
      Object.fromEntries(Object.entries(METI_CONCERN_PROGRAMMES).map(([code, name]) => [code, count(name)])),
    ).toEqual({ B: 218, C: 233, M: 616, N: 465, CW: 240 });
  });

  it('reads countries from the English line: 257 in Iran, 154 in North Korea, 127 in China', () => {
    const count = (code: string): number =>
      result.entries.filter((entry) => entry.countries.some((country) => country.code === code)).length;
    expect([count('ir'), count('kp'), count('cn')]).toEqual([257, 154, 127]);
    expect(result.entries.every((entry) => entry.countries.every((country) => country.code !== null))).toBe(true);
  });

  it('gives the name written in characters on its own line as an original-script alias', () => {
    const entry = result.entries.find((candidate) => candidate.name === 'Air Koryo');
    expect(entry?.aliases).toContainEqual({ name: '高麗航空', quality: 'strong', type: 'original-script' });
  });
});

describe(dateInFileName.name, () => {
  it.each([
    ['20250929_4.xlsx', '2025-09-29', "METI's own file name"],
    ['end-user-list-2025-09-29.xlsx', '2025-09-29', "the project's copy"],
    ['end-user-list.xlsx', null, 'a name with no date'],
  ])('reads %s as %s (%s)', (name, expected, _reason) => {
    expect(dateInFileName(name)).toBe(expected);
  });
});
