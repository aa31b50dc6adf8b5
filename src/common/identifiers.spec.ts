import { describe, expect, it } from 'vitest';
import { checkParty } from '../cases/case-input';
import { partyKey } from '../cases/case-findings';
import { prepareScreening } from '../screening/screening.service';
import { identifiersProblem, MAX_IDENTIFIERS } from './identifiers';

describe(identifiersProblem.name, () => {
  it.each<[reason: string, values: unknown[], problem: ReturnType<typeof identifiersProblem>]>([
    ['none is no problem', [], null],
    ['the limit of values is taken', Array.from({ length: MAX_IDENTIFIERS }, (_, index) => `QX-${index}`), null],
    [
      'one value more is refused for the list',
      Array.from({ length: MAX_IDENTIFIERS + 1 }, (_, index) => `QX-${index}`),
      { at: null, reason: 'at most 20 values; got 21' },
    ],
    ['a value of 200 characters is taken', ['Q'.repeat(200)], null],
    [
      'a value of 201 is refused at its place',
      ['QX-1', 'Q'.repeat(201)],
      { at: 1, reason: 'is 201 characters; at most 200 are allowed' },
    ],
    ['an empty value is refused at its place', ['  '], { at: 0, reason: 'is empty or only spaces' }],
    ['a number is no text', [12], { at: 0, reason: 'must be text' }],
  ])('%s', (_reason, values, problem) => {
    expect(identifiersProblem(values)).toEqual(problem);
  });

  it('refuses too many identifiers on the screen and a case party in the one sentence', () => {
    const identifiers = Array.from({ length: MAX_IDENTIFIERS + 1 }, (_, index) => `QX-${index}`);

    expect(() => prepareScreening({ name: 'Quarrow Tidal Institute', identifiers }, '')).toThrow(
      'identifiers: at most 20 values; got 21',
    );
    expect(() => checkParty('input.partner', 'PARTNER', { name: 'Quarrow Tidal Institute', identifiers })).toThrow(
      'input.partner.identifiers: at most 20 values; got 21',
    );
  });
});

describe('a case party\u2019s identifiers (rules 1.219.0)', () => {
  it('are kept as given, trimmed', () => {
    expect(
      checkParty('input.partner', 'PARTNER', { name: 'Quarrow Tidal Institute', identifiers: [' QX-1 '] }),
    ).toMatchObject({
      identifiers: ['QX-1'],
    });
  });

  it('leave the key of a party given none as it was, so dismissals of a stored party hold', () => {
    const party = { name: 'Quarrow Tidal Institute', country: 'is', dateOfBirth: [], entityRef: null };

    expect(partyKey({ ...party, identifiers: [] })).toBe(partyKey(party));
    // The key as main 5424be56 (rules 1.218.0) computed it for this party.
    expect(partyKey(party)).toBe('91fde07eb3edcb7bc17ba9210663b9c7bef700ef7e1ad05cb2a8517748cafe91');
  });

  it('change the key when given, as compared (case and punctuation folded)', () => {
    const party = { name: 'Quarrow Tidal Institute', country: 'is', dateOfBirth: [], entityRef: null };

    expect(partyKey({ ...party, identifiers: ['QX-1'] })).not.toBe(partyKey(party));
    expect(partyKey({ ...party, identifiers: ['QX-1'] })).toBe(partyKey({ ...party, identifiers: ['qx1'] }));
  });
});
