import { describe, expect, it } from 'vitest';
import { prepareScreening } from '../screening/screening.service';
import { checkParty } from '../cases/case-input';
import { MAX_BIRTH_DATES } from './birth-date';
import { NO_NAME_CHARACTER_REASON } from './control-characters';
import { MAX_NAME_LENGTH, nameLengthReason } from './name-length';

describe(nameLengthReason.name, () => {
  it.each<[reason: string, length: number, refused: string | null]>([
    ['a name of 200 characters is taken', 200, null],
    ['a long legal name of 324 characters (the lists\u2019 longest) is taken', 324, null],
    ['the limit itself is taken', MAX_NAME_LENGTH, null],
    ['one more is refused, saying how long it is', MAX_NAME_LENGTH + 1, 'is 1001 characters; at most 1000 are allowed'],
  ])('%s', (_reason, length, refused) => {
    expect(nameLengthReason(length)).toBe(refused);
  });

  it('refuses one name too long on the screen and a case party in one sentence, naming the field', () => {
    const name = 'Quarrow '.repeat(126).slice(0, MAX_NAME_LENGTH + 1);

    expect(() => prepareScreening({ name }, '')).toThrow(`name: ${nameLengthReason(name.length)}`);
    expect(() => checkParty('input.partner', 'PARTNER', { name })).toThrow(
      `input.partner.name: ${nameLengthReason(name.length)}`,
    );
  });

  it('takes a name of 300 characters on a case party as the screen does', () => {
    const name = 'Quarrow Tidal Institute of Glassworks '.repeat(8).slice(0, 300).trim();

    expect(prepareScreening({ name }, '').query.name).toBe(name);
    expect(checkParty('input.partner', 'PARTNER', { name }).name).toBe(name);
  });
});

describe('the other party inputs screen and a case read alike (rules 1.219.0)', () => {
  it('refuses a case party\u2019s name with no letter or digit as the screen refuses it', () => {
    expect(() => prepareScreening({ name: '!!!' }, '')).toThrow(`name: ${NO_NAME_CHARACTER_REASON}`);
    expect(() => checkParty('input.partner', 'PARTNER', { name: '!!!' })).toThrow(
      `input.partner.name: ${NO_NAME_CHARACTER_REASON}`,
    );
  });

  it('takes at most 10 dates of birth on the screen, as a case party takes', () => {
    const dates = Array.from({ length: MAX_BIRTH_DATES + 1 }, (_, index) => String(1950 + index));

    expect(() => prepareScreening({ name: 'Tavish Mordrell', dateOfBirth: dates }, '')).toThrow(
      'dateOfBirth: at most 10 values; got 11',
    );
    expect(() => checkParty('input.people[0]', 'PERSON', { name: 'Tavish Mordrell', dateOfBirth: dates })).toThrow(
      'input.people[0].dateOfBirth: at most 10 values',
    );
    expect(
      prepareScreening({ name: 'Tavish Mordrell', dateOfBirth: dates.slice(1) }, '').query.birthDates,
    ).toHaveLength(10);
  });
});
