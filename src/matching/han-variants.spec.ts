import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';
import { asciiForm } from './tokenise';

/**
 * One Chinese character in two forms (since rules 1.133.0, issue 9: "a name in another script"): a traditional
 * form (動) or a Japanese form (shinjitai, 気) and its simplified form (动, 气) are one character; a Japanese kanji
 * that GB 2312 and Big5's level 1 leave out is read as its simplified form is; the tables of class words look a
 * character up in its simplified form (電気 is the class word 电气), han_words.yml's words as written (it lists each
 * form it means). The forms come from OpenCC's tables through han_readings.tsv (bench/build-han-readings.py). Every name here is made up, never taken from an evaluation
 * set.
 */
describe(`${NameMatcher.name} a Chinese character in its traditional, Japanese and simplified forms (rules 1.133.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('夸罗空気動力研究所'),
      candidate: org('夸罗空气动力研究所'),
      match: true,
      reason: 'Japanese 気 and traditional 動 are the simplified 气 and 动: the same name',
    },
    {
      query: org('夸羅科技大學'),
      candidate: org('夸罗科技大学'),
      match: true,
      reason: 'a name in traditional characters against the same name in simplified characters',
    },
    {
      query: org('夸羅発展研究院'),
      candidate: org('夸羅發展研究院'),
      match: true,
      reason: 'Japanese 発 against traditional 發: two forms of one simplified character 发',
    },
    {
      query: company('東泉電気工業公司'),
      candidate: company('东泉电气工业公司'),
      match: true,
      reason: 'several characters in their Japanese and traditional forms, each its simplified form',
    },
    {
      query: company('泉芸科技公司'),
      candidate: company('泉艺科技公司'),
      match: false,
      reason: '芸 is a character of simplified Chinese of its own (yun), not 艺: only a form GB 2312 lacks is folded',
    },
    {
      query: company('東泉科技公司'),
      candidate: company('冬泉科技公司'),
      match: false,
      reason: '東 (dong) is 东, not its homophone 冬: one reading is no one character',
    },
    {
      query: org('夸罗空気研究所'),
      candidate: org('夸罗空汽研究所'),
      match: false,
      reason: 'Japanese 気 is 气, not its homophone 汽',
    },
    {
      query: org('東泉工業大學'),
      candidate: org('东泉农业大学'),
      match: false,
      reason: 'traditional 工業 is 工业 "industry", still a field word that decides against 农业 "agriculture"',
    },
    {
      query: org('Kuroyama Northeastern Institute'),
      candidate: org('黒山東北研究所'),
      match: false,
      reason:
        'han_words.yml lists 东北 "northeastern" in simplified characters only (Japanese 東北 is the Tohoku region): its words are read as written, not through simplified forms',
    },
  ])('$reason', (row) => check(sut, row));

  it.each([
    ['気', 'qi', 'Japanese 気 is read as 气'],
    ['発', 'fa', 'Japanese 発 is read as 发'],
    ['伝', 'chuan', 'Japanese 伝 is read as 传 (pypinyin lists "yun" first)'],
    ['価', 'jia', 'Japanese 価 is read as 价 (pypinyin lists "si" first)'],
    ['芸', 'yun', '芸 is read as the character of simplified Chinese it is'],
  ])('%s reads "%s": %s', (character, reading) => {
    expect(asciiForm(character)).toBe(reading);
  });
});
