import { describe, expect, it } from 'vitest';
import { score } from './name-matcher';

/**
 * Since rules 1.203.0 (romanisation.yml cyrillic_letter_spellings, token-similarity.ts `cyrillicSpellings`): a Cyrillic
 * word against a Latin one is as close as its closest spelling under one transliteration system, х written "kh",
 * "h", "ch" or "x" throughout the word; one edit from such a spelling is a spelling variant of it. Made-up names;
 * each row states the rule it checks.
 */
describe("a Cyrillic word under other systems' spellings of its letters (since rules 1.203.0; ц and ж since 1.207.0)", () => {
  it.each<[rule: string, cyrillic: string, latin: string, schema: string, atLeast: number, below: number]>([
    ['х written "ch", the Latin word one letter shorter', 'Тарвех', 'Tarvec', 'Organization', 0.9, 1],
    ['х written "ch" (German, Polish, Czech)', 'Тарвех', 'Tarvech', 'Organization', 1, 1.01],
    ['х written "h" (ISO 9)', 'Квархан', 'Kvarhan', 'Organization', 1, 1.01],
    ['х written "x" (GOST 7.79)', 'Тарвехин', 'Tarvexin', 'Person', 1, 1.01],
    ['х written "h" twice in one word', 'Хархов', 'Harhov', 'Person', 1, 1.01],
    [
      'a word without х is read as before: "k" against "ch" stays two edits',
      'Тарвек',
      'Tarvech',
      'Organization',
      0,
      0.85,
    ],
    [
      'one edit from the "h" spelling, as one letter changed in a Latin word',
      'Тарвех',
      'Tarvez',
      'Organization',
      0.9,
      0.91,
    ],
    ['two letters changed beside х: another word', 'Тарвех', 'Tarmuc', 'Organization', 0, 0.7],
    // Since rules 1.207.0: ц as "c" (ISO 9, GOST 7.79, Czech, Polish) and ж as "j" (French).
    ['ц written "c" (ISO 9), a one-word brand', 'Тарвиц', 'Tarvic', 'Organization', 1, 1.01],
    ['ц written "c" in a person\'s surname', 'Кварцев', 'Kvarcev', 'Person', 1, 1.01],
    ['ж written "j" (French), a one-word brand', 'Тарвиж', 'Tarvij', 'Organization', 1, 1.01],
    ['ж written "j" in a given name and ц "c" in the surname', 'Жарвен Тарвиц', 'Jarven Tarvic', 'Person', 1, 1.01],
    ['ц against "k": no system writes it so, two edits in a short word', 'Тарвиц', 'Tarvik', 'Organization', 0, 0.85],
    ['ж against "g": no system writes it so', 'Тарвиж', 'Tarvig', 'Organization', 0, 0.85],
  ])('%s: "%s" / "%s"', (_rule, cyrillic, latin, schema, atLeast, below) => {
    const result = score({ name: cyrillic, schema }, { name: latin, schema });
    expect(result.score).toBeGreaterThanOrEqual(atLeast);
    expect(result.score).toBeLessThan(below);
  });
});
