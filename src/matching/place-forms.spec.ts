import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * The places (place-forms.ts and the places a name is placed by): a country or place placing a body, formal country
 * names, forms of state; one table per rule, one row per case with its reason, moved from
 * organisation-rules.spec.ts. Every name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} a country after "of" (rules 1.7.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Institute of Tidal Statistics'),
      candidate: org('Institute of Tidal Statistics of Malta'),
      match: true,
      reason: 'a country named after "of" places the body: added, it costs little',
    },
    {
      query: org('Open College of Malta'),
      candidate: org('OC'),
      match: true,
      reason: 'an acronym may leave out the country the name places the body in',
    },
    {
      query: company('Grupo Quarrense de Chile S.A.'),
      candidate: company('Grupo Quarrense S.A.'),
      match: false,
      reason: "in a company's name a country often names another company of the group",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a company's country against its company words (rules 1.8.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('Veltrexa Pharma (Malta)'),
      candidate: company('Veltrexa Pharma Co.'),
      match: true,
      reason: 'a trailing country against "Co." on the other side is a place added, not a conflict',
    },
    {
      query: company('Veltrexa Pharma (Malta)'),
      candidate: company('Veltrexa Pharma Group'),
      match: true,
      reason: '"Group" only says it is a company too',
    },
    {
      query: company('Veltrexa Pharma (Malta)'),
      candidate: org('Veltrexa Pharma Foundation'),
      match: false,
      reason: "the company's foundation is a body of its own",
    },
    {
      query: company('Veltrexa Pharma (Malta)'),
      candidate: org('Veltrexa Pharma Lab'),
      match: false,
      reason: "the company's laboratory is a unit of its own",
    },
    {
      query: company('Veltrexa Pharma (Malta)'),
      candidate: company('Veltrexa Pharma (Cyprus)'),
      match: false,
      reason: 'two countries are two companies of one group',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a country of several words, or after an article, placing a body (rules 1.10.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Institute of Tidal Statistics'),
      candidate: org('Quarrow Institute of Tidal Statistics of Burkina Faso'),
      match: true,
      reason: 'a country\'s name of two words after "of" places the body as a one-word name does',
    },
    {
      query: org('Instituto Quarrense de Estadística Marina'),
      candidate: org('Instituto Quarrense de Estadística Marina de Burkina Faso'),
      match: true,
      reason: 'so it does after a function word of another language ("de")',
    },
    {
      query: org('Quarrow Academy'),
      candidate: org('Quarrow Academy of the Gambia'),
      match: true,
      reason: 'a country\'s name after "of the" places the body as one after "of" does',
    },
    {
      query: org('Fundación Quarrense'),
      candidate: org('Fundación Quarrense de la Argentina'),
      match: true,
      reason: 'so does one after "de la"',
    },
    {
      query: org('Quarrow Institute of Tidal Statistics'),
      candidate: org('Quarrow Institute of Tidal Statistics of Norland Faso'),
      match: false,
      reason: "words that are no country's name stay words of the name",
    },
    {
      query: org('Quarrow Institute of Tidal Statistics'),
      candidate: org('Quarrow Institute of Tidal Statistics of South Sudan'),
      match: false,
      reason: "a country's name with a compass word is left as it was: the compass word decides",
    },
    {
      query: company('Grupo Quarrense S.A.'),
      candidate: company('Grupo Quarrense de Burkina Faso S.A.'),
      match: false,
      reason: "in a company's name a country often names another company of the group, whatever its length",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a place after a Slavic preposition of place, last (rules 1.10.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Univerzita Quarrova v Tarvelu'),
      candidate: org('Quarrova University'),
      match: true,
      reason: 'a place after "v" written last places the body: its translation leaves it out',
    },
    {
      query: org('Univerzita Quarrova v Tarvelu'),
      candidate: org('UQ'),
      match: true,
      reason: 'its acronym leaves the place out too',
    },
    {
      query: org('Akademija Quarrovih umjetnosti u Tarvelu'),
      candidate: org('Akademija Quarrovih umjetnosti'),
      match: true,
      reason: 'so does a place after "u"',
    },
    {
      query: org('Tarkelova Univerzita v Brodnu'),
      candidate: org('Tarkel University in Brodno'),
      match: true,
      reason:
        'the place, a qualifier on one side, aligned with the same place written as a name word on the other, identifies the body',
    },
    {
      query: org('Tarkelova Univerzita v Brodnu'),
      candidate: org('Tarkel University in Zarno'),
      match: false,
      reason: 'another place written on the other side is still a conflict',
    },
    {
      query: org('Uniwersytet Quarrowski w Tarvelu'),
      candidate: org('Uniwersytet Quarrowski w Brodnicy'),
      match: false,
      reason: 'two different places after "w" still tell two bodies apart',
    },
    {
      query: org('Univerza v Tarvelu'),
      candidate: org('University of Brodnica'),
      match: false,
      reason: 'after class words alone the place is the name, not a qualifier',
    },
    {
      query: org('Quarrow Bank W'),
      candidate: org('Quarrow Bank Tarvel'),
      match: false,
      reason: 'a capital W last is a letter of the name, not a preposition',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a country's name written as one word or two (rules 1.17.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Institute of Viet Nam'),
      candidate: org('Quarrow Institute of Vietnam'),
      match: true,
      reason: 'the country written in two words joins into its one-word form: the same place, not two',
    },
    {
      query: org('Viet Nam Quarrow University'),
      candidate: org('Vietnam Quarrow University'),
      match: true,
      reason: 'so does a country written first',
    },
    {
      query: org('Quarrow Institute of Viet Nam'),
      candidate: org('Quarrow Institute of Thailand'),
      match: false,
      reason: 'another country does not join: the country conflict stands',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a place is all two names share (rules 1.22.0)`, () => {
  // A generic body's name ("Université de <city>") against the city's name alone, or its name after initials read
  // as a legal form, shares the place only: the class word decides.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Université de Munich'),
      candidate: org('SPF München'),
      match: false,
      reason: 'with "SPF" read as a legal form, the other name is the city alone, in another language',
    },
    {
      query: org('Université de Munich'),
      candidate: org('München'),
      match: false,
      reason: 'a city is not the university of that city',
    },
    {
      query: org('Institute of Lyon'),
      candidate: org('Lione'),
      match: false,
      reason: 'nor an institute of it',
    },
    {
      query: org('Munich University'),
      candidate: org('Université de Munich'),
      match: true,
      reason: 'a class word shared besides the place is evidence of its own',
    },
    {
      query: org('Tarvel Université de Munich'),
      candidate: org('Tarvel München'),
      match: true,
      reason: 'so is a name word shared besides the place',
    },
    {
      query: company('Munich GmbH'),
      candidate: company('München GmbH'),
      match: true,
      reason: 'a name that is a place on both sides, with nothing added, is left to the score',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a country's formal name closing one name only (rules 1.56.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Velmont Institute'),
      candidate: org('Velmont Institute of the Republic of Moldova'),
      match: true,
      reason: 'a country written by its formal name after "of" places the body as its short name does (was 0.66)',
    },
    {
      query: org("Tarvel Ornithology Society of the People's Republic of Bangladesh"),
      candidate: org('Tarvel Ornithology Society'),
      match: true,
      reason: 'so with a form of state of several words, on either side (was 0.56)',
    },
    {
      query: org('Velmont Tide Society'),
      candidate: org('Velmont Tide Society, Federal Republic of Germany'),
      match: true,
      reason: 'so after a comma (was 0.64)',
    },
    {
      query: org('Quarrow Hydrology Centre'),
      candidate: org('Quarrow Hydrology Centre of the Islamic Republic of Mauritania'),
      match: true,
      reason: 'a deciding word of the form of state ("Islamic") decides nothing there (was capped at 0.65)',
    },
    {
      query: org('Instituto Quarrow de Hidrología'),
      candidate: org('Instituto Quarrow de Hidrología de la República Oriental del Uruguay'),
      match: true,
      reason: 'so in Spanish (was 0.56)',
    },
    {
      query: org('Velmont Tide Authority of the Republic of Korea'),
      candidate: org("Velmont Tide Authority of the Democratic People's Republic of Korea"),
      match: false,
      reason: 'both names write the country: the words that tell two states of one short name apart still decide',
    },
    {
      query: org('Central Bank'),
      candidate: org('Central Bank of the Republic of Moldova'),
      match: false,
      reason: "a generic name is left as it was: it is many countries' central bank",
    },
    {
      query: org('Quarrow Institute of Hydrology of the Republic of Tatarstan'),
      candidate: org('Quarrow Institute of Hydrology'),
      match: false,
      reason: "a republic that is no country (a country's subdivision) is no country's formal name",
    },
    {
      query: org('Tarvel Maritime Academy of the Republic of Moldova'),
      candidate: org('Tarvel Maritime Academy of Norway'),
      match: false,
      reason: 'another country is another body, as before',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} two states of one short name: a form-of-state word on one side only (rules 1.58.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvel Institute of the Republic of the Congo'),
      candidate: org('Tarvel Institute of the Democratic Republic of the Congo'),
      match: false,
      reason: '"Democratic" before the same head and country on one side only names another state',
    },
    {
      query: org('Quarrow Ministry of Tides of the Republic of China'),
      candidate: org("Quarrow Ministry of Tides of the People's Republic of China"),
      match: false,
      reason: '"People\'s" does too',
    },
    {
      query: org('Quarrow Bank of the Republic of China'),
      candidate: org('Quarrow Bank of China'),
      match: false,
      reason:
        'a formal name listed as another state than its short name (other_state_formal_names) decides by its head',
    },
    {
      query: org('Quarrow Bank of the Republic of Kazakhstan'),
      candidate: org('Quarrow Bank of Kazakhstan'),
      match: true,
      reason: "another country's formal name is the same state as its short name",
    },
    {
      query: org('Quarrow Bank of the Republic of China'),
      candidate: org('Quarrow Bank of the Republic of China (Taiwan)'),
      match: true,
      reason: 'the same formal name on both sides agrees',
    },
  ])('$reason', (row) => check(sut, row));
});
