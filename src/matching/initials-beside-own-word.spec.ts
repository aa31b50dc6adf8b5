import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * acr13 (since rules 1.176.0): a word read as the initials of words of the other name (a reading made from those
 * words), the only word of its name aligned, beside a word of its own name that the other name lacks and that is a
 * word, not a body's code, names another body: the acronym is not read as the whole name (no acronym-expanded
 * score) and the pair is capped at 0.65. Such a word is a name word in Latin letters of the shipped tables
 * (english_words.tsv, given_names.tsv, name_frequency.yml's common names), or, in a company's name, any name word of
 * more than five letters. A code that no table knows ("QRAM", "QRSTE", outside a company's name also a longer one,
 * "QRAMVEL": a registry unit's parent) keeps the reading. Made-up names; "REAL" and "TIDE" are words of the English
 * table, "AARON" a given name of given_names.tsv, "WANG" a common name, "VELVANOR", "QRAM", "QRSTE" and "QRAMVEL"
 * words of no table.
 */
describe('initials beside a word of the name’s own are another body’s name (since rules 1.176.0)', () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('REAL QTA'),
      candidate: org('Quarrow Tidal Agency'),
      match: false,
      reason: 'an English word of four letters beside the initials: a body named by its word and letters',
    },
    {
      query: org('QTA TIDE'),
      candidate: org('Quarrow Tidal Agency'),
      match: false,
      reason: 'the English word written after the initials, the same',
    },
    {
      query: company('QDB VELVANOR LIMITED'),
      candidate: company('Quarrow Delta Bank'),
      match: false,
      reason: 'in a company’s name a word of more than five letters beside the initials is the company’s own word',
    },
    {
      query: org('QDB VELVANOR'),
      candidate: org('Quarrow Delta Bank'),
      match: true,
      reason: 'without a company’s legal form a longer word of no table may be a parent’s code: the reading stands',
    },
    {
      query: org('AARON QTA'),
      candidate: org('Quarrow Tidal Agency'),
      match: false,
      reason: 'a given name of the table beside the initials',
    },
    {
      query: org('WANG QTA'),
      candidate: org('Quarrow Tidal Agency'),
      match: false,
      reason: 'a common name of the table beside the initials',
    },
    {
      query: org('Quarrow Tidal Agency'),
      candidate: org('REAL QTA'),
      match: false,
      reason: 'the initials on the listed side, the same',
    },
    {
      query: org('QCRM QRAM'),
      candidate: org('Quarrow Centre of Regional Mapping'),
      match: true,
      reason: 'beside a four-letter code of no table (a parent’s) the unit’s acronym still stands for its name',
    },
    {
      query: org('QRSTE QCSH'),
      candidate: org('Quarrow Centre of Social Heritage'),
      match: true,
      reason: 'beside a five-letter code of no table, the same',
    },
    {
      query: org('QRAMVEL QCIDP'),
      candidate: org('Quarrow Centre of International Drift Physics'),
      match: true,
      reason: 'a registry unit’s acronym beside its parent’s seven-letter code of no table',
    },
    {
      query: org('QTA'),
      candidate: org('Quarrow Tidal Agency'),
      match: true,
      reason: 'the initials alone: no word of their own beside them',
    },
    {
      query: org('QTA Velvanor'),
      candidate: org('Quarrow Tidal Agency Velvanor'),
      match: true,
      reason: 'the word beside the initials aligned with the other name: not the initials alone',
    },
  ])('$query.name vs $candidate.name: $match ($reason)', (row) => {
    check(sut, row);
  });

  it('explains the cap with the acronym, the words it is read as and the word of its own', () => {
    const result = sut.score(org('REAL QTA'), org('Quarrow Tidal Agency'));
    expect(result.score).toBeLessThanOrEqual(0.65);
    expect(result.features.map((feature) => feature.reason)).toContain(
      '"qta" is read as the initials of "quarrow tidal agency" beside "real", a word of its own name the other lacks: names of different bodies, score at most 0.65.',
    );
  });
});
