import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, score } from './name-matcher';

/** The resolver's threshold (risk-rules.v1.json resolution.threshold): a name resolves at this score or above. */
const RESOLUTION_THRESHOLD = 0.85;

/** A two-word name against a three-word one with a plain word more ("Quarrow Selkin" / "Quarrow Tarvelov Selkin"). */
const PLAIN_WORD_MORE = score(
  { name: 'Quarrow Selkin', schema: 'Person' },
  { name: 'Quarrow Tarvelov Selkin', schema: 'Person' },
).score;

/**
 * Since rules 1.203.0 (left-out-patronymic.ts): an East Slavic patronymic that one name writes and the other leaves
 * out, the given name and surname written the same (since rules 1.207.0, the given name may be spelt otherwise), costs half what a plain word left out costs: the shorter name is
 * how the person is usually named, and it does not deny the father's name. Made-up names; the common-name row uses
 * words of name_frequency.yml. Each row states the rule it checks.
 */
describe('a left-out patronymic (since rules 1.203.0; beside one word spelt otherwise since 1.207.0)', () => {
  it.each<[rule: string, query: string, listed: string, leftOut: boolean]>([
    [
      'the patronymic left out, given name and surname written the same',
      'Quarrow Selkin',
      'Quarrow Tarvelovich Selkin',
      true,
    ],
    ['the list order "SURNAME, Given Patronymic"', 'Quarrow Selkin', 'SELKIN, Quarrow Tarvelovich', true],
    ['the surname written first in the query', 'SELKIN, Quarrow', 'Quarrow Tarvelovich Selkin', true],
    ['a feminine patronymic (-ovna)', 'Ansoma Selkina', 'Ansoma Tarvelovna Selkina', true],
    ['a Belarusian patronymic (-avich)', 'Quarrow Selkin', 'Quarrow Tarvelavich Selkin', true],
    ['a Ukrainian patronymic (-ovych)', 'Quarrow Selkin', 'Quarrow Tarvelovych Selkin', true],
    ['a French spelling of the ending (-evitch)', 'Quarrow Selkin', 'SELKIN, Quarrow Tarveljevitch', true],
    ['a German spelling of the ending (-ewitsch)', 'Quarrow Selkin', 'Quarrow Tarveljewitsch Selkin', true],
    [
      'the query writes the patronymic, the listed name leaves it out',
      'Quarrow Tarvelovich Selkin',
      'Quarrow Selkin',
      true,
    ],
    ['a word left out that is no patronymic: a name word', 'Quarrow Selkin', 'Quarrow Tarvelov Selkin', false],
    ['the surname spelt otherwise: not word for word', 'Quarrow Selkyn', 'Quarrow Tarvelovich Selkin', false],
    ['two words left out', 'Quarrow Selkin', 'Quarrow Tarvelovich Ansom Selkin', false],
    [
      'a surname in -ovich left out after the patronymic: not the patronymic',
      'Quarrow Tarvelovich',
      'Quarrow Tarvelovich Selkinovich',
      false,
    ],
    ['a word in -ovich left out first: not after a given name', 'Quarrow Selkin', 'Tarvelovich Quarrow Selkin', false],
  ])('%s: "%s" / "%s"', (_rule, query, listed, leftOut) => {
    const result = score({ name: query, schema: 'Person' }, { name: listed, schema: 'Person' });
    const alignment = result.features.find((feature) => feature.name === 'token_alignment');
    if (leftOut) {
      expect(result.score).toBeGreaterThan(PLAIN_WORD_MORE + 0.03);
      expect(alignment?.reason).toContain('a patronymic the other name leaves out');
    } else {
      expect(result.score).toBeLessThanOrEqual(PLAIN_WORD_MORE);
      expect(alignment?.reason ?? '').not.toContain('a patronymic');
    }
  });

  /**
   * Since rules 1.207.0: the given name (the word before the patronymic, a given name of the tables; the rows use
   * given names of given_name_forms.yml and made-up surnames) may be spelt otherwise (a spelling, another
   * system's transliteration, a known variant) while the surname is written the same: "Aleksandr" for "Alexander",
   * the patronymic left out, still names the listed person well enough to resolve (0.85). The surname spelt
   * otherwise (another family a letter apart), an initial or a sound-alike are no such name, and stay below.
   */
  it.each<[rule: string, query: string, listed: string, leftOut: boolean]>([
    ['the given name spelt otherwise (ks/x)', 'Aleksandr Selkin', 'Alexander Tarvelovich Selkin', true],
    ['the given name under another system (ei/ey)', 'Sergei Selkin', 'SELKIN, Sergey Quarrowovich', true],
    [
      'the listed order "SURNAME, Given Patronymic", the given name spelt otherwise',
      'Aleksandr Selkin',
      'SELKIN, Alexander Tarvelovich',
      true,
    ],
    [
      'the listed name the shorter, its given name spelt otherwise',
      'Alexander Tarvelovich Selkin',
      'Aleksandr Selkin',
      true,
    ],
    [
      'the surname a letter apart, the given name alike: another family',
      'Quarrow Selkan',
      'Quarrow Tarvelovich Selkin',
      false,
    ],
    ['both words spelt otherwise', 'Aleksandr Selkyn', 'Alexander Tarvelovich Selkin', false],
    [
      'a word spelt otherwise that is no given name of the tables',
      'Aleksarrow Selkin',
      'Alexarrow Tarvelovich Selkin',
      false,
    ],
    [
      'a surname written before the patronymic, spelt otherwise',
      'Selkin Tarvelovich Aleksandr',
      'Selkyn Aleksandr',
      false,
    ],
    ['the given name an initial only', 'Q. Selkin', 'Quarrow Tarvelovich Selkin', false],
    ['the given name only alike in sound', 'Kwarrow Selkin', 'Quarrow Tarvelovich Selkin', false],
  ])('beside one word spelt otherwise, %s: "%s" / "%s"', (_rule, query, listed, leftOut) => {
    const result = score({ name: query, schema: 'Person' }, { name: listed, schema: 'Person' });
    const alignment = result.features.find((feature) => feature.name === 'token_alignment');
    if (leftOut) {
      expect(result.score).toBeGreaterThanOrEqual(RESOLUTION_THRESHOLD);
      expect(alignment?.reason).toContain('a patronymic the other name leaves out');
    } else {
      expect(result.score).toBeLessThan(RESOLUTION_THRESHOLD);
      expect(alignment?.reason ?? '').not.toContain('a patronymic');
    }
  });

  it('leaves a common given name spelt otherwise and a common surname under the common-name cap', () => {
    const result = score(
      { name: 'Dmitriy Sokolov', schema: 'Person' },
      { name: 'SOKOLOV, Dmitry Tarvelovich', schema: 'Person' },
    );
    expect(result.score).toBeLessThan(MATCH_THRESHOLD);
  });

  it('leaves a common given name and surname under the common-name cap, the patronymic left out', () => {
    const result = score(
      { name: 'Nikolai Sokolov', schema: 'Person' },
      { name: 'SOKOLOV, Nikolai Tarvelovich', schema: 'Person' },
    );
    expect(result.score).toBeLessThan(MATCH_THRESHOLD);
  });
});
