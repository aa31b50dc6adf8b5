import { beforeAll, describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { getReferenceData } from './reference-data';
import { check, company, type Row } from './organisation-rows.testing';

// caps1 (rules 1.142.0): in a name written all in capitals with another word beside it, a short word is read as an
// acronym only for its capitals; it is compared as a word as well (its spelling variants, as in small letters),
// unless something written says it is an acronym (dots, capitals among small letters) or it is the whole name.
// Made-up names only.

// The reference tables are read once, by the first row; on a loaded machine that takes longer than a row may.
beforeAll(() => {
  getReferenceData();
}, 180_000);

describe(`${NameMatcher.name} a short word of a name in capitals is a word too (rules 1.142.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('QAM HOLDING'),
      candidate: company('QUAM HOLDING'),
      match: true,
      reason: 'both in capitals, a letter dropped from the short word',
    },
    {
      query: company('QUAM HOLDING'),
      candidate: company('QAM HOLDING'),
      match: true,
      reason: 'the same, the other way round',
    },
    {
      query: company('QAM HOLDING'),
      candidate: company('Quam Holding'),
      match: true,
      reason: 'the query in capitals, the entry in small letters',
    },
    {
      query: company('QAM TRADING LLC'),
      candidate: company('QAMR TRADING LLC'),
      match: true,
      reason: 'a letter added, a legal form beside',
    },
    {
      query: company('QAM TARVEL HOLDING'),
      candidate: company('QUAM TARVEL HOLDING'),
      match: true,
      reason: 'among other name words',
    },
    {
      query: company('QAM HOLDING'),
      candidate: company('QAM HOLDINGS'),
      match: true,
      reason: 'the same short word, as before',
    },
    {
      query: company('QSU'),
      candidate: company('QSUN'),
      match: false,
      reason: 'the whole name: an acronym, compared exactly',
    },
    {
      query: company('QSU LLC'),
      candidate: company('QSUN LLC'),
      match: false,
      reason: 'the whole name but for a legal form: an acronym, compared exactly',
    },
    {
      query: company('Q.A.M. HOLDING'),
      candidate: company('QUAM HOLDING'),
      match: false,
      reason: 'written with dots: an acronym',
    },
    {
      query: company('QAM Holding'),
      candidate: company('Quam Holding'),
      match: false,
      reason: 'written in capitals among small letters: an acronym',
    },
    {
      query: company('QXB HOLDING'),
      candidate: company('QXBA HOLDING'),
      match: false,
      reason: 'a word without a vowel: only an acronym',
    },
    {
      query: company('QAB TRADING'),
      candidate: company('QAX TRADING'),
      match: false,
      reason: 'a changed letter of a short word conflicts, as in small letters',
    },
    {
      query: company('ZOB TRADING'),
      candidate: company('Zaba Trading'),
      match: false,
      reason:
        'a short word in capitals that only sounds like the other is no spelling of it (in small letters it would be)',
    },
    {
      query: company('ZUQ TRADING'),
      candidate: company('Zouq Trading'),
      match: false,
      reason: 'nor another romanisation of it',
    },
    {
      query: company('QSU HOLDING'),
      candidate: company('Quarrow Steel Union Holding'),
      match: true,
      reason: 'the acronym reading kept: the initials of the other name',
    },
  ])('$reason: $query.name / $candidate.name', (row) => {
    check(sut, row);
  });
});
