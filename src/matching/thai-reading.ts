import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDirectory } from './reference-directory';

/**
 * A Thai word in spoken order with its vowel forms read as RTGS writes them (since rules 1.62.0). Thai writes the
 * vowels เ แ โ ใ ไ before the consonant they follow in speech, and any-ascii reads letter by letter, so เชียงใหม่
 * came out "echiyngaihm"; read here it is "chiangmai". The readings are data (reference/thai_readings.tsv).
 */

/** A Thai consonant (U+0E01–U+0E2E). */
const THAI_CONSONANT = /[\u0e01-\u0e2e]/u;
/** A preposed vowel: เ แ โ ใ ไ. */
const PREPOSED_VOWEL = /[\u0e40-\u0e44]/u;
/** A consonant cluster's first and second letter: กร, ปล, ขว… (true clusters), and ห or อ leading a sonorant. */
const CLUSTER_FIRST = /[กขคตปผพ]/u;
const CLUSTER_SECOND = /[รลว]/u;
const LEADING = /[หอ]/u;
const SONORANT = /[งญนมยรลว]/u;

let readings: { forms: Map<string, string>; longest: number } | undefined;

function readingTable(): { forms: Map<string, string>; longest: number } {
  if (!readings) {
    const forms = new Map<string, string>();
    for (const line of readFileSync(join(referenceDirectory(), 'thai_readings.tsv'), 'utf8').split('\n')) {
      if (line && !line.startsWith('#')) {
        const [form, reading] = line.split('\t');
        forms.set(form, reading);
      }
    }
    readings = { forms, longest: Math.max(...[...forms.keys()].map((form) => form.length)) };
  }
  return readings;
}

/** The letters with each preposed vowel moved after the consonant, or two-letter cluster, that follows it. */
function spokenOrder(letters: string[]): string[] {
  const out = [...letters];
  for (let i = 0; i < out.length - 1; i++) {
    if (!PREPOSED_VOWEL.test(out[i]) || !THAI_CONSONANT.test(out[i + 1])) {
      continue;
    }
    const first = out[i + 1];
    const second = out[i + 2] ?? '';
    const cluster =
      (CLUSTER_FIRST.test(first) && CLUSTER_SECOND.test(second)) || (LEADING.test(first) && SONORANT.test(second));
    const length = cluster ? 2 : 1;
    const vowel = out[i];
    out.splice(i, length + 1, ...out.slice(i + 1, i + 1 + length), vowel);
    i += length;
  }
  return out;
}

/**
 * `word` with its Thai letters in spoken order and the vowel forms of thai_readings.tsv written in Latin letters;
 * other letters as they are (any-ascii reads them next). Call only for a word holding a Thai letter.
 */
export function thaiReading(word: string): string {
  const letters = spokenOrder([...word]);
  const { forms, longest } = readingTable();
  let out = '';
  for (let i = 0; i < letters.length;) {
    let length = Math.min(longest, letters.length - i);
    for (; length > 0; length--) {
      const reading = forms.get(letters.slice(i, i + length).join(''));
      if (reading !== undefined) {
        out += reading;
        break;
      }
    }
    if (length === 0) {
      out += letters[i];
      length = 1;
    }
    i += length;
  }
  return out;
}
