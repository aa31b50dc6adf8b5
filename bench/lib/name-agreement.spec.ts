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
    // Since common8: romanisations of one name under one system, the article, a hyphen-joined given name
    // written apart, an Arabic-script word read by its letters.
    ['Zhu Lan', 'CHU, Lan'],
    ['Yevgeny Tarvov', 'Evgeny Tarvov'],
    ['Aleksey Tarvov', 'TARVOV, Alexey'],
    ['Noor Tarvani', 'TARVANI, Nour'],
    ['Saeed Tarvani', 'Said Tarvani'],
    ['Park Young-soo', 'PARK, Yong Su'],
    ['Karim Tarvan', 'KARIM AL TARVAN'],
    ['Karim Tarvan', 'Karim Al-Tarvan'],
    ['Nabil Hassan', 'نبيل الحسن'],
    ['Ahmed Ali', 'أحمد علي'],
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
    // Since common8: the nisba "-i", syllables of a given name in another order, an edit beside the article,
    // another written long vowel or first letter in Arabic script.
    ['Karim Yousef', 'YOUSEFI, Karim'],
    ['Karim Ahmadi', 'AHMAD, Karim'],
    ['Park Eun-jung', 'PARK, Jong Un'],
    ['Karim Tarvan', 'KARIM AL TARVEN'],
    ['Hussein Ali', 'حسن علي'],
    ['Hamed Ali', 'احمد علي'],
    ['Hamza Ali', 'علي الحمزي'],
  ])('disagrees on an extra or a different word: %s vs %s', (query, listed) => {
    expect(agreesTokenForToken(query, listed)).toBe(false);
  });
});
