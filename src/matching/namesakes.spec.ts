import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';

/**
 * The namesakes (namesakes.ts): the person a body honours, purpose and field complements, joined institutions; one
 * table per rule, one row per case with its reason, moved from organisation-rules.spec.ts. Every name here is made
 * up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} the person a body honours, named in a closing clause (rules 1.18.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow State University'),
      candidate: org('Quarrow State University named after A. B. Tarvel'),
      match: true,
      reason: 'a "named after" clause closing one name only names the same body: left out',
    },
    {
      query: org('Velmont Pedagogical Institute imeni N. I. Tarvela'),
      candidate: org('Velmont Pedagogical Institute'),
      match: true,
      reason: 'so with "imeni" and initials of which one reads as a Roman numeral, either side the query',
    },
    {
      query: org('Quarrow State University named after A. B. Tarvel'),
      candidate: org('Quarrow State University named after C. Velmont'),
      match: false,
      reason: 'a clause on both sides honouring two persons: two bodies',
    },
    {
      query: org('Quarrow Research Institute named after the Velmont Academy'),
      candidate: org('Quarrow Research Institute'),
      match: false,
      reason: 'a clause naming a body (a class word), not a person, stays counted',
    },
    {
      query: org('Pedagogical Institute named after A. Tarvel'),
      candidate: org('Pedagogical Institute'),
      match: false,
      reason: 'the rest of the name must hold a name word of its own: class words alone name many bodies',
    },
    {
      query: org('Quarrow State University named after A. Tarvel'),
      candidate: org('Velmont State University'),
      match: false,
      reason: 'the other name must be whole in the rest: a word of its own left over is another body',
    },
    {
      query: org('Quarrow State University of Technology'),
      candidate: org('Quarrow State Technical University named after A. B. Tarvel'),
      match: false,
      reason: 'a rest that agrees only through another class word of one group ("Technical") keeps the clause counted',
    },
    {
      query: org('Akademia Quarrowsko-Tarvelska im. Jana Velmonta'),
      candidate: org('Akademia Quarrowsko-Tarvelska'),
      match: true,
      reason: 'Polish "im." (also a Romanian legal form) between name words opens the clause (rules 1.41.0)',
    },
    {
      query: org('Quarrow im Park'),
      candidate: org('Quarrow'),
      match: false,
      reason: 'German "im" without a full stop is no clause: the words after it stay counted (rules 1.41.0)',
    },
    {
      query: org('Akademia Quarrowska im. Jana Velmonta'),
      candidate: org('Akademia Quarrowska im. Piotra Tarvela'),
      match: false,
      reason: 'two "im." clauses honouring two persons: two bodies (rules 1.41.0)',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a body's purpose or field written after its own name and class word (rules 1.41.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Foundation'),
      candidate: org('Quarrow Foundation for Tarvel Research'),
      match: true,
      reason: 'a foundation named with its purpose after "for" on one side only is the same foundation',
    },
    {
      query: org('Velmont Institute of Science and Technology'),
      candidate: org('Velmont Institute'),
      match: true,
      reason:
        'so is an institute with its fields after "of", when they are field or class words, either side the query',
    },
    {
      query: org('Quarrow Foundation'),
      candidate: org('Quarrow Foundation of Tarvelshire'),
      match: false,
      reason: 'after "of" a name word that is no field word may be a region: a regional body, counted',
    },
    {
      query: org('Tallinn Velmont University'),
      candidate: org('Tallinn Velmont University for Tarvel Research'),
      match: false,
      reason: 'a university with a purpose of its own is another university in many countries: not a listed class',
    },
    {
      query: org('Tallinn Institute'),
      candidate: org('Tallinn Institute for Tarvel Research'),
      match: false,
      reason: "a place as the body's only own name names many bodies of that place",
    },
    {
      query: org('Quarrow Tarvel Institute'),
      candidate: org('Tarvel Quarrow Institute for Velmont Studies'),
      match: false,
      reason: 'the same words in another order are another name',
    },
    {
      query: org('Quarrow Institute for Tarvel Research'),
      candidate: org('Quarrow Institute for Velmont Studies'),
      match: false,
      reason: 'a purpose on both sides that differs names two bodies',
    },
    {
      query: org('Quarrow Foundation'),
      candidate: org('Quarrow Foundation and Tarvel Research'),
      match: false,
      reason: '"and" after the class word joins another name, not a purpose',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a body's purpose after its own acronym and class word (rules 1.128.0)`, () => {
  // Made-up bodies.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QRV Foundation for Tarvel Research'),
      candidate: org('QRV Foundation'),
      match: true,
      reason: 'an acronym written on both sides is the own name a purpose after the class word leaves out',
    },
    {
      query: org('QUARVEL Centre for Sensor Web Technologies'),
      candidate: org('QUARVEL Centre'),
      match: true,
      reason: 'a word written in capitals, read as an acronym, too',
    },
    {
      query: org('QRV Foundation of Tarvelshire'),
      candidate: org('QRV Foundation'),
      match: false,
      reason: 'after "of" a name word that is no field word may be a region, as with a name word',
    },
    {
      query: org('QRV Institute of Machinery'),
      candidate: org('QRV Institute'),
      match: false,
      reason: 'an academic field after "of" names a field institute, as with a name word',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a general field phrase after a university's own name and class word (rules 1.51.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Velmont University'),
      candidate: org('Velmont University of Science and Technology'),
      match: true,
      reason: 'a namesake\'s university with a general field phrase after "of" on one side only is the same university',
    },
    {
      query: org('Quarrow Tarvel College of Applied Arts and Technology'),
      candidate: org('Quarrow Tarvel College'),
      match: true,
      reason: 'so is a college of two own name words, either side the query',
    },
    {
      query: org('Velmont University of Technology'),
      candidate: org('Velmont University'),
      match: true,
      reason: 'one general field word is a general field phrase too',
    },
    {
      query: org('Tallinn Velmont University'),
      candidate: org('Tallinn Velmont University of Science and Technology'),
      match: false,
      reason: "a city among the own name words: a place's universities differ by their fields",
    },
    {
      query: org('Gansu Velmont University'),
      candidate: org('Gansu Velmont University of Technology'),
      match: false,
      reason: "a province's name (subdivision_names.tsv, ISO 3166-2) is a place too",
    },
    {
      query: org('Velmont University'),
      candidate: org('Velmont University of Medical Sciences'),
      match: false,
      reason: 'a field word of its own ("medical") is no general phrase: another body of the namesake',
    },
    {
      query: org('Velmont University'),
      candidate: org('Velmont University of Finance and Economics'),
      match: false,
      reason: 'nor are finance and economics',
    },
    {
      query: org('Velmont National University'),
      candidate: org('Velmont National University of Technology'),
      match: false,
      reason: 'a deciding word among the own name words decides',
    },
    {
      query: org('Velmant University'),
      candidate: org('Velmont University of Science and Technology'),
      match: false,
      reason: 'the own name spelt otherwise: a spelling variant and a phrase left out are two doubts',
    },
    {
      query: org('Aachenski Velmont University'),
      candidate: org('Aachenski Velmont University of Technology'),
      match: false,
      reason: "a place's case form or adjective is a place too (a region's adjective names the region's bodies)",
    },
    {
      query: org('Velmont College'),
      candidate: org('Velmont University of Science and Technology'),
      match: false,
      reason: 'a related class word on the other side is no short form of the same name',
    },
    {
      query: org('Velmont University'),
      candidate: org('Velmont University for Science and Technology'),
      match: false,
      reason: 'only "of" opens the phrase (field_complement_openers)',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} the given names of the person a body is named after, before a shared surname (rules 1.57.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Emily Quarrow Foundation'),
      candidate: org('Quarrow Foundation'),
      match: true,
      reason: 'a given name before the surname both names share names the person the body honours',
    },
    {
      query: org('Quarrow Foundation'),
      candidate: org('Tobias and Johanna Quarrow Foundation'),
      match: true,
      reason: 'two given names joined by "and" before the shared surname are left out',
    },
    {
      query: org('Henrik L. and Johanna B. Quarrow Charitable Trust'),
      candidate: org('Quarrow Charitable Trust'),
      match: true,
      reason: 'given names and initials of two persons before the shared surname are left out',
    },
    {
      query: org('Institut Quarrow'),
      candidate: org('Institut Henrik-Tobias Quarrow'),
      match: true,
      reason: 'hyphen-joined given names between the class word and the surname are left out',
    },
    {
      query: org('Tobias Quarrow Memorial Trust'),
      candidate: org('T. Quarrow Memorial Trust'),
      match: true,
      reason: 'the other name writes the initial of the same given name',
    },
    {
      query: org('J. Quarrow University'),
      candidate: org('Quarrow Johanna University'),
      match: true,
      reason: 'the given name written after the surname (Hungarian order) is the one the initial stands for',
    },
    {
      query: org('Emily Quarrow Foundation'),
      candidate: org('Emily Tarvel Foundation'),
      match: false,
      reason: 'the same given name before another surname is another body',
    },
    {
      query: org('Emily Quarrow Foundation'),
      candidate: org('Tobias Quarrow Foundation'),
      match: false,
      reason: 'two different given names before one surname are two persons',
    },
    {
      query: org('H. Quarrow Memorial Trust'),
      candidate: org('Tobias Quarrow Memorial Trust'),
      match: false,
      reason: 'an initial of another given name is another person',
    },
    {
      query: org('K. Quarrow University'),
      candidate: org('Quarrow Johanna University'),
      match: false,
      reason: 'a given name after the surname that the initial does not begin stays a word the other name lacks',
    },
    {
      query: org('Grant Quarrow University'),
      candidate: org('Quarrow University'),
      match: false,
      reason: 'a given name that is also an English word ("grant"), alone, may be a word of the name',
    },
    {
      query: org('Emily Tobias Foundation'),
      candidate: org('Tobias Foundation'),
      match: false,
      reason: 'a shared word that is itself a given name may be another person: not read as a surname',
    },
    {
      query: org('Emily Munich Foundation'),
      candidate: org('Munich Foundation'),
      match: false,
      reason: 'a shared place is no surname',
    },
    {
      query: org('Johanna de Quarrow Foundation'),
      candidate: org('Quarrow Foundation'),
      match: false,
      reason: 'only "and" and its translations may stand between the given names and the surname',
    },
    {
      query: org('Tarvel Emily Quarrow Foundation'),
      candidate: org('Quarrow Foundation'),
      match: false,
      reason: 'a name word before the given names that the other name lacks still counts',
    },
    {
      query: org('Zoe Quarrow Memorial Trust'),
      candidate: org('A. Quarrow Memorial Trust'),
      match: false,
      reason: 'an initial read as a stop word ("A.") is still an initial that must agree',
    },
    {
      query: org('Tobias Cancer Research Institute'),
      candidate: org('Cancer Research Institute'),
      match: false,
      reason: 'a shared word with a meaning of its own (a field: "cancer") is no surname',
    },
    {
      query: org('Tobias Quarrow College of Technology'),
      candidate: org('Quarrow Institute of Technology'),
      match: false,
      reason:
        'with other words differing (college, institute) the given name still counts: another body of the surname',
    },
    {
      query: org('Johanna Tobias Quarrow'),
      candidate: org('Tobias Quarrow'),
      match: false,
      reason: "names without a body's class word are no body named after a person: not this rule's",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} ordinal words against numbers; a second institution joined after "and"; a subdivision’s form word (rules 1.64.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Construction Sixth Engineering Bureau'),
      candidate: org('Quarrow Construction 6th Engineering Bureau'),
      match: true,
      reason: 'an ordinal written as a word and as a number with its suffix is one number',
    },
    {
      query: org('Tarvel Ninth Hospital'),
      candidate: org('Tarvel IX Hospital'),
      match: true,
      reason: 'so is the word against the Roman numeral',
    },
    {
      query: org('Quarrow Eighth Division'),
      candidate: org('Quarrow 7th Division'),
      match: false,
      reason: 'an ordinal word against another number is another numbered unit',
    },
    {
      query: org('Quarrow Sixth Engineering Bureau'),
      candidate: org('Quarrow Fifth Engineering Bureau'),
      match: false,
      reason: 'two ordinal words are two numbered units',
    },
    {
      query: org('Velmont Tarvel Administration GmbH'),
      candidate: org('Eleventh Tarvel Administration GmbH'),
      match: false,
      reason: 'an ordinal word stays a word of the name against a name word (sister companies numbered in words)',
    },
    {
      query: org('Quarrow Medical College'),
      candidate: org('Quarrow Medical College and Teaching Hospital'),
      match: true,
      reason: 'a hospital joined after "and" to a medical college’s name is the same body, which runs both',
    },
    {
      query: org('Velmont Cancer Center and Research Institute'),
      candidate: org('Velmont Cancer Center'),
      match: true,
      reason: 'so is a research institute joined to a centre’s name',
    },
    {
      query: org('Quarrow Specialist Hospital'),
      candidate: org('Quarrow Specialist Hospital and Research Centre'),
      match: true,
      reason: 'and a research centre joined to a hospital’s name',
    },
    {
      query: org('Institute of Tarvel Physics'),
      candidate: org('Institute of Tarvel Physics and Engineering in Medicine'),
      match: false,
      reason: 'a field joined after "and" is another body’s field, no institution',
    },
    {
      query: org('Quarrow University'),
      candidate: org('Quarrow University and Hospital'),
      match: false,
      reason: 'a university is no host of this rule: its hospital is a body of its own',
    },
    {
      query: org('Medical College and Hospital'),
      candidate: org('Medical College'),
      match: false,
      reason: 'a name of class words only names no one body',
    },
    {
      query: org('Quarrow Medical College'),
      candidate: org('Tarvel Medical College and Hospital'),
      match: false,
      reason: 'the rest of the names must agree',
    },
    {
      query: org('Province of Zeeland'),
      candidate: org('Zeeland'),
      match: true,
      reason: "a subdivision's name with its form word names the subdivision its bare name names",
    },
    {
      query: org('Quarrow Education Department of Zeeland'),
      candidate: org('Quarrow Education Department of Zeeland Province'),
      match: true,
      reason: 'so does the form word closing a name after the subdivision’s name',
    },
    {
      query: org('Zeeland Provincial Tarvel Institute'),
      candidate: org('Zeeland Tarvel Institute'),
      match: true,
      reason: 'and its adjective after it',
    },
    {
      query: org('Province of Zug'),
      candidate: org('Province of Zeeland'),
      match: false,
      reason: 'two subdivisions are two bodies',
    },
    {
      query: org('Quarrow Province Tarvel Council'),
      candidate: org('Quarrow Tarvel Council'),
      match: false,
      reason: 'a form word beside a name word that is no subdivision’s is a word of the name',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a number written first is no namesake's initial (rules 1.66.0)`, () => {
  // name-matcher.ts namesakeInitialAt: "First" (read as "1") or "7th" before a body's own name was taken for the
  // initial of a person the body is named after and left out of the score, so a numbered sister company scored 1.0
  // against the unnumbered one. A digit is a series number: it stays a word of the name. Made-up bodies.
  const sut = new NameMatcher();

  it.each([
    ['First Quarrow Shipping GmbH', 'Quarrow Shipping GmbH'],
    ['7th Quarrow Tarvel Company', 'Quarrow Tarvel Company'],
    ['FIRST QUARROW ADMINISTRATION GMBH', 'QUARROW ADMINISTRATION GMBH'],
  ])('"%s" against "%s": the number is an extra word, not initials', (query, candidate) => {
    const result = sut.score(org(query), org(candidate));
    expect(result.score).toBeLessThan(1);
    expect(JSON.stringify(result.features)).not.toContain('initials of the person');
  });

  it('a letter written first is still a namesake’s initial', () => {
    const result = sut.score(org('J. Quarrow University'), org('Quarrow University'));
    expect(result.score).toBe(1);
    expect(JSON.stringify(result.features)).toContain('initials of the person');
  });
});
