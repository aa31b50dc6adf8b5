import { describe, expect, it } from 'vitest';
import { nameVariants, normaliseName, queryNameVariants } from './normalise';

describe(normaliseName.name, () => {
  const sut = normaliseName;

  it.each<[raw: string, schema: string, comparable: string, reason: string]>([
    ['Crédit Mâconnais', 'Company', 'credit maconnais', 'diacritics are folded'],
    ['ＡＣＭＥ Trading', 'Company', 'acme trading', 'NFKC folds full-width letters'],
    ['Harlow & Bexley', 'Company', 'harlow bexley', '& reads as "and", a stopword'],
    ['PavelVoronkov', 'Person', 'pavel voronkov', 'camelCase is split'],
    ['Воронков Павел', 'Person', 'voronkov pavel', 'Cyrillic is transliterated'],
    ['Σταμάτης Καρβελάκης', 'Person', 'stamatis karvelakis', 'Greek is transliterated'],
    ['سعيد بن حمدان', 'Person', 'syd bn hmdn', 'Arabic is transliterated'],
    ['李明远', 'Person', 'li ming yuan', 'Chinese characters become pinyin syllables'],
    ['Voronkov, Pavel', 'Person', 'pavel voronkov', '"SURNAME, Given" is reordered'],
    ['Präsident Dorian Kabana', 'Person', 'dorian kabana', 'titles are dropped'],
    ['The Harbour Bank', 'Organization', 'harbour bank', 'leading "The" is a stopword'],
    ['Battalion Forty 4', 'Organization', 'battalion 44', 'number words become one number'],
    ['Harrow Fund VIII L.P.', 'Company', 'harrow fund 8', 'Roman numerals are numbers'],
    ['1st Coastal Bank', 'Company', '1 coastal bank', 'ordinals are numbers'],
    ['Ol9a Dem1na', 'Person', 'olga demina', 'digits inside words are letters'],
    [
      'Universitat Quillona i Tarvel',
      'Organization',
      'universitat quillona tarvel',
      'a small "i" is "and" (Catalan, Slavic)',
    ],
    ['Sezione di Quillona I', 'Organization', 'sezione quillona 1', 'a capital "I" is a numeral, not "and"'],
    [
      'Quillona Paris I Tarvel',
      'Organization',
      'quillona paris 1 tarvel',
      'a capital "I" inside a name is a numeral too',
    ],
  ])('reads "%s" (%s) as "%s" because %s', (raw, schema, comparable) => {
    expect(sut(raw, schema).comparable).toBe(comparable);
  });

  it.each<[raw: string, schema: string, legalForms: string[], reason: string]>([
    ['Acme Co., Ltd.', 'Company', ['coltd'], 'English legal form'],
    ['ООО Ромашка', 'Company', ['ooo'], 'Russian legal form in Cyrillic'],
    ['Lesnye Tekhnologii o.O.O.', 'Company', ['ooo'], 'transliterated and dotted, same compare form'],
    ['SRL NOVA CARGO', 'Company', ['srl'], 'Romanian abbreviation'],
    ['Societatea cu Răspundere Limitată NOVA CARGO', 'Company', ['srl'], 'spelled out, same compare form'],
    ['Open Joint Stock Company Tavrolit', 'Company', ['ojsc'], 'multi-word form'],
    ['Korvel Institute of Technology', 'Organization', [], '"of" is not a legal form'],
  ])('finds in "%s" (%s) the legal forms %j (%s)', (raw, schema, legalForms) => {
    expect(sut(raw, schema).legalForms).toEqual(legalForms);
  });

  it.each<[raw: string, classWords: string[], reason: string]>([
    ['Marlowe University', ['university'], 'English class word'],
    ['Московский государственный университет', ['gov', 'university'], 'Russian class words'],
    ['北京大学', ['university'], 'Chinese class word over two characters'],
    ['Korvel Institute of Technology', ['institute', 'tech'], 'two class words'],
  ])('recognises in "%s" the class words %j (%s)', (raw, classWords) => {
    expect(sut(raw, 'Organization').classWords).toEqual(classWords);
  });

  it.each<[raw: string, acronym: string, reason: string]>([
    ['National University of Polder Technology', 'nupt', 'stopword "of" skipped'],
    ['Korvel Institute of Technology', 'kit', 'class words count'],
    ['Acme Ltd', '', 'under three words gives no acronym'],
  ])('gives "%s" the acronym "%s" (%s)', (raw, acronym) => {
    expect(sut(raw, 'Organization').acronym).toBe(acronym);
  });

  it.each<[raw: string, kinds: string[], reason: string]>([
    ['J.-P. Varnholt', ['initial', 'initial', 'name'], 'dotted initials are separate initials'],
    ['Isa Bin Qadir', ['name', 'particle', 'name'], '"bin" is a particle'],
    ['Dr Hans Kellerbach', ['title', 'name', 'name'], '"Dr" is a title'],
  ])('classifies the words of person "%s" as %j (%s)', (raw, kinds) => {
    expect(sut(raw, 'Person').tokens.map((token) => token.kind)).toEqual(kinds);
  });

  it('keeps the original script next to the transliteration', () => {
    const [token] = sut('Воронков', 'Person').tokens;
    expect(token).toEqual({ text: 'voronkov', original: 'воронков', script: 'Cyrillic', kind: 'name' });
  });
});

describe(nameVariants.name, () => {
  const sut = nameVariants;

  it.each([
    {
      raw: 'Quenford University (昆福大学)',
      variants: ['Quenford University (昆福大学)', 'Quenford University', '昆福大学'],
      reason: 'a bilingual name stands for each language part',
    },
    {
      raw: 'Bank of Norland (Hong Kong) Limited',
      variants: ['Bank of Norland (Hong Kong) Limited'],
      reason: 'a same-script qualifier is part of the name',
    },
    { raw: '   ', variants: [], reason: 'a blank name gives nothing' },
    {
      raw: 'TecNM Campus Quarrow',
      variants: ['TecNM Campus Quarrow'],
      reason: "an indexed name is kept as written, a national system's name too",
    },
  ])('gives $variants for "$raw" because $reason', ({ raw, variants }) => {
    expect(sut(raw)).toEqual(variants);
  });
});

describe(queryNameVariants.name, () => {
  const sut = queryNameVariants;

  it.each([
    // org_words.yml system_names (since rules 1.31.0); the places are made up.
    {
      raw: 'TecNM - Campus Quarrow Springs',
      variants: ['TecNM - Campus Quarrow Springs', 'Instituto Tecnológico Superior de Quarrow Springs'],
      reason: "a national system's name and a place stand for the member's own name in that place",
    },
    {
      raw: 'Tecnológico Nacional de México, Instituto Tecnológico Superior de Tarvel',
      variants: [
        'Tecnológico Nacional de México, Instituto Tecnológico Superior de Tarvel',
        'Instituto Tecnológico Superior de Tarvel',
      ],
      reason: "the system's name before a member's own name stands for that name",
    },
    {
      raw: 'Tecnológico Nacional de México',
      variants: ['Tecnológico Nacional de México'],
      reason: "the system's name alone names the system, no member",
    },
    {
      raw: 'TecNM ITQ',
      variants: ['TecNM ITQ'],
      reason: 'an acronym after the system name is no place written out',
    },
    {
      raw: 'Quenford University (昆福大学)',
      variants: ['Quenford University (昆福大学)', 'Quenford University', '昆福大学'],
      reason: 'the written variants come first',
    },
  ])('gives $variants for "$raw" because $reason', ({ raw, variants }) => {
    expect(sut(raw)).toEqual(variants);
  });
});
