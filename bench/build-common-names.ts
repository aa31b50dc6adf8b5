/**
 * Builds bench/data/common-names.csv from bench/data/common-name-parts.json: for each of the eight
 * naming traditions, every surname × given-name combination (30 × 30 = 900) is ordered by a SHA-1 of
 * "tradition|surname|given name" and the first NAMES_PER_TRADITION are kept, so the file is the same
 * on every run and every machine. Names are written in the tradition's order (surname first for
 * Chinese, Korean and Vietnamese; given name first otherwise). The next NAMES_PER_TRADITION combinations
 * go to common-names-heldout.csv: the same name words in other combinations, never tuned on. Russian feminine given names take the
 * feminine surname (Ivanov → Ivanova).
 *
 *   npm run bench:build && node dist-bench/bench/build-common-names.js
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findUp } from './lib/find-up';

export const NAMES_PER_TRADITION = 200;

interface Tradition {
  order: 'surname-first' | 'given-first';
  surnames: string[];
  given: string[];
  feminineGiven?: string[];
  feminineSurname?: string;
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function main(): void {
  const partsFile = findUp(join('bench', 'data', 'common-name-parts.json'), __dirname);
  const { traditions } = JSON.parse(readFileSync(partsFile, 'utf8')) as { traditions: Record<string, Tradition> };
  const header = 'tradition,full_name,surname,given_name';
  const lines = [header];
  const heldOut = [header];
  for (const [name, tradition] of Object.entries(traditions)) {
    const feminine = new Set(tradition.feminineGiven ?? []);
    const combinations = tradition.surnames.flatMap((surname) =>
      tradition.given.map((given) => {
        const family = tradition.feminineSurname === 'append a' && feminine.has(given) ? `${surname}a` : surname;
        const key = createHash('sha1').update(`${name}|${surname}|${given}`).digest('hex');
        return { key, family, given };
      }),
    );
    combinations.sort((a, b) => a.key.localeCompare(b.key));
    combinations.forEach(({ family, given }, position) => {
      if (position >= 2 * NAMES_PER_TRADITION) {
        return;
      }
      const full = tradition.order === 'surname-first' ? `${family} ${given}` : `${given} ${family}`;
      (position < NAMES_PER_TRADITION ? lines : heldOut).push([name, full, family, given].map(csvField).join(','));
    });
  }
  const out = join(dirname(partsFile), 'common-names.csv');
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${out}: ${lines.length - 1} names`);
  const heldOutFile = join(dirname(partsFile), 'common-names-heldout.csv');
  writeFileSync(heldOutFile, `${heldOut.join('\n')}\n`);
  console.log(`${heldOutFile}: ${heldOut.length - 1} names (the next combinations by the same hash; judge only)`);
}

main();
