import { describe, expect, it } from 'vitest';
import { checkCaseInput, checkParty, checkPartyUpdate, checkResearchAreas } from '../cases/case-input';
import type { GraphRepository } from '../graph/graph.repository';
import { checkId } from '../graph/graph-arguments';
import { GraphService } from '../graph/graph.service';
import { checkRef, PartnershipService } from '../risk/partnership.service';
import { prepareScreening } from '../screening/screening.service';
import { aliasesProblem, MAX_ALIASES } from './aliases';
import { NO_NAME_CHARACTER_REASON } from './control-characters';
import { countReason, EMPTY_TEXT_REASON, REQUIRED_REASON, textLengthReason } from './text-input';

// api8 (rules 1.232.0): one sentence per fault of a text input on every route, from one place, after the field it
// names. Made-up names.

/** A GraphService whose repository is never reached: every row is refused before a search. */
const graph = new GraphService({} as GraphRepository);

/** The assessPartnership input check runs before anything is read: a service with nothing behind it. */
const partnership = Object.create(PartnershipService.prototype) as PartnershipService;

describe('one sentence per fault of a text input, on every route (rules 1.232.0)', () => {
  it.each<[route: string, refuse: () => unknown, message: string]>([
    // A party's name absent (no id either): `give an id or a name` on the resolving routes before.
    ['screen, no name', () => prepareScreening({} as never, ''), `name: ${REQUIRED_REASON}`],
    ['partnerRisk and the partner, no name', () => checkRef('partner', {}), `partner.name: ${REQUIRED_REASON}`],
    ['a funder, no name', () => checkRef('funders[1]', { country: 'NL' }), `funders[1].name: ${REQUIRED_REASON}`],
    [
      "a case's partner, no name",
      () => checkParty('input.partner', 'PARTNER', { country: 'NL' }),
      `input.partner.name: ${REQUIRED_REASON}`,
    ],
    [
      "a case's partner not given at all",
      () => checkParty('input.partner', 'PARTNER', null),
      `input.partner.name: ${REQUIRED_REASON}`,
    ],
    // A name of spaces only.
    ['screen, a name of spaces', () => prepareScreening({ name: '   ' }, ''), `name: ${EMPTY_TEXT_REASON}`],
    ['the partner, a name of spaces', () => checkRef('partner', { name: '   ' }), `partner.name: ${EMPTY_TEXT_REASON}`],
    [
      'a case person, a name of spaces',
      () => checkParty('input.people[0]', 'PERSON', { name: '   ' }),
      `input.people[0].name: ${EMPTY_TEXT_REASON}`,
    ],
    ['searchEntities, a query of spaces', () => graph.searchEntities('   ', 10), `query: ${EMPTY_TEXT_REASON}`],
    // A case's title and research areas: `must not be empty` before.
    [
      "a case's title of spaces",
      () => checkCaseInput({ title: '  ', partner: { name: 'Quarrow Tidal Institute' } }),
      `input.title: ${EMPTY_TEXT_REASON}`,
    ],
    [
      "a case's research area of spaces",
      () => checkResearchAreas('input.researchAreas', ['optics', ' ']),
      `input.researchAreas[1]: ${EMPTY_TEXT_REASON}`,
    ],
    [
      "assessPartnership's research area of spaces (`must have 1 to 200 characters` before)",
      () => partnership.assess({ partner: { name: 'Quarrow Tidal Institute' }, researchAreas: [' '] }),
      `researchAreas[0]: ${EMPTY_TEXT_REASON}`,
    ],
    // A text too long: `at most 200 characters (got 201)` on a case before.
    [
      "a case's research area of 201 characters",
      () => checkResearchAreas('input.researchAreas', ['q'.repeat(201)]),
      'input.researchAreas[0]: is 201 characters; at most 200 are allowed',
    ],
    [
      "assessPartnership's research area of 201 characters",
      () => partnership.assess({ partner: { name: 'Quarrow Tidal Institute' }, researchAreas: ['q'.repeat(201)] }),
      'researchAreas[0]: is 201 characters; at most 200 are allowed',
    ],
    // Too many values: `at most 10 (got 11)`, `at most 10 are allowed (got 11)` before.
    [
      "a case's 11 funders",
      () =>
        checkCaseInput({
          title: 'Quarrow',
          partner: { name: 'Quarrow Tidal Institute' },
          funders: Array.from({ length: 11 }, (_, index) => ({ name: `Quarrow Fund ${index}` })),
        }),
      'input.funders: at most 10 values; got 11',
    ],
    [
      "assessPartnership's 11 funders",
      () =>
        partnership.assess({
          partner: { name: 'Quarrow Tidal Institute' },
          funders: Array.from({ length: 11 }, (_, index) => ({ name: `Quarrow Fund ${index}` })),
        }),
      'funders: at most 10 values; got 11',
    ],
    // An id too long: three sentences before (graph, cases, partnerRisk).
    [
      'the graph, an id of 301 characters',
      () => checkId('id', 'q'.repeat(301)),
      'id: is 301 characters; at most 300 are allowed',
    ],
    [
      "a case's partner, an id of 301 characters",
      () => checkParty('input.partner', 'PARTNER', { id: 'q'.repeat(301) }),
      'input.partner.id: is 301 characters; at most 300 are allowed',
    ],
    [
      'the partner, an id of 301 characters',
      () => checkRef('partner', { id: 'q'.repeat(301) }),
      'partner.id: is 301 characters; at most 300 are allowed',
    ],
    ['the graph, an empty id', () => checkId('id', ''), `id: ${EMPTY_TEXT_REASON}`],
    // A name with no letter or digit: `has no letters or digits to search for` on searchEntities before.
    [
      'searchEntities, a query of punctuation',
      () => graph.searchEntities('!!! ---', 10),
      `query: ${NO_NAME_CHARACTER_REASON}`,
    ],
    ['screen, a name of punctuation', () => prepareScreening({ name: '!!!' }, ''), `name: ${NO_NAME_CHARACTER_REASON}`],
  ])('%s', async (_route, refuse, message) => {
    await expect(Promise.resolve().then(refuse)).rejects.toThrow(message);
  });
});

describe('a case party takes other names as assessPartnership does (rules 1.232.0)', () => {
  it.each<[reason: string, refuse: () => unknown, message: string]>([
    [
      `${MAX_ALIASES + 1} aliases`,
      () =>
        checkParty('input.partner', 'PARTNER', {
          name: 'Quarrow',
          aliases: Array.from({ length: MAX_ALIASES + 1 }, (_, index) => `Q${index}`),
        }),
      'input.partner.aliases: at most 20 values; got 21',
    ],
    [
      'an alias of spaces',
      () => checkParty('input.funders[0]', 'FUNDER', { name: 'Quarrow', aliases: ['Quarrow Fund', ' '] }),
      'input.funders[0].aliases[1]: is empty or only spaces',
    ],
    [
      'an alias of 1,001 characters',
      () => checkParty('input.people[0]', 'PERSON', { name: 'Quarrow', aliases: ['q'.repeat(1_001)] }),
      'input.people[0].aliases[0]: is 1001 characters; at most 1000 are allowed',
    ],
    [
      'aliases beside an id',
      () => checkParty('input.partner', 'PARTNER', { id: 'quarrow:1', aliases: ['Quarrow'] }),
      'input.partner.aliases: are read with a name only: an id is taken as it is',
    ],
    [
      'an alias with a line break',
      () => checkParty('input.partner', 'PARTNER', { name: 'Quarrow', aliases: ['Quarrow\nFund'] }),
      'input.partner.aliases[0]: contains U+000A, a control character',
    ],
  ])('refuses %s in the sentence of assessPartnership', (_reason, refuse, message) => {
    expect(refuse).toThrow(message);
  });

  it('keeps the other names trimmed, and the same refusals on assessPartnership', () => {
    expect(checkParty('input.partner', 'PARTNER', { name: 'Quarrow', aliases: [' Quarrow Optics '] }).aliases).toEqual([
      'Quarrow Optics',
    ]);
    expect(() => checkRef('partner', { name: 'Quarrow', aliases: ['Quarrow Fund', ' '] })).toThrow(
      'partner.aliases[1]: is empty or only spaces',
    );
  });

  it('keeps the stored other names on a correction that does not touch them, and clears them when an id is given', () => {
    const current = {
      entityRef: null,
      name: 'Quarrow',
      country: null,
      dateOfBirth: [],
      identifiers: [],
      aliases: ['Quarrow Optics'],
    };

    expect(checkPartyUpdate('PARTNER', current, { country: 'NL' }).aliases).toEqual(['Quarrow Optics']);
    expect(checkPartyUpdate('PARTNER', current, { aliases: [] }).aliases).toEqual([]);
    expect(checkPartyUpdate('PARTNER', current, { id: 'quarrow:1' }).aliases).toEqual([]);
    expect(() => checkPartyUpdate('PARTNER', current, { id: 'quarrow:1', aliases: ['Q'] })).toThrow(
      'input.aliases: are read with a name only',
    );
  });
});

describe('the sentences themselves', () => {
  it.each<[reason: string, sentence: string | null, expected: string | null]>([
    ['a text within its limit is taken', textLengthReason(200, 200), null],
    ['a text past its limit', textLengthReason(201, 200), 'is 201 characters; at most 200 are allowed'],
    ['a list within its limit is taken', countReason(20, 20), null],
    ['a list past its limit', countReason(21, 20), 'at most 20 values; got 21'],
    ['aliases within every limit are taken', aliasesProblem(['Quarrow'])?.reason ?? null, null],
  ])('%s', (_reason, sentence, expected) => {
    expect(sentence).toBe(expected);
  });
});
