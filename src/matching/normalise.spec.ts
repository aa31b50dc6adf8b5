import { describe, expect, it } from 'vitest';
import { nameVariants, normaliseName } from './normalise';

describe(normaliseName.name, () => {
  const sut = normaliseName;

  it.each([
    { raw: 'Crédit Agricole', schema: 'Company', comparable: 'credit agricole', reason: 'diacritics are folded' },
    { raw: 'ＡＣＭＥ Trading', schema: 'Company', comparable: 'acme trading', reason: 'NFKC folds full-width letters' },
    {
      raw: 'Procter & Gamble',
      schema: 'Company',
      comparable: 'procter gamble',
      reason: '& reads as "and", a stopword',
    },
    { raw: 'VladimirPutin', schema: 'Person', comparable: 'vladimir putin', reason: 'camelCase is split' },
    { raw: 'Путин Владимир', schema: 'Person', comparable: 'putin vladimir', reason: 'Cyrillic is transliterated' },
    {
      raw: 'Κυριάκος Μητσοτάκης',
      schema: 'Person',
      comparable: 'kyriakos mitsotakis',
      reason: 'Greek is transliterated',
    },
    { raw: 'محمد بن سلمان', schema: 'Person', comparable: 'mhmd bn slmn', reason: 'Arabic is transliterated' },
    {
      raw: '习近平',
      schema: 'Person',
      comparable: 'xi jin ping',
      reason: 'Chinese characters become pinyin syllables',
    },
    { raw: 'Putin, Vladimir', schema: 'Person', comparable: 'vladimir putin', reason: '"SURNAME, Given" is reordered' },
    { raw: 'Präsident Barack Obama', schema: 'Person', comparable: 'barack obama', reason: 'titles are dropped' },
    { raw: 'The World Bank', schema: 'Organization', comparable: 'world bank', reason: 'leading "The" is a stopword' },
    {
      raw: 'Brigade Forty 4',
      schema: 'Organization',
      comparable: 'brigade 44',
      reason: 'number words become one number',
    },
    {
      raw: 'Apollo Fund VIII L.P.',
      schema: 'Company',
      comparable: 'apollo fund 8',
      reason: 'Roman numerals are numbers',
    },
    {
      raw: '1st International Bank',
      schema: 'Company',
      comparable: '1 international bank',
      reason: 'ordinals are numbers',
    },
    { raw: 'I9or Sech1n', schema: 'Person', comparable: 'igor sechin', reason: 'digits inside words are letters' },
  ])('gives "$comparable" for "$raw" because $reason', ({ raw, schema, comparable }) => {
    expect(sut(raw, schema).comparable).toBe(comparable);
  });

  it.each([
    { raw: 'Acme Co., Ltd.', schema: 'Company', legalForms: ['coltd'], reason: 'English legal form' },
    { raw: 'ООО Ромашка', schema: 'Company', legalForms: ['ooo'], reason: 'Russian legal form in Cyrillic' },
    {
      raw: 'Oboronnye Initsiativy o.O.O.',
      schema: 'Company',
      legalForms: ['ooo'],
      reason: 'transliterated and dotted, same compare form',
    },
    { raw: 'SRL PRO TRAFFIC', schema: 'Company', legalForms: ['srl'], reason: 'Romanian abbreviation' },
    {
      raw: 'Societatea cu Răspundere Limitată PRO TRAFFIC',
      schema: 'Company',
      legalForms: ['srl'],
      reason: 'Romanian legal form spelled out maps to the same compare form',
    },
    { raw: 'Open Joint Stock Company Gazprom', schema: 'Company', legalForms: ['ojsc'], reason: 'multi-word form' },
    {
      raw: 'Harbin Institute of Technology',
      schema: 'Organization',
      legalForms: [],
      reason: '"of" is not a legal form',
    },
  ])('finds legal forms $legalForms in "$raw" ($reason)', ({ raw, schema, legalForms }) => {
    expect(sut(raw, schema).legalForms).toEqual(legalForms);
  });

  it.each([
    { raw: 'Tsinghua University', classWords: ['university'], reason: 'English class word' },
    { raw: 'Московский государственный университет', classWords: ['gov', 'university'], reason: 'Russian class words' },
    { raw: '北京大学', classWords: ['university'], reason: 'Chinese class word over two characters' },
    { raw: 'Harbin Institute of Technology', classWords: ['institute', 'tech'], reason: 'two class words' },
  ])('recognises class words $classWords in "$raw" ($reason)', ({ raw, classWords }) => {
    expect(sut(raw, 'Organization').classWords).toEqual(classWords);
  });

  it.each([
    { raw: 'National University of Defense Technology', acronym: 'nudt', reason: 'stopword "of" skipped' },
    { raw: 'Harbin Institute of Technology', acronym: 'hit', reason: 'class words count' },
    { raw: 'Acme Ltd', acronym: '', reason: 'under three words gives no acronym' },
  ])('gives acronym "$acronym" for "$raw" ($reason)', ({ raw, acronym }) => {
    expect(sut(raw, 'Organization').acronym).toBe(acronym);
  });

  it.each([
    { raw: 'J.-C. Juncker', kinds: ['initial', 'initial', 'name'], reason: 'dotted initials are separate initials' },
    { raw: 'Isa Bin Tarif', kinds: ['name', 'particle', 'name'], reason: '"bin" is a particle' },
    { raw: 'Dr Hans Friedrich', kinds: ['title', 'name', 'name'], reason: '"Dr" is a title' },
  ])('classifies the words of person "$raw" as $kinds ($reason)', ({ raw, kinds }) => {
    expect(sut(raw, 'Person').tokens.map((token) => token.kind)).toEqual(kinds);
  });

  it('keeps the original script next to the transliteration', () => {
    const [token] = sut('Путин', 'Person').tokens;
    expect(token).toEqual({ text: 'putin', original: 'путин', script: 'Cyrillic', kind: 'name' });
  });
});

describe(nameVariants.name, () => {
  const sut = nameVariants;

  it.each([
    {
      raw: 'Peking University (北京大学)',
      variants: ['Peking University (北京大学)', 'Peking University', '北京大学'],
      reason: 'a bilingual name stands for each language part',
    },
    {
      raw: 'Bank of China (Hong Kong) Limited',
      variants: ['Bank of China (Hong Kong) Limited'],
      reason: 'a same-script qualifier is part of the name',
    },
    { raw: '   ', variants: [], reason: 'a blank name gives nothing' },
  ])('gives $variants for "$raw" because $reason', ({ raw, variants }) => {
    expect(sut(raw)).toEqual(variants);
  });
});
