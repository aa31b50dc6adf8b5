import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { prepareName } from './normalise';
import { check, company, org, type Row } from './organisation-rows.testing';
import { capitalsCodes } from './parent-bodies';

/**
 * unit5 (rules 1.164.0): a short word in capitals is read as an acronym (a code) only when its kind allows it. A name
 * in capitals whose words are read as its own only because they are class words or legal forms ("AG BANK": a legal
 * form first before one class word, rules 1.163.0; "NORTH BANK" read as name words, a name of class words only) is no
 * row of codes, so "AG" is not the initials of other names; and such a legal form, a name word there, gives an acronym
 * only its initial, as a legal form does. Made-up names; "AG", "SA", "AO", "FZCO" are legal forms of the
 * shipped tables, "BANK", "ALLIANCE", "HOLDING" class words.
 */
describe('a short word in capitals read as initials only as its kind allows (rules 1.164.0)', () => {
  it.each([
    { name: 'AG BANK', codes: false, reason: 'a legal form read as the name’s word before one class word' },
    { name: 'SA BANQUE, AO', codes: false, reason: 'the same, a legal form closing it' },
    { name: 'AG ALLIANCE FZCO', codes: false, reason: 'the same, another class word' },
    { name: 'QRAB QIDG', codes: true, reason: 'words in capitals that no table knows may be codes' },
    { name: 'HUS', codes: true, reason: 'a class word alone in its name may still be a code' },
    { name: 'QAVRU NORTH', codes: true, reason: 'a code beside a place word in capitals' },
  ])('capitalsCodes($name) is $codes ($reason)', ({ name, codes }) => {
    expect(capitalsCodes(prepareName(name, 'org'))).toBe(codes);
  });

  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('AG BANK'),
      candidate: company('ARQA-GELVIA'),
      match: false,
      reason: 'the legal form of a bank’s name is not the initials of two words in capitals',
    },
    {
      query: company('AG BANK'),
      candidate: company('A AND G HOLDING COMPANY, S.A.'),
      match: false,
      reason: 'nor of two letters written as words',
    },
    {
      query: company('SA BANQUE, AO'),
      candidate: company('SELVO-ARQUIN'),
      match: false,
      reason: 'another legal form and class word, a legal form closing the name',
    },
    {
      query: org('AGA'),
      candidate: company('AG ALLIANCE FZCO'),
      match: false,
      reason: 'an acronym is not the legal form’s letters and the class word’s initial',
    },
    {
      query: org('AGB'),
      candidate: company('AG BANK, AO'),
      match: false,
      reason: 'the same, a three-letter acronym',
    },
    {
      query: org('Hospital Universitario de la Sanvela'),
      candidate: org('HUS'),
      match: true,
      reason: 'a name that is one class word in capitals alone ("hus", a house) is still read as initials',
    },
    {
      query: company('AG BANK'),
      candidate: company('AG Bank, AO'),
      match: true,
      reason: 'the same bank written otherwise still matches',
    },
    {
      query: company('AG ALLIANCE FZCO'),
      candidate: company('AG ALLIANCE (FZCO)'),
      match: true,
      reason: 'the same name, its legal form in brackets',
    },
    {
      query: org('QRB'),
      candidate: org('QUARROW RESEARCH BUREAU'),
      match: true,
      reason: 'an acronym of a name of words in capitals still reads their initials',
    },
    {
      query: org('QRAB QIDG'),
      candidate: org('Quarrow Research Academy of Biology'),
      match: true,
      reason: 'a row of codes in capitals still reads as initials',
    },
  ])('$query.name vs $candidate.name: $match ($reason)', (row) => {
    check(sut, row);
  });
});
