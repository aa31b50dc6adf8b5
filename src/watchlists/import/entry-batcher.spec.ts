import { describe, expect, it } from 'vitest';
import {
  bareRelationship,
  emptyEntry,
  type WatchlistEntry,
  type WatchlistListing,
  type WatchlistParseEvent,
} from '../watchlist-record';
import { EntryBatcher } from './entry-batcher';

const LIST = 'test-list';
const position = { file: 'list.ftm.json', line: 1, record: 1 };

function entry(entryId: string, overrides: Partial<WatchlistEntry> = {}): WatchlistParseEvent {
  return {
    kind: 'entry',
    entry: { ...emptyEntry(LIST, entryId, 'Organization', `Name of ${entryId}`, position), ...overrides },
  };
}

function relationship(relationshipId: string, from: string, to: string): WatchlistParseEvent {
  const row = bareRelationship({
    listId: LIST,
    relationshipId,
    type: 'OWNED_BY',
    sourceSchema: 'Ownership',
    fromEntryId: from,
    toEntryId: to,
    role: null,
    position,
  });
  return { kind: 'relationship', relationship: row };
}

function listing(entryId: string, programme: string): WatchlistParseEvent {
  const row: WatchlistListing = {
    listId: LIST,
    listingId: `sanction-${entryId}`,
    entryId,
    programme,
    programmeId: null,
    authority: 'Some authority',
    authorityId: null,
    listingDate: '2020-01-02',
    startDate: null,
    endDate: null,
    reason: null,
    provisions: [],
    status: null,
    country: [],
    sourceUrl: null,
    datasets: [],
    position,
  };
  return { kind: 'listing', listing: row };
}

const sizes = { entries: 3, others: 4, rejectionsKept: 2 };

/** A batcher under test that has been given `events`, in order. */
function batcherWith(...events: WatchlistParseEvent[]): EntryBatcher {
  const sut = new EntryBatcher(LIST, sizes);
  for (const event of events) {
    sut.add(event);
  }
  return sut;
}

describe(EntryBatcher.name, () => {
  it('asks for the entry batch to be written when it is full, and for everything when the other rows are', () => {
    const sut = new EntryBatcher(LIST, sizes);

    const due = ['a', 'b', 'c'].map((id) => sut.add(entry(id)));
    const othersDue = ['1', '2', '3', '4'].map((id) => sut.add(relationship(id, 'a', 'b')));

    expect(due).toEqual([null, null, 'entries']);
    expect(othersDue).toEqual([null, null, null, 'all']);
    expect(sut.totals).toEqual({ entries: 3, relationships: 4, rejected: 0 });
  });

  it('keeps one row per entry id in a batch, the later record winning with the programmes of both', () => {
    const sut = batcherWith(
      entry('a', { name: 'First', programmes: ['P1'] }),
      entry('a', { name: 'Second', programmes: ['P2'] }),
    );

    const plan = sut.takeEntries(true);

    expect(plan?.fresh.map((row) => [row.content.name, [...row.programmes].sort()])).toEqual([
      ['Second', ['P1', 'P2']],
    ]);
    expect(plan?.entriesRead).toBe(2);
  });

  it('writes a Sanction record that follows its entry in the same batch with the entry', () => {
    const sut = batcherWith(entry('a'), listing('a', 'SDGT'));

    const plan = sut.takeEntries(true);

    expect(plan?.fresh[0]).toMatchObject({
      programmes: ['SDGT'],
      authority: 'Some authority',
      listedFrom: '2020-01-02',
    });
    expect(sut.hasOthers).toBe(false);
  });

  it('keeps a Sanction record whose entry is not in the batch as a listing row of its own', () => {
    const sut = batcherWith(listing('later', 'SDGT'));

    const plan = sut.takeOthers(true);

    expect(plan?.listings).toEqual([expect.objectContaining({ entityId: `${LIST}:later`, programme: 'SDGT' })]);
  });

  it('creates rows not seen before in a first version without a lookup, and looks up everything in a later version', () => {
    const first = batcherWith(entry('a'), entry('b'));
    const later = batcherWith(entry('a'), entry('b'));

    const firstPlan = first.takeEntries(true);
    const laterPlan = later.takeEntries(false);

    expect(firstPlan).toMatchObject({ checked: [], afterEarlierWrites: false });
    expect(firstPlan?.fresh).toHaveLength(2);
    expect(laterPlan).toMatchObject({ fresh: [], afterEarlierWrites: false });
    expect(laterPlan?.checked).toHaveLength(2);
  });

  it('looks up, after the earlier writes, an entry this import already wrote or made a placeholder for', () => {
    const sut = batcherWith(entry('a'));
    sut.takeEntries(true);
    sut.add(relationship('r1', 'b', 'c'));
    sut.takeOthers(true);

    sut.add(entry('a'));
    sut.add(entry('b'));
    sut.add(entry('d'));
    const plan = sut.takeEntries(true);

    expect(plan?.checked.map((row) => row.entryId)).toEqual(['a', 'b']);
    expect(plan?.fresh.map((row) => row.entryId)).toEqual(['d']);
    expect(plan?.afterEarlierWrites).toBe(true);
  });

  it('creates a first-version relationship between written entries and upserts one with a placeholder end or a record already written', () => {
    const sut = batcherWith(entry('a'), entry('b'));
    sut.takeEntries(true);
    sut.add(relationship('r1', 'a', 'b'));
    sut.add(relationship('r2', 'a', 'unknown'));
    const plan = sut.takeOthers(true);
    sut.add(relationship('r1', 'b', 'a'));
    const again = sut.takeOthers(true);

    expect(plan?.created.map((row) => row.properties.relationshipId)).toEqual(['r1']);
    expect(plan?.upserted.map((row) => row.properties.relationshipId)).toEqual(['r2']);
    expect(again).toMatchObject({ created: [], upserted: [expect.objectContaining({ fromId: `${LIST}:b` })] });
  });

  it('upserts every relationship in a later version', () => {
    const sut = batcherWith(entry('a'), entry('b'));
    sut.takeEntries(false);
    sut.add(relationship('r1', 'a', 'b'));

    expect(sut.takeOthers(false)).toMatchObject({ created: [], upserted: [expect.anything()] });
  });

  it('gathers deletions and counts every rejection while keeping only the first few', () => {
    const sut = batcherWith({ kind: 'deletion', id: 'gone', op: 'DEL', position });
    for (const line of [1, 2, 3]) {
      sut.add({ kind: 'rejected', rejection: { file: 'f', line, record: null, code: 'X', reason: 'bad' } });
    }

    expect(sut.takeOthers(false)?.deleted).toEqual(['gone']);
    expect(sut.totals.rejected).toBe(3);
    expect(sut.rejections.map((rejection) => rejection.line)).toEqual([1, 2]);
  });

  it('has nothing to take when nothing was added', () => {
    const sut = new EntryBatcher(LIST, sizes);

    expect([sut.takeEntries(true), sut.takeOthers(true), sut.hasEntries, sut.hasOthers]).toEqual([
      null,
      null,
      false,
      false,
    ]);
  });
});
