/**
 * A synthetic FollowTheMoney entities file for the import benchmark: persons and companies with
 * names in Latin, Cyrillic, Arabic and Chinese script, aliases, birth dates and countries, plus
 * Ownership and Directorship links between them and Sanction records. Deterministic for a seed;
 * written line by line to a stream, so memory stays flat whatever the size.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { random } from './lib/synthetic-list';

const SYLLABLES = (
  'ka ri mo len tor vash an el ber sin dra gol mir za hu pe lo fer nat bo ra di us ko va ne li sha ur im tas gun' +
  ' del mar ol ya fu ba ho ki ru sel tan vo ge min ad ar ib om zu pal nor ste hen wa ro ma'
).split(' ');
const HAN =
  '张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭';
const HAN_ORG = ['科技有限公司', '集团', '研究所', '贸易有限公司', '航空工业公司', '电子有限公司'];
const ORG_DOMAINS = ['Steel', 'Trading', 'Shipping', 'Energy', 'Aviation', 'Electronics', 'Chemical', 'Logistics'];
const LEGAL = ['LLC', 'Ltd', 'JSC', 'GmbH', 'Co., Ltd.', 'OOO'];
const COUNTRIES = ['ru', 'cn', 'ir', 'kp', 'sy', 'ae', 'tr', 'by', 'us', 'de', 'gb', 'fr', 'in', 'pk', 'af', 've'];
const PROGRAMMES = ['RUSSIA-EO14024', 'SDGT', 'IRAN', 'NPWMD', 'DPRK3', 'CYBER2', 'UKRAINE-EO13662'];
const ROLES = ['Director', 'Chairman', 'General Director', 'Board member', 'CEO'];
// prettier-ignore
const CYRILLIC: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', y: 'ы', z: 'з',
};
// prettier-ignore
const ARABIC: Record<string, string> = {
  a: 'ا', b: 'ب', d: 'د', e: 'ي', f: 'ف', g: 'غ', h: 'ه', i: 'ي', k: 'ك', l: 'ل', m: 'م', n: 'ن',
  o: 'و', p: 'ب', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'ف', w: 'و', y: 'ي', z: 'ز',
};

function transliterate(text: string, table: Record<string, string>): string {
  return [...text.toLowerCase()].map((character) => table[character] ?? character).join('');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface GeneratedFile {
  path: string;
  entities: number;
  relationships: number;
  sanctions: number;
  bytes: number;
}

export interface GeneratorOptions {
  path: string;
  size: number;
  seed: number;
  /** Changes every `modifyEvery`-th entity's name (an update path run); 0 for none. */
  modifyEvery?: number;
  dataset?: string;
}

/** Writes the file; resolves with what it holds. */
export async function generateFtmFile(options: GeneratorOptions): Promise<GeneratedFile> {
  const next = random(options.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const word = (syllables: number): string =>
    capitalise(Array.from({ length: syllables }, () => pick(SYLLABLES)).join(''));
  const dataset = options.dataset ?? 'bench_sanctions';
  const out = createWriteStream(options.path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let bytes = 0;
  let buffered: string[] = [];
  const write = async (line: string): Promise<void> => {
    buffered.push(line);
    if (buffered.length >= 1_000) {
      const chunk = `${buffered.join('\n')}\n`;
      buffered = [];
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) {
        await once(out, 'drain');
      }
    }
  };
  const counts = { entities: 0, relationships: 0, sanctions: 0 };
  const id = (index: number): string => `bench-${index.toString(36)}`;

  for (let index = 0; index < options.size; index += 1) {
    const person = next() < 0.6;
    const country = pick(COUNTRIES);
    const modified = options.modifyEvery && index % options.modifyEvery === 0 ? ' Jr' : '';
    let name: string;
    const aliases: string[] = [];
    const properties: Record<string, string[]> = { country: [country] };
    if (person) {
      const given = word(2);
      const family = word(3);
      name = `${given} ${family}${modified}`;
      aliases.push(`${family}, ${given}`, transliterate(`${given} ${family}`, CYRILLIC));
      if (next() < 0.3) {
        aliases.push(transliterate(`${given} ${family}`, ARABIC));
      }
      if (country === 'cn') {
        aliases.push(pick([...HAN]) + pick([...HAN]) + pick([...HAN]));
      }
      const year = 1940 + Math.floor(next() * 60);
      const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
      properties.birthDate = [`${year}-${month}-${day}`];
      properties.nationality = [country];
      properties.gender = [next() < 0.5 ? 'male' : 'female'];
    } else {
      const stem = word(2);
      name = `${stem} ${pick(ORG_DOMAINS)} ${pick(LEGAL)}${modified}`;
      aliases.push(stem.toUpperCase(), transliterate(stem, CYRILLIC));
      if (country === 'cn' || next() < 0.1) {
        aliases.push(pick([...HAN]) + pick([...HAN]) + pick(HAN_ORG));
      }
      if (next() < 0.2) {
        aliases.push(transliterate(stem, ARABIC));
      }
      properties.registrationNumber = [String(1_000_000 + Math.floor(next() * 9_000_000))];
    }
    properties.name = [name];
    properties.alias = aliases;
    properties.topics = ['sanction'];
    await write(
      JSON.stringify({ id: id(index), schema: person ? 'Person' : 'Company', properties, datasets: [dataset] }),
    );
    counts.entities += 1;

    if (next() < 0.5) {
      await write(
        JSON.stringify({
          id: `${id(index)}-sanction`,
          schema: 'Sanction',
          properties: {
            entity: [id(index)],
            program: [pick(PROGRAMMES)],
            authority: ['Office of Foreign Assets Control'],
            startDate: [`20${String(10 + Math.floor(next() * 15))}-0${1 + Math.floor(next() * 9)}-15`],
          },
          datasets: [dataset],
        }),
      );
      counts.sanctions += 1;
    }
    // Links point back to entities already written, so endpoints exist when the link arrives.
    if (index > 10 && next() < 0.2) {
      const owner = Math.floor(next() * index);
      await write(
        JSON.stringify({
          id: `${id(index)}-own`,
          schema: 'Ownership',
          properties: { asset: [id(index)], owner: [id(owner)], percentage: [String(Math.ceil(next() * 100))] },
          datasets: [dataset],
        }),
      );
      counts.relationships += 1;
    }
    if (index > 10 && person && next() < 0.15) {
      const organisation = Math.floor(next() * index);
      await write(
        JSON.stringify({
          id: `${id(index)}-dir`,
          schema: 'Directorship',
          properties: { director: [id(index)], organization: [id(organisation)], role: [pick(ROLES)] },
          datasets: [dataset],
        }),
      );
      counts.relationships += 1;
    }
  }
  const rest = buffered.length > 0 ? `${buffered.join('\n')}\n` : '';
  bytes += Buffer.byteLength(rest);
  out.end(rest);
  await once(out, 'finish');
  return { path: options.path, ...counts, bytes };
}
