import { describe, expect, it } from 'vitest';
import { groupByScript, scriptOf } from './scripts';

describe('scriptOf', () => {
  it.each([
    ['Example Partner University', 'Latin', 'plain Latin'],
    ['示例大学', 'Chinese', 'Han characters'],
    ['Пример', 'Cyrillic', 'Cyrillic letters'],
    ['دانشگاه نمونه', 'Arabic script', 'Persian is written in Arabic script'],
    ['Example (示例)', 'Chinese', 'a name with any Han character goes with Chinese'],
  ])('reads "%s" as %s (%s)', (name, expected) => {
    expect(scriptOf(name)).toBe(expected);
  });

  it('groups names by script in the order the scripts first appear', () => {
    const sut = groupByScript(['Alpha', '阿尔法', 'Beta', 'Альфа']);

    expect(sut).toEqual([
      ['Latin', ['Alpha', 'Beta']],
      ['Chinese', ['阿尔法']],
      ['Cyrillic', ['Альфа']],
    ]);
  });
});
