import { SYSTEM_SYNC_USER_ID } from '../auth/api-key';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { formatDuration } from '../watchlists/source-catalogue';
import { SyncRepository } from './sync.repository';
import { SyncService } from './sync.service';

/** The first run of a source that was never attempted waits this long after start, so the start is not slowed. */
const FIRST_RUN_DELAY_MS = 60_000;

/**
 * The built-in schedule (SYNC_SCHEDULE=on; off by default): each enabled list source is synced every
 * `interval` of its catalogue entry, counted from its last attempt, so a restart does not re-download
 * everything. One run per source at a time; timers never keep the process alive.
 */
@Injectable()
export class SyncScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SyncScheduler.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<string>();
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sync: SyncService,
    private readonly repository: SyncRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.sync.schedule) {
      return;
    }
    const sources = this.sync.selectSources();
    const states = await this.repository.findSyncStates(sources.map((source) => source.id));
    for (const source of sources) {
      const lastAttempt = states.get(source.id)?.lastAttemptAt;
      const due = lastAttempt ? Date.parse(lastAttempt) + source.intervalMs - Date.now() : FIRST_RUN_DELAY_MS;
      this.plan(source.id, Math.max(FIRST_RUN_DELAY_MS / 6, due), source.intervalMs);
      this.logger.log(`${source.id}: synced every ${formatDuration(source.intervalMs)}`);
    }
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
  }

  private plan(listId: string, delayMs: number, intervalMs: number): void {
    if (this.stopped) {
      return;
    }
    const timer = setTimeout(() => void this.run(listId, intervalMs), Math.min(delayMs, 2 ** 31 - 1));
    timer.unref();
    this.timers.set(listId, timer);
  }

  private async run(listId: string, intervalMs: number): Promise<void> {
    if (this.running.has(listId)) {
      return;
    }
    this.running.add(listId);
    try {
      await this.sync.sync({ listId, syncedBy: SYSTEM_SYNC_USER_ID });
    } catch (error) {
      // Failures of the source are recorded by the service; this is the database or the catalogue.
      this.logger.error(`${listId}: scheduled sync could not run: ${(error as Error).message}`);
    } finally {
      this.running.delete(listId);
      this.plan(listId, intervalMs, intervalMs);
    }
  }
}
