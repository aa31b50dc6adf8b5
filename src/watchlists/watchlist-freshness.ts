import { formatDuration, type SourceDescription } from './source-catalogue';

/** After this many failed syncs in a row a list raises an alert (logged at error level, in the API and health). */
export const SYNC_ALERT_AFTER_FAILURES = 3;

/** What the graph records of a list's syncs (properties of its :Watchlist node) and its active version. */
export interface SyncState {
  lastAttemptAt: string | null;
  lastOutcome: string | null;
  lastError: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
  /** When the active version was imported (by sync, the CLI, an upload or the samples). */
  activeImportedAt: string | null;
}

export interface ListFreshness {
  /** The last time partner-graph knew it held the publisher's current file: a sync (changed or not), else the active version's import. */
  freshAsOf: string | null;
  overdue: boolean;
  /** When the list becomes (or became) overdue; null for a list with no cadence or never imported. */
  dueBy: string | null;
  overdueAfter: string | null;
  alert: boolean;
}

/**
 * Overdue means: no successful sync and no import within the catalogue's `overdueAfter`. The
 * publisher's issue date is not the measure: a list the publisher has not changed for a month is
 * current if partner-graph checked it yesterday. A list outside the catalogue is never overdue.
 */
export function freshnessOf(
  state: Pick<SyncState, 'lastSuccessAt' | 'activeImportedAt' | 'consecutiveFailures'>,
  source: Pick<SourceDescription, 'overdueAfterMs'> | undefined,
  now: Date = new Date(),
): ListFreshness {
  const candidates = [state.lastSuccessAt, state.activeImportedAt]
    .filter((value): value is string => typeof value === 'string')
    .map((value) => Date.parse(value))
    .filter((value) => Number.isFinite(value));
  const freshAsOf = candidates.length > 0 ? Math.max(...candidates) : null;
  const alert = state.consecutiveFailures >= SYNC_ALERT_AFTER_FAILURES;
  if (!source || freshAsOf === null) {
    return {
      freshAsOf: freshAsOf === null ? null : new Date(freshAsOf).toISOString(),
      overdue: false,
      dueBy: null,
      overdueAfter: source ? formatDuration(source.overdueAfterMs) : null,
      alert,
    };
  }
  const dueBy = freshAsOf + source.overdueAfterMs;
  return {
    freshAsOf: new Date(freshAsOf).toISOString(),
    overdue: now.getTime() > dueBy,
    dueBy: new Date(dueBy).toISOString(),
    overdueAfter: formatDuration(source.overdueAfterMs),
    alert,
  };
}

/** Neo4j's datetime text (nanoseconds) as ISO 8601 with milliseconds, or null. */
export function isoInstant(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }
  const parsed = Date.parse(value.replace(/(\.\d{3})\d+/, '$1').replace(/\[.*\]$/, ''));
  return Number.isFinite(parsed) ? new Date(parsed).toISOString() : null;
}
