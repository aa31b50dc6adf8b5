import { describe, expect, it } from 'vitest';
import { listCaveat } from './list-caveat';

const current = (listId: string) => ({ listId, sample: false, stale: false });
const sample = (listId: string) => ({ listId, sample: true, stale: false });
const stale = (listId: string) => ({ listId, sample: false, stale: true });

describe('listCaveat: when the lists an assessment was checked against cannot bear a NONE', () => {
  it.each([
    ['every list a current copy', [current('a'), current('b')], null],
    [
      'no list loaded',
      [],
      'No list version is loaded: no party was checked against any sanctions or export-control list.',
    ],
    [
      'every list a sample copy',
      [sample('a'), sample('b')],
      "Checked against 2 list versions; all are sample copies shipped with partner-graph, not the publishers' current files (a, b): a listing missing from them is not found. Import or sync the current lists before relying on this result.",
    ],
    [
      'the only list a sample copy',
      [sample('a')],
      "Checked against 1 list version; it is a sample copy shipped with partner-graph, not the publisher's current file (a): a listing missing from them is not found. Import or sync the current lists before relying on this result.",
    ],
    [
      'one sample among current lists, one overdue',
      [sample('a'), current('b'), stale('c')],
      "Checked against 3 list versions; 1 is a sample copy shipped with partner-graph, not the publisher's current file (a); and 1 is overdue, with no successful sync or import within its expected interval (c): a listing missing from them is not found. Import or sync the current lists before relying on this result.",
    ],
    [
      'two overdue',
      [stale('a'), stale('b'), current('c')],
      'Checked against 3 list versions; 2 are overdue, with no successful sync or import within their expected interval (a, b): a listing missing from them is not found. Import or sync the current lists before relying on this result.',
    ],
  ])('%s', (_case, lists, expected) => {
    expect(listCaveat(lists)).toBe(expected);
  });
});
