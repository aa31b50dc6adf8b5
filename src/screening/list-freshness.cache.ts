import { Injectable, Logger } from '@nestjs/common';
import { sourceCatalogue } from '../watchlists/source-catalogue';
import { freshnessOf, isoInstant, type ListFreshness, type SyncState } from '../watchlists/watchlist-freshness';
import { ScreeningRepository } from './screening.repository';

/** How long a read of the lists' freshness serves screenings: a sync that found no change does not rebuild the index. */
export const FRESHNESS_TTL_MS = 30_000;

type FreshnessRow = Pick<SyncState, 'lastSuccessAt' | 'activeImportedAt' | 'consecutiveFailures'>;

/**
 * Whether each list is overdue, read from the graph at most every FRESHNESS_TTL_MS (one small query),
 * so results say `stale` by the latest sync, not by the one before the index was built. A failed read
 * keeps the last answer: freshness never fails a screening.
 */
@Injectable()
export class ListFreshnessCache {
  private readonly logger = new Logger(ListFreshnessCache.name);
  private rows = new Map<string, FreshnessRow>();
  private readAt = 0;
  private reading: Promise<void> | null = null;

  constructor(private readonly repository: ScreeningRepository) {}

  async freshness(listId: string, now: Date = new Date()): Promise<ListFreshness> {
    if (now.getTime() - this.readAt > FRESHNESS_TTL_MS) {
      this.reading ??= this.read().finally(() => {
        this.reading = null;
      });
      await this.reading;
    }
    const row = this.rows.get(listId) ?? { lastSuccessAt: null, activeImportedAt: null, consecutiveFailures: 0 };
    return freshnessOf(row, sourceCatalogue().get(listId), now);
  }

  private async read(): Promise<void> {
    try {
      const rows = await this.repository.findListFreshness();
      this.rows = new Map(
        rows.map((row) => [
          String(row.listId),
          {
            lastSuccessAt: isoInstant(row.lastSuccessAt),
            activeImportedAt: isoInstant(row.activeImportedAt),
            consecutiveFailures: Number(row.consecutiveFailures ?? 0),
          },
        ]),
      );
      this.readAt = Date.now();
    } catch (error) {
      this.logger.warn(`Could not read list freshness; keeping the last answer: ${(error as Error).message}`);
    }
  }
}
