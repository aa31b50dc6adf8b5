import { describe, expect, it } from 'vitest';
import { agreesTokenForToken, spellingVariant } from './name-agreement';

describe('spellingVariant', () => {
  it.each([
    ['mohammed', 'mohamed'],
    ['mohammed', 'muhammad'],
    ['salem', 'salim'],
    ['youssef', 'yousef'],
  ])('takes %s and %s as spellings of one word', (left, right) => {
    expect(spellingVariant(left, right)).toBe(true);
  });

  it.each([
    ['hassan', 'ghassan'],
    ['wang', 'kang'],
    ['omar', 'umar'],
    ['hassan', 'hussein'],
  ])('keeps %s and %s apart', (left, right) => {
    expect(spellingVariant(left, right)).toBe(false);
  });
});

describe('agreesTokenForToken', () => {
  it.each([
    ['Mohammed Hussein', 'MUHAMMAD, Hussein'],
    ['Kim Min-jun', 'KIM, Min Jun'],
    ['Youssef Hassan', 'YOUSEF, Hasan'],
    ['José García', 'GARCIA, Jose'],
    ['Ahmad Mirzaei', 'Haj Ahmad Mirzaei'],
    ['Mohammad Hashemi', 'HASHEMI, Seyed Mohammad'],
  ])('agrees when every word pairs with its own listed word: %s vs %s', (query, listed) => {
    expect(agreesTokenForToken(query, listed)).toBe(true);
  });

  it.each([
    ['Wang Ying', 'WANG, Guo Ying'],
    ['Hassan Abbas', 'ABBAS, Ghassan'],
    ['Ahmed Omar', 'UMAR, Sheikh Ahmed'],
    ['Yang Fan', 'FAN'],
    ['Omar Mohamed', 'Mohamed Omar Haji'],
    ['Rohit', 'Sheikh Rohit'],
  ])('disagrees on an extra or a different word: %s vs %s', (query, listed) => {
    expect(agreesTokenForToken(query, listed)).toBe(false);
  });
});
