import { describe, expect, it } from 'vitest';
import { checkParty, checkResearchAreas } from '../cases/case-input';
import { checkId } from '../graph/graph-arguments';
import { checkRef } from '../risk/partnership.service';
import { prepareScreening } from '../screening/screening.service';
import { normaliseExample } from '../yente/ftm-mapping';
import { birthDateProblem } from './birth-date';
import { refusedCharacterReason, refusedTextField } from './control-characters';

const TAIL =
  'control characters (tabs, line breaks, NUL…), bidirectional overrides and unpaired surrogates are refused';

describe(refusedCharacterReason.name, () => {
  it.each<[reason: string, value: string, refused: string | null]>([
    ['a plain name is taken', 'Quarrow Tidal Institute', null],
    ['NUL is refused, named by its code point', 'Quarrow\u0000Tidal', `contains U+0000, a control character: ${TAIL}`],
    ['a tab is refused', 'Quarrow\tTidal', `contains U+0009, a control character: ${TAIL}`],
    ['a line break is refused', 'Quarrow Tidal\n', `contains U+000A, a control character: ${TAIL}`],
    ['DEL is refused', 'Quarrow\u007fTidal', `contains U+007F, a control character: ${TAIL}`],
    [
      'a C1 character a list read in the wrong code page carries is taken (U+0092 for ’)',
      'Quarrow\u0092s Tidal Institute',
      null,
    ],
    [
      'the right-to-left override is refused',
      'Quarrow \u202eladiT',
      `contains U+202E, a bidirectional override: ${TAIL}`,
    ],
    ['the left-to-right override is refused', '\u202dQuarrow', `contains U+202D, a bidirectional override: ${TAIL}`],
    [
      'a right-to-left embedding and its end, as a list\u2019s Persian name carries them, are taken',
      '\u202bکوارو\u202c',
      null,
    ],
    ['an isolate is taken', '\u2067کوارو\u2069', null],
    ['the right-to-left mark is taken', 'کوارو\u200f', null],
    ['the Persian zero-width non-joiner is taken', 'می\u200cخواهم', null],
    ['a lone high surrogate is refused', 'Quarrow\ud800', `contains U+D800, an unpaired surrogate: ${TAIL}`],
    ['a lone low surrogate is refused', '\udc01Quarrow', `contains U+DC01, an unpaired surrogate: ${TAIL}`],
    ['a surrogate pair (an emoji) is taken', 'Quarrow \u{1F680}', null],
    ['a name in another script is taken', 'Кварроу Тайдал', null],
  ])('%s', (_reason, value, refused) => {
    expect(refusedCharacterReason(value)).toBe(refused);
  });
});

describe(refusedTextField.name, () => {
  it.each<[reason: string, fields: Record<string, unknown>, field: string | null]>([
    ['nothing refused', { name: 'Quarrow', identifiers: ['QX-1'], country: null }, null],
    ['a name is named as its field', { name: 'Quarrow\u0000' }, 'name'],
    ['a list value is named at its place', { name: 'Quarrow', identifiers: ['QX-1', 'QX\u202e2'] }, 'identifiers[1]'],
    ['the first field given is named first', { id: 'q\u0001', name: 'Quarrow\u0000' }, 'id'],
    ['what is no text is left to the route', { name: 12, dateOfBirth: [null] }, null],
  ])('%s', (_reason, fields, field) => {
    expect(refusedTextField(fields)?.field ?? null).toBe(field);
  });
});

describe('every route refuses such text in the one sentence, naming the field (rules 1.226.0)', () => {
  const sentence = `contains U+202E, a bidirectional override: ${TAIL}`;
  const hostile = 'Quarrow \u202eladiT';

  it.each<[route: string, refuse: () => unknown, field: string]>([
    ['screen (GraphQL, REST, the CLI rows)', () => prepareScreening({ name: hostile }, ''), 'name'],
    [
      'screen in a batch',
      () => prepareScreening({ name: 'Quarrow', aliases: [hostile] }, 'inputs[2].'),
      'inputs[2].aliases[0]',
    ],
    ['partnerRisk and the partner', () => checkRef('partner', { name: hostile }), 'partner.name'],
    [
      'a funder\u2019s identifiers',
      () => checkRef('funders[0]', { name: 'Quarrow', identifiers: [hostile] }),
      'funders[0].identifiers[0]',
    ],
    [
      'a person\u2019s country',
      () => checkRef('people[1]', { name: 'Quarrow', country: hostile }),
      'people[1].country',
    ],
    [
      'a person\u2019s date of birth',
      () => checkRef('people[0]', { name: 'Quarrow', dateOfBirth: [hostile] }),
      'people[0].dateOfBirth[0]',
    ],
    [
      'an alias of a party (rules 1.226.0)',
      () => checkRef('partner', { name: 'Quarrow', aliases: [hostile] }),
      'partner.aliases[0]',
    ],
    ['a case party', () => checkParty('input.partner', 'PARTNER', { name: hostile }), 'input.partner.name'],
    [
      'a case party\u2019s identifiers',
      () => checkParty('input.funders[0]', 'FUNDER', { name: 'Quarrow', identifiers: [hostile] }),
      'input.funders[0].identifiers[0]',
    ],
    [
      'a case\u2019s research areas',
      () => checkResearchAreas('input.researchAreas', ['optics', hostile]),
      'input.researchAreas[1]',
    ],
    ['a graph id', () => checkId('id', hostile), 'id'],
    [
      'a yente query property',
      () =>
        normaliseExample({ schema: 'Company', properties: { name: ['Quarrow'], address: [hostile] } }, 'queries.q1'),
      'queries.q1.properties.address[0]',
    ],
  ])('%s', (_route, refuse, field) => {
    expect(refuse).toThrow(`${field}: ${sentence}`);
  });
});

describe(birthDateProblem.name, () => {
  it.each<[reason: string, value: unknown, problem: string | null]>([
    ['a year is taken', '1970', null],
    ['a year and month is taken', '1970-04', null],
    ['a day is taken', '1970-04-30', null],
    ['spaces around are read away, as screen always read them', ' 1970-04-30 ', null],
    ['an empty date is refused in the one sentence', '', 'is empty or only spaces'],
    ['spaces alone are refused in the one sentence', '   ', 'is empty or only spaces'],
    ['a month 13 is refused', '1970-13', '"1970-13" is not YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a written date is refused', '30 April 1970', '"30 April 1970" is not YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a number is no text', 1970, 'must be text'],
    [
      'a control character is refused as every field\u2019s',
      '1970\u0000',
      `contains U+0000, a control character: ${TAIL}`,
    ],
  ])('%s', (_reason, value, problem) => {
    expect(birthDateProblem(value)).toBe(problem);
  });

  it.each<[route: string, refuse: () => unknown, field: string]>([
    ['screen', () => prepareScreening({ name: 'Quarrow', dateOfBirth: [''] }, ''), 'dateOfBirth[0]'],
    [
      'partnerRisk and assessPartnership',
      () => checkRef('people[0]', { name: 'Quarrow', dateOfBirth: [''] }),
      'people[0].dateOfBirth[0]',
    ],
    [
      'a case party',
      () => checkParty('input.people[0]', 'PERSON', { name: 'Quarrow', dateOfBirth: [''] }),
      'input.people[0].dateOfBirth[0]',
    ],
  ])('refuses an empty date of birth on %s in the one sentence', (_route, refuse, field) => {
    expect(refuse).toThrow(`${field}: is empty or only spaces`);
  });

  it('keeps a date given with spaces around as its date on every route', () => {
    expect(prepareScreening({ name: 'Quarrow', dateOfBirth: [' 1970 '] }, '').query.birthDates).toEqual(['1970']);
    expect(checkRef('partner', { name: 'Quarrow', dateOfBirth: [' 1970 '] }).dateOfBirth).toEqual(['1970']);
    expect(checkParty('input.partner', 'PARTNER', { name: 'Quarrow', dateOfBirth: [' 1970 '] }).dateOfBirth).toEqual([
      '1970',
    ]);
  });
});
