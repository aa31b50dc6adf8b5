/**
 * Deterministic synthetic watchlist for the speed benchmarks: persons and organisations with aliases,
 * names in Latin, Cyrillic, Arabic and Chinese scripts.
 */
import type { IndexEntry } from '../../src/matching';

/** Mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ka ri mo len tor vash an el ber sin dra gol mir za hu pe lo qin fer nat bo ra di us ko va ne li sha ur im tas gun' +
  ' del mar ol ya chen fu ba ho ki ru sel tan vo ge min ad ar ib om zu pal nor ste hen wa ji ro ma';
const SYLLABLE_LIST = SYLLABLES.split(' ');
const HAN =
  '张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄葛齐倪温牛';
const ORG_DOMAINS = [
  'Steel',
  'Trading',
  'Shipping',
  'Energy',
  'Aviation',
  'Electronics',
  'Chemical',
  'Research',
  'Investment',
  'Logistics',
  'Mining',
  'Defense',
];
const ORG_CLASSES = ['Company', 'Group', 'Institute', 'University', 'Holding', 'Corporation', 'Academy', 'Bank'];
const LEGAL = ['LLC', 'Ltd', 'JSC', 'GmbH', 'S.A.', 'Co., Ltd.', 'OOO', ''];
const COUNTRIES = ['ru', 'cn', 'ir', 'kp', 'sy', 'ae', 'tr', 'by', 'us', 'de', 'gb', 'fr', 'in', 'pk', 'af', 've'];
const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  y: 'ы',
  z: 'з',
  c: 'ц',
};
const ARABIC: Record<string, string> = {
  b: 'ب',
  d: 'د',
  f: 'ف',
  g: 'ج',
  h: 'ه',
  j: 'ج',
  k: 'ك',
  l: 'ل',
  m: 'م',
  n: 'ن',
  q: 'ق',
  r: 'ر',
  s: 'س',
  t: 'ت',
  v: 'ف',
  w: 'و',
  y: 'ي',
  z: 'ز',
  c: 'ك',
  p: 'ب',
  a: 'ا',
  i: 'ي',
  u: 'و',
};

export class Generator {
  private readonly next: () => number;
  private readonly givenNames: string[];

  constructor(seed: number) {
    this.next = random(seed);
    this.givenNames = Array.from({ length: 5000 }, () => this.word(2, 3));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  word(min: number, max: number): string {
    const count = min + Math.floor(this.next() * (max - min + 1));
    let out = '';
    for (let index = 0; index < count; index++) {
      out += this.pick(SYLLABLE_LIST);
    }
    return out[0].toUpperCase() + out.slice(1);
  }

  script(name: string, table: Record<string, string>): string {
    return [...name.toLowerCase()].map((char) => table[char] ?? (char === ' ' ? ' ' : '')).join('');
  }

  han(count: number): string {
    let out = '';
    for (let index = 0; index < count; index++) {
      out += this.pick([...HAN]);
    }
    return out;
  }

  entry(id: number): IndexEntry {
    const roll = this.next();
    const countries = [this.pick(COUNTRIES)];
    if (roll < 0.6) {
      const given = this.pick(this.givenNames);
      const surname = this.word(3, 4);
      const name = this.next() < 0.3 ? `${given} ${this.pick(this.givenNames)} ${surname}` : `${given} ${surname}`;
      const aliases = [`${surname.toUpperCase()}, ${given}`];
      const variant = this.next();
      if (variant < 0.4) {
        aliases.push(this.script(name, CYRILLIC));
      } else if (variant < 0.7) {
        aliases.push(this.script(name, ARABIC));
      } else if (variant < 0.85) {
        aliases.push(this.han(3));
      }
      const year = 1940 + Math.floor(this.next() * 60);
      return {
        entityId: `P${id}`,
        schema: 'Person',
        names: [name, ...aliases],
        countries,
        birthDates: [`${year}`],
        listIds: ['synthetic'],
      };
    }
    if (roll < 0.9) {
      const brand = this.word(3, 4);
      const name = `${brand} ${this.pick(ORG_DOMAINS)} ${this.pick(ORG_CLASSES)} ${this.pick(LEGAL)}`.trim();
      const aliases = [`${brand} ${this.pick(ORG_DOMAINS)}`];
      if (this.next() < 0.4) {
        aliases.push(this.script(name, CYRILLIC));
      }
      return { entityId: `O${id}`, schema: 'Company', names: [name, ...aliases], countries, listIds: ['synthetic'] };
    }
    const name = `${this.han(2 + Math.floor(this.next() * 3))}${this.pick(['公司', '大学', '研究所', '集团有限公司'])}`;
    return {
      entityId: `C${id}`,
      schema: 'Organization',
      names: [name, this.word(2, 3) + ' ' + this.pick(ORG_CLASSES)],
      countries: ['cn'],
      listIds: ['synthetic'],
    };
  }
}

export function typo(name: string, next: () => number): string {
  const words = name.split(' ');
  const index = words.reduce((best, word, position) => (word.length > words[best].length ? position : best), 0);
  const word = words[index];
  const at = 1 + Math.floor(next() * (word.length - 2));
  words[index] = word.slice(0, at) + word.slice(at + 1);
  return words.join(' ');
}
