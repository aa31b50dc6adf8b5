import { describe, expect, it } from 'vitest';
import { prepareScreening } from '../screening/screening.service';
import { checkParty } from '../cases/case-input';
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
