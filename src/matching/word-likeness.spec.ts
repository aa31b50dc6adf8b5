import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * The word likeness (word-likeness.ts): words cut short, adjectives and genitives of names, cognates across scripts,
 * class kin in characters; one table per rule, one row per case with its reason, moved from
 * organisation-rules.spec.ts. Every name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} words cut short (rules 1.8.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Veltora Academy of Sciences, Economics Institute'),
      candidate: org('Veltora Acad Sci, Econ Inst'),
      match: true,
      reason: 'class and field words cut short ("Acad", "Sci", "Econ", "Inst") are those words',
    },
    {
      query: org('Quarrow University of Medicine'),
      candidate: org('Quarrow Med Univ'),
      match: true,
      reason: 'a field word cut short is that field, not another',
    },
    {
      query: company('Star Trading'),
      candidate: company('Starlight Trading'),
      match: false,
      reason: 'a brand is never cut short: a word that begins another name word is another name',
    },
    {
      query: org('Veltora Institute of Art'),
      candidate: org('Veltora Institute of Artificial Intelligence'),
      match: false,
      reason: 'a word that is itself vocabulary is no abbreviation of a longer one',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a name against its adjective or genitive (rules 1.13.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow University'),
      candidate: org('Quarrowova univerzita'),
      match: true,
      reason: 'a Czech possessive adjective of the name names the same university',
    },
    {
      query: org('University of Tarvelow'),
      candidate: org('Uniwersytet Tarvelowski'),
      match: true,
      reason: "a Polish adjective of the place's name names the same university",
    },
    {
      query: org('University of Norbergen'),
      candidate: org('Universitas Norbergensis'),
      match: true,
      reason: "a Latin adjective of the place's name names the same university",
    },
    {
      query: org('Universidad Quarrozana'),
      candidate: org('University of Quarroz'),
      match: true,
      reason: "a Spanish adjective of the place's name names the same university",
    },
    {
      query: org('University of Quarrow'),
      candidate: org('Universidad Quarrelana'),
      match: false,
      reason: 'an adjective of another name (a stem the name does not start with) is another body',
    },
    {
      query: org('Quarrow Technical University'),
      candidate: org('Quarrowova univerzita'),
      match: false,
      reason: 'a deciding word on one side only still decides',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a Chinese class word its English names render by another class (rules 1.43.0)`, () => {
  // han_words.yml class_kin: 学院 ("college", "institute") against "University" or "College" aligns as related class
  // words (org_words.yml class_equivalents), only when nothing else of either name is left over.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng Ocean University'),
      candidate: org('兰峰海洋学院'),
      match: true,
      reason: 'a college renamed a university in English keeps 学院 in Chinese: the rest of the name aligns',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰学院'),
      match: true,
      reason: 'a place and 学院 against the place and "University"',
    },
    {
      query: org('Lanfeng Ocean University'),
      candidate: org('蘭峰海洋學院'),
      match: true,
      reason: 'the same words in traditional characters (學院 a class word as 学院 is)',
    },
    {
      query: org('Lanfeng Normal University Taiwei College'),
      candidate: org('兰峰师范大学泰维学院'),
      match: true,
      reason: 'a university\'s college writes 学院: against "College" too',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰海洋学院'),
      match: false,
      reason: "a field word left over (海洋) keeps the ocean college apart from the place's university",
    },
    {
      query: org('Lanfeng Ocean University'),
      candidate: org('兰峰学院'),
      match: false,
      reason: 'a field word left over on the Latin side keeps them apart: the related class words do not align',
    },
    {
      query: org('Lanfeng Normal University'),
      candidate: org('兰峰师范大学泰维学院'),
      match: false,
      reason: "a university's college is not the university: its name and 学院 are left over",
    },
    {
      query: org('Lanfeng College'),
      candidate: org('兰峰大学'),
      match: false,
      reason: '大学 is not listed as rendered "College": a university is not a college of its place',
    },
    {
      query: org('兰峰大学'),
      candidate: org('兰峰学院'),
      match: false,
      reason: 'between two names in characters nothing changes: 大学 and 学院 are other class words',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Russian adjectives of cities in -inskiy and -enskiy (rules 1.22.0)`, () => {
  // org_words.yml place_case_endings: "Сочинский" (sochinskiy) is Sochi's adjective, "Гродненский" Grodno's.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvel Institute of Sochi'),
      candidate: org('Сочинский институт Тарвел'),
      match: true,
      reason: '"sochinskiy" less "inskiy", its vowel given back, is Sochi',
    },
    {
      query: org('Tarvel Institute of Grodno'),
      candidate: org('Гродненский институт Тарвел'),
      match: true,
      reason: '"grodnenskiy" less "enskiy", its vowel given back, is Grodno',
    },
    {
      query: org('Tarvel Institute of Grodno'),
      candidate: org('Сочинский институт Тарвел'),
      match: false,
      reason: "another city's adjective is another body",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} an international word in Latin letters and in Cyrillic; a private university's legal form (rules 1.63.0)`, () => {
  // org_words.yml cognate_spellings: a Latin word and a Cyrillic word's transliteration, each rewritten by its script's
  // systematic spellings (Latin ph, ch, y, c, -ti- before a vowel, doubled letters; Serbian -лошк-, Cyrillic -ий, ы),
  // are compared as cognates (name-matcher.ts wordLikeness), and such a pair is one deciding word (formsOfOneWord);
  // cognate_endings gains the Russian and Serbian case forms of -ический; org_types.yml НОЧУ ВО. Made-up bodies.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvel Institute of Psychoanalysis'),
      candidate: org('Тарвельский институт психоанализа'),
      match: true,
      reason: 'Latin "psych" is Cyrillic "псих" (ch is х, y is и): "Psychoanalysis" is психоанализа',
    },
    {
      query: org('Tarvel Institute of Psychology'),
      candidate: org('Тарвельский институт психоанализа'),
      match: false,
      reason: 'another field that begins alike stays another word',
    },
    {
      query: org('Tarvel Centre for Telecommunications'),
      candidate: org('Центр телекоммуникаций Тарвел'),
      match: true,
      reason: 'Latin "-cation" is Cyrillic "-кация" (a hard c is к, "ti" before a vowel is ци)',
    },
    {
      query: org('Tarvel Centre for Communications'),
      candidate: org('Центр телекоммуникаций Тарвел'),
      match: false,
      reason: '"communications" is not the whole of телекоммуникаций',
    },
    {
      query: org('Tarvel Institute for Information Technologies'),
      candidate: org('Институт за информационе технологије Тарвел'),
      match: true,
      reason: 'Serbian технологије is "technologies", the deciding word on both sides',
    },
    {
      query: org('Tarvel Institute for Information Systems'),
      candidate: org('Институт за информационе технологије Тарвел'),
      match: false,
      reason: '"technologies" on one side only still decides against the match',
    },
    {
      query: org('Tarvel Institute for Biological Research'),
      candidate: org('Институт за биолошка истраживања Тарвел'),
      match: true,
      reason: 'Serbian "-лошка" is the Latin "-logical" (the г of "-лог-" before -ски)',
    },
    {
      query: org('Tarvel Institute for Geological Research'),
      candidate: org('Институт за биолошка истраживања Тарвел'),
      match: false,
      reason: 'another "-logical" field is another word',
    },
    {
      query: org('Tarvel Institute of Physiology'),
      candidate: org('Тарвельский інститут фізіології'),
      match: true,
      reason: 'Ukrainian фізіології is "physiology": ph is ф, y is і, one letter s read z in a long stem',
    },
    {
      query: org('Tarvel Academy of Philology'),
      candidate: org('Тарвельская академия философии'),
      match: false,
      reason: 'stems two letters apart ("filolog" / "filosof") are two words',
    },
    {
      query: org('Tarvel Institute of Technical Problems'),
      candidate: org('Тарвельский институт технических проблем'),
      match: true,
      reason: 'технических (genitive plural of -ический) ends as "technical" does',
    },
    {
      query: org('Tarvel Institute of Economic Problems'),
      candidate: org('Тарвельский институт технических проблем'),
      match: false,
      reason: 'another field in its adjective is another word',
    },
    {
      query: org('Lucian Norbek State University'),
      candidate: org('Государственный университет имени Луциана Норбека'),
      match: true,
      reason: 'the honouree\'s given name: Latin "c" before i is ц',
    },
    {
      query: org('Adrian Norbek State University'),
      candidate: org('Государственный университет имени Луциана Норбека'),
      match: false,
      reason: 'another given name is another person',
    },
    {
      query: org('Persia Tarvel Institute'),
      candidate: org('Первый Тарвельский институт'),
      match: false,
      reason: 'short stems one letter apart before endings of one group ("pers" / "perv") are not one word',
    },
    {
      query: org('Tarvel Institute of Economics'),
      candidate: org(
        'Негосударственное образовательное частное учреждение высшего образования «Тарвельский институт экономики»',
      ),
      match: true,
      reason: 'the private higher-education legal form before the name is a legal form (НОЧУ ВО)',
    },
    {
      query: org('Tarvel Institute of Law'),
      candidate: org(
        'Негосударственное образовательное частное учреждение высшего образования «Тарвельский институт экономики»',
      ),
      match: false,
      reason: 'the name inside still decides',
    },
  ])('$reason', (row) => check(sut, row));
});
