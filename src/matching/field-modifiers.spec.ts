import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

// Rules 1.162.0 (near2): a word of a subfield or an approach (org_words.yml field_modifiers) written right before a
// field word (field_modifier_heads) in one name only names another body: "Institute of Plasma Physics" is not the
// "Institute of Physics" (bench/HISTORY.md, near2). Made-up names throughout.
describe(`${NameMatcher.name} a subfield's word before a field word on one side only (rules 1.162.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Institute of Technology'),
      candidate: org('Quarrow Institute of Petrochemical Technology'),
      match: false,
      reason: "a subfield's institute and the field's institute of one city are two institutes",
    },
    {
      query: org('Quarrow University of Technology'),
      candidate: org('Quarrow University of Automotive Technology'),
      match: false,
      reason: 'a university of one branch of technology is not the university of technology',
    },
    {
      query: org('Quarrow University Ashby Hospital'),
      candidate: org('Quarrow University Ashby Rehabilitation Hospital'),
      match: false,
      reason: "a university's rehabilitation hospital is another hospital than its hospital",
    },
    {
      query: org('Norland Acad Sci, Inst Phys'),
      candidate: org('Norland Acad Sci, Inst Plasma Phys'),
      match: false,
      reason: 'in a bibliographic abbreviation, the field word cut short after a comma',
    },
    {
      query: org('Norland Academy of Sciences, Institute of Physics'),
      candidate: org('Norland Academy of Sciences, Institute of Atmospheric Physics'),
      match: false,
      reason: "an academy's two institutes, the subfield after a comma",
    },
    {
      query: org('University of Science and Technology of Peru'),
      candidate: org('University of Electronic Science and Technology of Peru'),
      match: false,
      reason: 'a name of class words and a country only: the subfield still decides',
    },
    {
      query: org('Tarvel Institute for Physics'),
      candidate: org('Tarvel Institute for Plasma Physics'),
      match: false,
      reason: 'the word before "Physics", below the threshold before and now said to decide',
    },
    {
      query: org('Quarrow Institute of Plasma Physics'),
      candidate: org('Quarrow Institute for the Physics of Plasmas'),
      match: true,
      reason: 'the subfield on both sides, in another form and order: one body',
    },
    {
      query: org('Quarrow Institute of Plasma Physics'),
      candidate: org('Quarrow Institute of Plasma Physics, Ashby'),
      match: true,
      reason: 'the subfield on both sides, a place added: one body as before',
    },
    {
      query: org('Quarrow Tropical Research Institute'),
      candidate: org('Instituto Quarrow de Investigaciones Tropicales'),
      match: true,
      reason: 'the subfield aligned with its word in another language, after the field word: one body',
    },
    {
      query: org('Unité de Recherche en Génie de l’Environnement de Quarrow'),
      candidate: org('Quarrow Research Unit in Environmental Engineering'),
      match: true,
      reason: 'the subfield aligned with a noun of another language, not a listed form: one body',
    },
    {
      query: org('Quarrow University Hospital'),
      candidate: org('Quarrow Hospital'),
      match: true,
      reason: 'a word of the body\'s kind before the field word ("University") is no subfield: one body as before',
    },
    {
      query: company('Quarrow Electronics Co., Ltd.'),
      candidate: company('Quarrow Co., Ltd.'),
      match: false,
      reason: "a company's word of its trade before no field word is left to the score, as before",
    },
  ])('$reason: "$query.name" / "$candidate.name"', (row) => {
    check(sut, row);
  });
});

// Rules 1.162.0 (near2): "Federal" right after a country's demonym that the other name writes too names the country's
// own level (org_words.yml country_level_groups): the federation's agency is the country's agency. The demonym is a
// real country's (the rule is about the country tables); the bodies are made up.
describe(`${NameMatcher.name} "Federal" after a country both names write (rules 1.162.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Austrian Tide Agency'),
      candidate: org('Austrian Federal Tide Agency'),
      match: true,
      reason: "the country's agency named with and without its federal level: one agency",
    },
    {
      query: org('Tide Agency of Austria'),
      candidate: org('Austrian Federal Tide Agency'),
      match: true,
      reason: 'the country after "of" in the other name',
    },
    {
      query: org('Austrian Tide Agency'),
      candidate: org('Federal Tide Agency'),
      match: false,
      reason: 'no country before "Federal": the word decides, as before',
    },
    {
      query: org('Styrian Tide Agency'),
      candidate: org('Austrian Federal Tide Agency'),
      match: false,
      reason: "a region's agency against the country's federal agency: two agencies",
    },
    {
      query: org('Austrian State Tide Agency'),
      candidate: org('Austrian Federal Tide Agency'),
      match: false,
      reason: 'a state level against the federal level: two deciding words of a jurisdiction, as before',
    },
    {
      query: org('Universidade de Quarrow'),
      candidate: org('Universidade Federal de Quarrow'),
      match: false,
      reason: "a place's name before the word is no country: the federal university is another body, as before",
    },
  ])('$reason: "$query.name" / "$candidate.name"', (row) => {
    check(sut, row);
  });
});
