import { describe, expect, it } from 'vitest';
import { nameVariants, normaliseName } from './normalise';

describe(normaliseName.name, () => {
  const sut = normaliseName;

  it.each<[raw: string, schema: string, comparable: string, reason: string]>([
    ['Crédit Agricole', 'Company', 'credit agricole', 'diacritics are folded'],
    ['ＡＣＭＥ Trading', 'Company', 'acme trading', 'NFKC folds full-width letters'],
    ['Procter & Gamble', 'Company', 'procter gamble', '& reads as "and", a stopword'],
    ['VladimirPutin', 'Person', 'vladimir putin', 'camelCase is split'],
    ['Путин Владимир', 'Person', 'putin vladimir', 'Cyrillic is transliterated'],
    ['Κυριάκος Μητσοτάκης', 'Person', 'kyriakos mitsotakis', 'Greek is transliterated'],
    ['محمد بن سلمان', 'Person', 'mhmd bn slmn', 'Arabic is transliterated'],
    ['习近平', 'Person', 'xi jin ping', 'Chinese characters become pinyin syllables'],
    ['Putin, Vladimir', 'Person', 'vladimir putin', '"SURNAME, Given" is reordered'],
    ['Präsident Barack Obama', 'Person', 'barack obama', 'titles are dropped'],
    ['The World Bank', 'Organization', 'world bank', 'leading "The" is a stopword'],
    ['Brigade Forty 4', 'Organization', 'brigade 44', 'number words become one number'],
    ['Apollo Fund VIII L.P.', 'Company', 'apollo fund 8', 'Roman numerals are numbers'],
    ['1st International Bank', 'Company', '1 international bank', 'ordinals are numbers'],
    ['I9or Sech1n', 'Person', 'igor sechin', 'digits inside words are letters'],
  ])('reads "%s" (%s) as "%s" because %s', (raw, schema, comparable) => {
    expect(sut(raw, schema).comparable).toBe(comparable);
  });

  it.each<[raw: string, schema: string, legalForms: string[], reason: string]>([
    ['Acme Co., Ltd.', 'Company', ['coltd'], 'English legal form'],
    ['ООО Ромашка', 'Company', ['ooo'], 'Russian legal form in Cyrillic'],
    ['Oboronnye Initsiativy o.O.O.', 'Company', ['ooo'], 'transliterated and dotted, same compare form'],
    ['SRL PRO TRAFFIC', 'Company', ['srl'], 'Romanian abbreviation'],
    ['Societatea cu Răspundere Limitată PRO TRAFFIC', 'Company', ['srl'], 'spelled out, same compare form'],
    ['Open Joint Stock Company Gazprom', 'Company', ['ojsc'], 'multi-word form'],
    ['Harbin Institute of Technology', 'Organization', [], '"of" is not a legal form'],
  ])('finds in "%s" (%s) the legal forms %j (%s)', (raw, schema, legalForms) => {
    expect(sut(raw, schema).legalForms).toEqual(legalForms);
  });

  it.each<[raw: string, classWords: string[], reason: string]>([
    ['Tsinghua University', ['university'], 'English class word'],
    ['Московский государственный университет', ['gov', 'university'], 'Russian class words'],
    ['北京大学', ['university'], 'Chinese class word over two characters'],
    ['Harbin Institute of Technology', ['institute', 'tech'], 'two class words'],
  ])('recognises in "%s" the class words %j (%s)', (raw, classWords) => {
    expect(sut(raw, 'Organization').classWords).toEqual(classWords);
  });

  it.each<[raw: string, acronym: string, reason: string]>([
    ['National University of Defense Technology', 'nudt', 'stopword "of" skipped'],
    ['Harbin Institute of Technology', 'hit', 'class words count'],
    ['Acme Ltd', '', 'under three words gives no acronym'],
  ])('gives "%s" the acronym "%s" (%s)', (raw, acronym) => {
    expect(sut(raw, 'Organization').acronym).toBe(acronym);
  });

  it.each<[raw: string, kinds: string[], reason: string]>([
    ['J.-C. Juncker', ['initial', 'initial', 'name'], 'dotted initials are separate initials'],
    ['Isa Bin Tarif', ['name', 'particle', 'name'], '"bin" is a particle'],
    ['Dr Hans Friedrich', ['title', 'name', 'name'], '"Dr" is a title'],
  ])('classifies the words of person "%s" as %j (%s)', (raw, kinds) => {
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
