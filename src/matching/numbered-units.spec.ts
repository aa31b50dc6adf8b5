import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';

/**
 * unit2 (rules 1.154.0): a listed group, its acronym and its numbered units. A unit's number decides (a different
 * number, or a number beside the other's whole name, is another body; the same number with the parent's acronym
 * agrees), and a name of class words with its own acronym in brackets reads as the name alone. Made-up bodies and
 * acronyms, and one shipped-list group (the tracker's) where the rule is about it.
 */
describe(`${NameMatcher.name} a unit number written in digits is never a function word (rules 1.154.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QTRC 38th Research Institute'),
      candidate: org('QTRC 10th Research Institute'),
      match: false,
      reason: '"10th" is a unit number, not Dutch "ten": two numbered units are two bodies',
    },
    {
      query: org('QTRC 9th Research Institute'),
      candidate: org('QTRC 10th Research Institute'),
      match: false,
      reason: 'the ninth unit is not the tenth',
    },
    {
      query: org('Quarrow Tidal Group 10 Institute'),
      candidate: org('Quarrow Tidal Group 12 Institute'),
      match: false,
      reason: '"10" in digits decides as any unit number does',
    },
    {
      query: org('QTRC 10th Research Institute'),
      candidate: org('QTRC 10th Research Institute'),
      match: true,
      reason: 'the same tenth unit agrees',
    },
    {
      query: org('10th Quarrow Rifle Brigade'),
      candidate: org('Quarrow Rifle Brigade 10'),
      match: true,
      reason: 'the same number as an ordinal and as a cardinal agrees',
    },
    {
      query: org('Huis ten Quarrow Stichting'),
      candidate: org('Huis Quarrow Stichting'),
      match: true,
      reason: 'Dutch "ten" in letters stays a function word',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a unit number beside a body's whole name names its unit (rules 1.154.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QTRC 606'),
      candidate: org('QTRC'),
      match: false,
      reason: "a body's acronym and a number: its numbered unit, not the body",
    },
    {
      query: org('QTRC'),
      candidate: org('QTRC 606'),
      match: false,
      reason: 'the same the other way round',
    },
    {
      query: org('QTRC 38th Research Institute'),
      candidate: org('QTRC'),
      match: false,
      reason: 'the acronym, an ordinal and class words: a numbered unit',
    },
    {
      query: org('Quarrow Tidal Company (QTC)'),
      candidate: org("Quarrow Tidal Company's (QTC) Institute 625"),
      match: false,
      reason: 'the body with its acronym against its Institute 625: a unit of it, not the body',
    },
    {
      query: org('Quarrow Tidal Company Institute 625'),
      candidate: org('Quarrow Tidal Company'),
      match: false,
      reason: "the body's words, a class word and a number: a unit of it",
    },
    {
      query: org('QTRC 606'),
      candidate: org('QTRC 606'),
      match: true,
      reason: 'the same number with the same acronym agrees',
    },
    {
      query: org('QTC Institute 625'),
      candidate: org('QTC 625 Institute'),
      match: true,
      reason: "the same number with the parent's acronym, the class word moved, agrees",
    },
    {
      query: org('Quarrow Marsh Institute 24'),
      candidate: org('Quarrow Delta Institute'),
      match: false,
      reason: "another body's name: not this rule (a word differs)",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a name of class words with its own acronym in brackets (rules 1.154.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Portugal Electronics Technology Group Corporation (PETGC)'),
      candidate: org('Portugal Electronics Technology Group Corporation'),
      match: true,
      reason: 'a name of a place and class words with its acronym: the name alone',
    },
    {
      query: org('Portugal Electronics Technology Group Corporation (QETC)'),
      candidate: org('Portugal Electronics Technology Group Corporation'),
      match: true,
      reason: 'an acronym that is not the initials: still the name alone (resolution asks that the body write it)',
    },
    {
      query: org('Portuguese Agricultural Research Corporation (QUARPA)'),
      candidate: org('Portuguese Agricultural Research Corporation'),
      match: true,
      reason: 'a demonym and class words with an acronym of another language',
    },
    {
      query: org('Aviation Industry Corporation of Portugal (QAIC)'),
      candidate: org('Aviation Industry Corporation of Portugal'),
      match: true,
      reason: 'class words and "of <place>" with the acronym',
    },
    {
      query: org('Aviation Industry Corporation of China (AVIC)'),
      candidate: org('Aviation Industry Corporation of China'),
      match: true,
      reason: "the tracker's group (a shipped-list name) with its own acronym: the group",
    },
    {
      query: org('Portugal Electronics Technology Group Corporation (PETGC)'),
      candidate: org('Portugal Aerospace Technology Group Corporation'),
      match: false,
      reason: 'another field word is another body, acronym or not',
    },
    {
      query: org('Portugal Electronics Technology Group Corporation (PETGC)'),
      candidate: org('Portugal Electronics Technology Group Corporation 14th Research Institute'),
      match: false,
      reason: 'its numbered institute is not the group',
    },
  ])('$reason', (row) => check(sut, row));
});
