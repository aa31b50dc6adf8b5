/**
 * Builds bench/data/common-names.csv from bench/data/common-name-parts.json: for each of the eight
 * naming traditions, every surname × given-name combination (30 × 30 = 900) is ordered by a SHA-1 of
 * "tradition|surname|given name" and the first NAMES_PER_TRADITION are kept, so the file is the same
 * on every run and every machine. Names are written in the tradition's order (surname first for
 * Chinese, Korean and Vietnamese; given name first otherwise). The next NAMES_PER_TRADITION combinations
 * go to common-names-heldout.csv: the same name words in other combinations, never tuned on; the remaining
 * combinations (500 a tradition) go to common-names-dev2.csv, a second dev set. Russian feminine given names take the
 * feminine surname (Ivanov → Ivanova), Polish ones the adjectival feminine (Kowalski → Kowalska).
 * The eleven `moreTraditions` (25 × 25 names each) are split the same way: the first NAMES_PER_TRADITION to
 * common-names-more-dev.csv, the next to common-names-more-heldout.csv (judge only).
 * Mixed names (common-names-mixed-dev.csv / -mixed-heldout.csv): a given name of one of the nineteen traditions
 * with a surname of another, given name first ("<English given name> <German surname>"); for each ordered pair of
 * traditions the surname × given-name combinations are ordered by a SHA-1 of "mixed|given tradition|surname
 * tradition|surname|given name", the first MIXED_PER_PAIR go to the dev file, the next MIXED_PER_PAIR to the
 * held-out file (judge only). A feminine given name takes the surname tradition's feminine form.
 * Second held-out sets, disjoint from every file above (judge only): common-names-more-heldout2.csv holds the
 * remaining combinations of the eleven further traditions (after the first 2 × NAMES_PER_TRADITION), and
 * common-names-mixed-heldout2.csv the third MIXED_PER_PAIR combinations of each ordered pair; a full name that an
 * earlier file (or an earlier row) already holds is left out, so no query string of them was ever read.
 * A second mixed dev set (2026-12-04), common-names-mixed-dev2.csv: the fourth to sixth MIXED_PER_PAIR combinations
 * of each ordered pair, written last and disjoint from every file above in the same way (the earlier files rebuild
 * byte for byte): the held-out sets' few disagreeing alerts need more dev names of their kind to be seen.
 * A third dev set of further name words (2026-12-04, branch common7), common-names-more-dev3.csv: each of the nineteen
 * traditions has ten further surnames and ten further given names (`extraSurnames`, `extraGiven`, the next most common,
 * written from knowledge); every combination of the tradition's surnames and given names that uses at least one of them,
 * ordered by the same SHA-1 of "tradition|surname|given name", written last and disjoint from every file above (a full
 * name already held is left out; the earlier files rebuild byte for byte).
 *
 *   npm run bench:build && node dist-bench/bench/build-common-names.js
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findUp } from './lib/find-up';

export const NAMES_PER_TRADITION = 200;
export const MIXED_PER_PAIR = 6;

interface Tradition {
  order: 'surname-first' | 'given-first';
  surnames: string[];
  given: string[];
  feminineGiven?: string[];
  feminineSurname?: string;
  extraSurnames?: string[];
  extraGiven?: string[];
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A feminine given name takes the surname tradition's feminine surname (Ivanov → Ivanova; Polish
 * adjectival surnames Kowalski → Kowalska, nouns such as Nowak stay). */
function feminineForm(tradition: Tradition, surname: string): string {
  if (tradition.feminineSurname === 'append a') {
    return `${surname}a`;
  }
  return tradition.feminineSurname === 'ski to ska' ? surname.replace(/ki$/, 'ka') : surname;
}

/** A tradition's surname × given-name combinations in SHA-1 order of "tradition|surname|given name". */
function combinations(
  name: string,
  tradition: Tradition,
  keep: (surname: string, given: string) => boolean = () => true,
): string[] {
  const feminine = new Set(tradition.feminineGiven ?? []);
  const combined = tradition.surnames.flatMap((surname) =>
    tradition.given
      .filter((given) => keep(surname, given))
      .map((given) => {
        const family = feminine.has(given) ? feminineForm(tradition, surname) : surname;
        const key = createHash('sha1').update(`${name}|${surname}|${given}`).digest('hex');
        return { key, family, given };
      }),
  );
  combined.sort((a, b) => a.key.localeCompare(b.key));
  return combined.map(({ family, given }) => {
    const full = tradition.order === 'surname-first' ? `${family} ${given}` : `${given} ${family}`;
    return [name, full, family, given].map(csvField).join(',');
  });
}

/** The combinations of a tradition's surnames and given names, its extra words included, that use at least one extra word. */
function extraCombinations(name: string, tradition: Tradition): string[] {
  const extraSurnames = new Set(tradition.extraSurnames ?? []);
  const extraGiven = new Set(tradition.extraGiven ?? []);
  const widened: Tradition = {
    ...tradition,
    surnames: [...tradition.surnames, ...extraSurnames],
    given: [...tradition.given, ...extraGiven],
  };
  return combinations(name, widened, (surname, given) => extraSurnames.has(surname) || extraGiven.has(given));
}

/** Given names of one tradition with surnames of another, per ordered pair of traditions, in SHA-1 order. */
function mixedCombinations(all: Record<string, Tradition>): {
  dev: string[];
  heldOut: string[];
  heldOut2: string[];
  dev2: string[];
} {
  const dev: string[] = [];
  const heldOut: string[] = [];
  const heldOut2: string[] = [];
  const dev2: string[] = [];
  for (const [givenName, givenTradition] of Object.entries(all)) {
    const feminine = new Set(givenTradition.feminineGiven ?? []);
    for (const [surnameName, surnameTradition] of Object.entries(all)) {
      if (givenName === surnameName) {
        continue;
      }
      const label = `${givenName}+${surnameName}`;
      const combined = surnameTradition.surnames.flatMap((surname) =>
        givenTradition.given.map((given) => {
          const family = feminine.has(given) ? feminineForm(surnameTradition, surname) : surname;
          const key = createHash('sha1').update(`mixed|${givenName}|${surnameName}|${surname}|${given}`).digest('hex');
          return { key, family, given };
        }),
      );
      combined.sort((a, b) => a.key.localeCompare(b.key));
      const lines = combined.map(({ family, given }) =>
        [label, `${given} ${family}`, family, given].map(csvField).join(','),
      );
      dev.push(...lines.slice(0, MIXED_PER_PAIR));
      heldOut.push(...lines.slice(MIXED_PER_PAIR, 2 * MIXED_PER_PAIR));
      heldOut2.push(...lines.slice(2 * MIXED_PER_PAIR, 3 * MIXED_PER_PAIR));
      dev2.push(...lines.slice(3 * MIXED_PER_PAIR, 6 * MIXED_PER_PAIR));
    }
  }
  return { dev, heldOut, heldOut2, dev2 };
}

/** The full name of a CSV line (its second field), lower-cased: the key that makes the second held-out sets disjoint. */
function fullNameKey(line: string): string {
  const match = /^[^,]*,("(?:[^"]|"")*"|[^,]*)/.exec(line);
  return (match ? match[1].replace(/^"|"$/g, '') : line).toLowerCase();
}

function write(file: string, header: string, lines: string[], note: string): void {
  writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
  console.log(`${file}: ${lines.length} names${note}`);
}

function main(): void {
  const partsFile = findUp(join('bench', 'data', 'common-name-parts.json'), __dirname);
  const { traditions, moreTraditions } = JSON.parse(readFileSync(partsFile, 'utf8')) as {
    traditions: Record<string, Tradition>;
    moreTraditions: Record<string, Tradition>;
  };
  const header = 'tradition,full_name,surname,given_name';
  const dev: string[] = [];
  const heldOut: string[] = [];
  const dev2: string[] = [];
  for (const [name, tradition] of Object.entries(traditions)) {
    const lines = combinations(name, tradition);
    dev.push(...lines.slice(0, NAMES_PER_TRADITION));
    heldOut.push(...lines.slice(NAMES_PER_TRADITION, 2 * NAMES_PER_TRADITION));
    dev2.push(...lines.slice(2 * NAMES_PER_TRADITION));
  }
  const moreDev: string[] = [];
  const moreHeldOut: string[] = [];
  const moreHeldOut2: string[] = [];
  for (const [name, tradition] of Object.entries(moreTraditions)) {
    const lines = combinations(name, tradition);
    moreDev.push(...lines.slice(0, NAMES_PER_TRADITION));
    moreHeldOut.push(...lines.slice(NAMES_PER_TRADITION, 2 * NAMES_PER_TRADITION));
    moreHeldOut2.push(...lines.slice(2 * NAMES_PER_TRADITION));
  }
  const folder = dirname(partsFile);
  write(join(folder, 'common-names.csv'), header, dev, '');
  write(
    join(folder, 'common-names-heldout.csv'),
    header,
    heldOut,
    ' (the next combinations by the same hash; judge only)',
  );
  write(join(folder, 'common-names-dev2.csv'), header, dev2, ' (the remaining combinations of the eight traditions)');
  write(join(folder, 'common-names-more-dev.csv'), header, moreDev, ' (further traditions)');
  write(
    join(folder, 'common-names-more-heldout.csv'),
    header,
    moreHeldOut,
    ' (further traditions, the next combinations by the same hash; judge only)',
  );
  const mixed = mixedCombinations({ ...traditions, ...moreTraditions });
  write(join(folder, 'common-names-mixed-dev.csv'), header, mixed.dev, ' (given name and surname of two traditions)');
  write(
    join(folder, 'common-names-mixed-heldout.csv'),
    header,
    mixed.heldOut,
    ' (two traditions, the next combinations by the same hash; judge only)',
  );
  // Full names already in an earlier file (the same words drawn for another tradition or pair) are left out.
  const seen = new Set(
    [...dev, ...heldOut, ...dev2, ...moreDev, ...moreHeldOut, ...mixed.dev, ...mixed.heldOut].map(fullNameKey),
  );
  const unseen = (lines: string[]): string[] =>
    lines.filter((line) => {
      const key = fullNameKey(line);
      if (seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    });
  write(
    join(folder, 'common-names-more-heldout2.csv'),
    header,
    unseen(moreHeldOut2),
    ' (further traditions, the remaining combinations; judge only)',
  );
  write(
    join(folder, 'common-names-mixed-heldout2.csv'),
    header,
    unseen(mixed.heldOut2),
    ' (two traditions, the third combinations by the same hash; judge only)',
  );
  write(
    join(folder, 'common-names-mixed-dev2.csv'),
    header,
    unseen(mixed.dev2),
    ' (two traditions, the fourth to sixth combinations by the same hash; a second mixed dev set)',
  );
  const extra = Object.entries({ ...traditions, ...moreTraditions }).flatMap(([name, tradition]) =>
    extraCombinations(name, tradition),
  );
  write(
    join(folder, 'common-names-more-dev3.csv'),
    header,
    unseen(extra),
    ' (nineteen traditions, combinations with at least one further name word; a third dev set)',
  );
}

main();
