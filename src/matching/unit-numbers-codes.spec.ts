import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';

/**
 * unit3 (rules 1.157.0): what unit2 (1.154.0) left. A number of the name's own phrase (a date before a function word,
 * a place called by an article and a number) is no unit number beside the other name whole; a code with a digit is
 * never read by sound; an acronym in brackets after the name is explained as the body's own, not as a parent's.
 * Made-up names only.
 */
describe(`${NameMatcher.name} a number of the name's own phrase is no unit number (rules 1.157.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('7th of Quarrow Company'),
      candidate: org('Quarrow Company'),
      match: true,
      reason: 'a number first before "of" is a date the name is called by, not a unit number',
    },
    {
      query: org('Of Quarrow'),
      candidate: org('7th of Quarrow'),
      match: true,
      reason: 'the same with the number dropped on the other side',
    },
    {
      query: org('Quarrow Ganadera El 45 Ltda.'),
      candidate: org('Quarrow Ganadera El Ltda.'),
      match: true,
      reason: 'a number after a function word inside the name is a word of its phrase ("El 45"), not a unit number',
    },
    {
      query: org('Quarrow Ganadera El Ltda.'),
      candidate: org('Quarrow Ganadera El 45 Ltda.'),
      match: true,
      reason: 'the same the other way round',
    },
    {
      query: org('Bank QTB 24 Public Joint Stock Company'),
      candidate: org('QTB Bank Public Joint Stock Company'),
      match: false,
      reason: "a number after the group's acronym, before the legal form, still names a numbered body of the group",
    },
    {
      query: org('14th Quarrow Brigade'),
      candidate: org('Quarrow Brigade'),
      match: false,
      reason: 'a number first before a name word still names the unit',
    },
    {
      query: org('The 14th Quarrow Brigade'),
      candidate: org('The Quarrow Brigade'),
      match: false,
      reason: 'a number after an article still names the unit',
    },
    {
      query: org('Quarrow Institute 625 of QTC'),
      candidate: org('Quarrow Institute of QTC'),
      match: false,
      reason: 'a number after a unit word before "of" still names the unit',
    },
    {
      query: org('JSC 558 Quarrow Repair Plant'),
      candidate: org('Quarrow Repair Plant'),
      match: false,
      reason: 'a number after the legal form, before the name, still names the plant',
    },
    {
      query: org('7th of Quarrow Company'),
      candidate: org('8th of Quarrow Company'),
      match: false,
      reason: 'two dates are two names: a different number still decides',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a code with a digit is not read by sound (rules 1.157.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('TRN-1'),
      candidate: org('Torn'),
      match: false,
      reason: 'a code of capitals and a digit is no word that sounds like its letters',
    },
    {
      query: org('CLN-1'),
      candidate: org('Colne'),
      match: false,
      reason: 'the same against a one-word name of the same consonants',
    },
    {
      query: org('Morne'),
      candidate: org('MRN-1'),
      match: false,
      reason: 'the same the other way round',
    },
    {
      query: org('KRN-1'),
      candidate: org('Karen'),
      match: false,
      reason: 'a guard: a code against a name its letters do not sound like',
    },
    {
      query: org('KRN-1'),
      candidate: org('KRN-1'),
      match: true,
      reason: 'the same code is the same code',
    },
    {
      query: org('KRN1'),
      candidate: org('KRN-1'),
      match: true,
      reason: 'the same code written without its hyphen',
    },
    {
      query: org('Quarrow Holdings'),
      candidate: org('Kwarrow Holdings'),
      match: true,
      reason: 'words without a digit still match by spelling or sound',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} an acronym in brackets after the name is explained as the body's own (rules 1.157.0)`, () => {
  const sut = new NameMatcher();
  const reason = (query: string, candidate: string) =>
    sut
      .score(org(query), org(candidate))
      .features.map((feature) => feature.reason)
      .join(' ');

  it('an acronym whose letters come from the name is its own', () => {
    const text = reason(
      'Aviation Industry Corporation of Portugal (AVIP)',
      'Aviation Industry Corporation of Portugal',
    );
    expect(text).toContain(`"avip" in brackets after the name is the body's own acronym`);
    expect(text).not.toContain('parent body');
  });

  it("an acronym in brackets that is not from the name: its own or its parent's", () => {
    const text = reason('Institute of Tidal Sciences (QAS)', 'Institute of Tidal Sciences');
    expect(text).toContain(`"qas" in brackets after the name is an acronym of its body (its own, or its parent's)`);
  });

  it('an acronym written after the name without brackets still names the parent', () => {
    const text = reason('Quarrow Institute of Tides QAS', 'Quarrow Institute of Tides');
    expect(text).toContain(`"qas" names the parent body of the other name's body`);
  });
});
