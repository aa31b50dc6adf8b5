import { describe, expect, it } from 'vitest';
import { bestThreshold, crossValidate, figures, tally, tallyDecided } from './pair-quality';

describe('pair quality figures', () => {
  const rows = [
    { expected: true, score: 0.9 },
    { expected: true, score: 0.72 },
    { expected: false, score: 0.71 },
    { expected: false, score: 0.4 },
  ];

  it('counts a score at the threshold as a match', () => {
    expect(tally(rows, 0.72)).toEqual({ tp: 2, fp: 0, fn: 0, tn: 2 });
    expect(tally(rows, 0.7)).toEqual({ tp: 2, fp: 1, fn: 0, tn: 1 });
  });

  it('gives the false-match rate among the non-matches', () => {
    expect(figures(tally(rows, 0.7)).falseMatchRate).toBe(0.5);
  });

  it('picks the lowest threshold with the best F1', () => {
    expect(bestThreshold(rows)).toBeCloseTo(0.72);
  });

  it('decides each row with the threshold chosen without its own fold', () => {
    const many = Array.from({ length: 200 }, (_, index) => ({
      id: index,
      expected: index % 2 === 0,
      score: index % 2 === 0 ? 0.8 + (index % 7) / 100 : 0.6 + (index % 5) / 100,
    }));
    const cv = crossValidate(many, 5, (row) => String(row.id));
    expect(cv.decided).toHaveLength(200);
    expect(cv.thresholds).toHaveLength(5);
    expect(new Set(cv.decided.map((row) => row.id)).size).toBe(200);
    expect(tallyDecided(cv.decided)).toEqual({ tp: 100, fp: 0, fn: 0, tn: 100 });
  });
});
