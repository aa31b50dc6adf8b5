import { createHash } from 'node:crypto';

/** The previous hash of a case's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** One audit event as stored: `detail` is the JSON text of what changed. */
export interface AuditEventRecord {
  caseId: string;
  seq: number;
  at: string;
  user: string;
  action: string;
  detail: string;
  prevHash: string;
  hash: string;
}

export interface ChainVerification {
  verified: boolean;
  /** The seq of the first event that does not verify (or the seq where an event is missing); null when verified. */
  brokenAt: number | null;
  problem: string | null;
}

/**
 * sha256 over the event's fields and the previous event's hash, as a JSON array (a fixed order, so
 * no two field layouts give the same text).
 */
export function auditHash(event: Omit<AuditEventRecord, 'hash'>): string {
  const text = JSON.stringify([
    event.caseId,
    event.seq,
    event.at,
    event.user,
    event.action,
    event.detail,
    event.prevHash,
  ]);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Checks a case's events in seq order: each one's seq follows the last, its prevHash is the last
 * one's hash and its hash is what its content gives. `head` (the seq and hash the case node records
 * for its newest event) also catches events removed from the end.
 */
export function verifyChain(
  events: AuditEventRecord[],
  head: { seq: number; hash: string | null } | null = null,
): ChainVerification {
  let previous = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    if (event.seq !== expectedSeq) {
      return broken(expectedSeq, `event ${expectedSeq} is missing (found ${event.seq} in its place)`);
    }
    if (event.prevHash !== previous) {
      return broken(event.seq, `event ${event.seq} does not follow event ${event.seq - 1} (prevHash differs)`);
    }
    if (auditHash(event) !== event.hash) {
      return broken(event.seq, `event ${event.seq} was changed after it was written (hash differs)`);
    }
    previous = event.hash;
  }
  if (head && head.seq > events.length) {
    return broken(events.length + 1, `events ${events.length + 1} to ${head.seq} are missing`);
  }
  if (head && head.seq === events.length && head.hash !== null && events.length > 0 && head.hash !== previous) {
    return broken(events.length, `event ${events.length} is not the one the case recorded last`);
  }
  return { verified: true, brokenAt: null, problem: null };
}

function broken(seq: number, problem: string): ChainVerification {
  return { verified: false, brokenAt: seq, problem };
}
