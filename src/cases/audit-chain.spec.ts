import { describe, expect, it } from 'vitest';
import { type AuditEventRecord, auditHash, GENESIS_HASH, verifyChain } from './audit-chain';

function chain(count: number): AuditEventRecord[] {
  const events: AuditEventRecord[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const unsigned = {
      caseId: 'case-1',
      seq,
      at: `2026-11-30T10:00:0${seq}.000Z`,
      user: 'user-a',
      action: seq === 1 ? 'CASE_CREATED' : 'DECISION',
      detail: JSON.stringify({ step: seq }),
      prevHash: previous,
    };
    const event = { ...unsigned, hash: auditHash(unsigned) };
    events.push(event);
    previous = event.hash;
  }
  return events;
}

describe('verifyChain', () => {
  const rows: Array<{ reason: string; change: (events: AuditEventRecord[]) => AuditEventRecord[]; brokenAt: number }> =
    [
      {
        reason: 'an edited detail changes the hash of that event',
        change: (events) => events.map((event) => (event.seq === 2 ? { ...event, detail: '{"step":99}' } : event)),
        brokenAt: 2,
      },
      {
        reason: 'an edited user changes the hash of that event',
        change: (events) => events.map((event) => (event.seq === 3 ? { ...event, user: 'someone-else' } : event)),
        brokenAt: 3,
      },
      {
        reason: 'an event removed from the middle leaves a gap in seq',
        change: (events) => events.filter((event) => event.seq !== 2),
        brokenAt: 2,
      },
      {
        reason: 'a rehashed edit breaks the link from the next event',
        change: (events) =>
          events.map((event) => {
            if (event.seq !== 2) {
              return event;
            }
            const edited = { ...event, detail: '{"step":"rewritten"}' };
            return { ...edited, hash: auditHash(edited) };
          }),
        brokenAt: 3,
      },
    ];

  it.each(rows)('finds the break where $reason', ({ change, brokenAt }) => {
    const sut = verifyChain(change(chain(4)), { seq: 4, hash: chain(4)[3].hash });

    expect(sut.verified).toBe(false);
    expect(sut.brokenAt).toBe(brokenAt);
  });

  it('verifies an untouched chain', () => {
    const events = chain(4);

    const sut = verifyChain(events, { seq: 4, hash: events[3].hash });

    expect(sut).toEqual({ verified: true, brokenAt: null, problem: null });
  });

  it('finds events removed from the end through the head the case records', () => {
    const events = chain(4);

    const sut = verifyChain(events.slice(0, 3), { seq: 4, hash: events[3].hash });

    expect(sut).toMatchObject({ verified: false, brokenAt: 4 });
  });
});
