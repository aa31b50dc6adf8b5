import { describe, expect, it } from 'vitest';

import { unitAliasNames, unitAliasOfBody } from './unit-aliases';

/**
 * Since rules 1.163.0 (unit4): an alias a tracker entry lists that names a unit of the body (the body's own name whole,
 * and outside it a unit number beside a class word) is the unit's name, not the body's. Made-up names.
 */
const BODY = ['Quarrow Tidal Corporation', 'QTC', 'Quarrow Tidal Corp'];

describe(`${unitAliasOfBody.name}: a unit's name among a body's aliases (rules 1.163.0)`, () => {
  it.each([
    { alias: 'QTC Institute 625', key: '625', reason: 'the acronym with a unit word and a number after it' },
    {
      alias: 'No. 33 Research Institute, Third Academy of QTC',
      key: '3 33',
      reason: 'an institute of an academy of the body: both numbers, an ordinal word read as its number',
    },
    {
      alias: '33 Institute of QTC’s Third Academy',
      key: '3 33',
      reason: 'the same unit written the other way round, the possessive after the acronym: the same numbers',
    },
    {
      alias: 'Second Academy of QTC',
      key: '2',
      reason: 'an ordinal word before the unit word, the acronym after "of"',
    },
    { alias: 'QTC Second Academy', key: '2', reason: 'the acronym first' },
    {
      alias: '12th Research Institute, Quarrow Tidal Corporation (QTRA)',
      key: '12',
      reason: "the body's whole name, not its acronym, after the numbered unit",
    },
    {
      alias: 'Harbour Design Department of the Quarrow Tidal Corporation’s Fifth Academy',
      key: '5',
      reason: "an ordinal of the matcher's ordinal_words after the body's whole name",
    },
    {
      alias: 'Norvale Works Research Institute (a.k.a. QTC Institute 625)',
      key: '625',
      reason: 'a unit with its other name in brackets',
    },
  ])('$alias is a unit of the body ($reason)', ({ alias, key }) => {
    expect(unitAliasOfBody(alias, BODY)).toEqual({ alias, key });
  });

  it.each([
    {
      alias: 'Harbourville 841 Institute',
      reason: "a number and a unit word without the body's name: its own other name",
    },
    { alias: 'Ninth Academy', reason: "an ordinal and a unit word alone: the body's own other name" },
    { alias: 'QTC Academy of Tide Technology', reason: "the body's acronym and a class word, no number" },
    { alias: 'Quarrow Tidal Corp', reason: 'another spelling of the name' },
    { alias: 'QTC 625', reason: 'a number with no unit word' },
    { alias: 'Second Quarrow Tidal Corporation', reason: "a number whose only class word is the body's own name's" },
    { alias: 'QTCX Institute 7', reason: 'the acronym only as part of another word' },
  ])('$alias stays the body’s alias ($reason)', ({ alias }) => {
    expect(unitAliasOfBody(alias, BODY)).toBeUndefined();
  });

  it("does not read the body's name from a name of its own that writes a number", () => {
    expect(
      unitAliasOfBody('Harbourville 841 Institute Second Academy', ['Harbourville 841 Institute']),
    ).toBeUndefined();
  });
});

describe(`${unitAliasNames.name} (rules 1.163.0)`, () => {
  it.each([
    {
      alias: 'Norvale Works Research Institute (a.k.a. QTC Institute 625)',
      names: { name: 'Norvale Works Research Institute', aliases: ['QTC Institute 625'] },
    },
    { alias: 'Second Academy of QTC', names: { name: 'Second Academy of QTC', aliases: [] } },
    {
      alias: '12th Research Institute, Quarrow Tidal Corporation (QTRA)',
      names: { name: '12th Research Institute, Quarrow Tidal Corporation (QTRA)', aliases: [] },
    },
  ])('reads $alias', ({ alias, names }) => {
    expect(unitAliasNames(alias)).toEqual(names);
  });
});
