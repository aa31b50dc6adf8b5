import { Logger } from '@nestjs/common';
import type { EventEmitter2 } from '@nestjs/event-emitter';
import { AppError } from '../../common/app-error';
import { WATCHLIST_VERSION_ACTIVATED, type WatchlistVersionActivated } from '../watchlist-events';
import type { WatchlistFormat } from '../watchlist-record';
import type { WatchlistsRepository } from '../watchlists.repository';
import { takenOver } from './version-writer';

/** The share of the active version's entries a new version may delist unless the operator allows more. */
export interface DelistingGuard {
  maxShare: number;
  allowMassDelisting: boolean;
}

export interface ActivationRequest {
  listId: string;
  versionId: string;
  seq: number;
  format: WatchlistFormat;
  /** The sequence number of the version active when the import began (0: none). */
  activeSeq: number;
  /** Entries of the version active when the import began. */
  activeEntries: number;
  /** What the import read and wrote. */
  read: { entries: number; updated: number; rejected: number; relationships: number };
  deltaVersion: string | null;
  /** The user id recorded on the version as `activatedBy`. */
  activatedBy: string;
  /** The date listings this version ends are ended on (YYYY-MM-DD). */
  endedOn: string;
  guard: DelistingGuard;
}

export interface VersionCounts {
  entryCount: number;
  added: number;
  updated: number;
  unchanged: number;
  delisted: number;
  rejected: number;
  relationships: number;
}

/**
 * The activate step: ends what a full version no longer holds, counts the change, refuses a mass
 * delisting the operator did not allow, makes the version active in one transaction, then writes the
 * derived statuses (resumable: the version says `materialised: false` until they are all written, and
 * `finishMaterialisation` completes what a stopped process left), and announces the activation.
 */
export class Activation {
  private readonly logger = new Logger(Activation.name);

  constructor(
    private readonly repository: WatchlistsRepository,
    private readonly events: EventEmitter2,
  ) {}

  async activate(request: ActivationRequest): Promise<VersionCounts> {
    const { listId, seq, versionId } = request;
    // With no version ever active, every listing of the list is one this version wrote.
    if (request.format !== 'ftm-delta' && request.activeSeq > 0) {
      await this.repository.markUnseen(listId, seq);
    }
    const changes = await this.repository.countVersionChanges(listId, seq);
    const counts: VersionCounts = {
      entryCount: changes.entries,
      added: changes.added,
      updated: request.read.updated,
      unchanged: Math.max(0, request.read.entries - changes.added - request.read.updated),
      delisted: changes.delisted,
      rejected: request.read.rejected,
      relationships: request.read.relationships,
    };
    // A delta's deletions are stated one by one; the guard is against a full file cut short.
    if (request.format !== 'ftm-delta') {
      checkDelisting(listId, request.activeEntries, counts, request.guard);
    }
    if (
      !(await this.repository.activateVersion(listId, seq, { ...counts }, request.deltaVersion, request.activatedBy))
    ) {
      throw takenOver(listId, versionId);
    }
    try {
      await this.materialise(listId, seq, request.endedOn);
    } catch (error) {
      this.logger.warn(
        `${listId}: version ${versionId} is active, but writing its derived statuses stopped (${(error as Error).message}); ` +
          'the next import of the list or the next start finishes them',
      );
    }
    const activated: WatchlistVersionActivated = { listId, versionId, entries: changes.entries };
    // Awaited, so work that follows an activation (identity links) ends before the import returns.
    await this.events.emitAsync(WATCHLIST_VERSION_ACTIVATED, activated);
    return counts;
  }

  /**
   * Writes the derived statuses of activated versions a stopped process left unfinished (of one list,
   * or of all); answers how many versions it finished.
   */
  async finishMaterialisation(listId: string | null): Promise<number> {
    const pending = await this.repository.findUnmaterialisedVersions(listId);
    for (const version of pending) {
      this.logger.log(`${version.listId}: finishing the statuses of version ${version.listId}@${version.seq}`);
      const endedOn = endedOnOf(version.issuedAt, version.issuedAtSource, version.activatedAt);
      await this.materialise(version.listId, version.seq, endedOn);
    }
    return pending.length;
  }

  /**
   * Derived statuses of an active version; a failure here leaves the version active (readers derive
   * status from sequence numbers) and unmaterialised, for the next import or start to finish.
   */
  private async materialise(listId: string, seq: number, endedOn: string): Promise<void> {
    await this.repository.materialiseListingStatus(listId, seq, endedOn);
    await this.repository.materialiseRelationshipStatus(listId, seq, endedOn);
    await this.repository.markMaterialised(listId, seq);
  }
}

/**
 * The date a version ends listings on: its issue date unless that is only a file's modification date,
 * else the day it was activated (`fallback`, ISO).
 */
export function endedOnOf(issuedAt: string | null, issuedAtSource: string | null, fallback: string): string {
  return ((issuedAtSource !== 'FILE_DATE' ? issuedAt : null) ?? fallback).slice(0, 10);
}

/**
 * Delistings the guard lets through whatever the share: a small list losing a few entries is ordinary
 * curation, not a file cut short.
 */
export const DELISTINGS_ALWAYS_ALLOWED = 10;

/**
 * Refuses a version that would delist more than the guard's share of the active entries (and more
 * than DELISTINGS_ALWAYS_ALLOWED).
 */
export function checkDelisting(
  listId: string,
  activeEntries: number,
  counts: Pick<VersionCounts, 'delisted' | 'entryCount' | 'added'>,
  guard: DelistingGuard,
): void {
  if (guard.allowMassDelisting || activeEntries <= 0 || counts.delisted <= DELISTINGS_ALWAYS_ALLOWED) {
    return;
  }
  const share = counts.delisted / activeEntries;
  if (share <= guard.maxShare) {
    return;
  }
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  throw new AppError(
    'WATCHLIST_MASS_DELISTING',
    `The new version of list ${listId} would delist ${counts.delisted} of its ${activeEntries} active entries ` +
      `(${percent(share)}, more than the ${percent(guard.maxShare)} allowed); nothing was changed. If the file is ` +
      `complete, import it again with --allow-mass-delisting (REST: allowMassDelisting=true).`,
    {
      list: listId,
      delisted: counts.delisted,
      activeEntries,
      entryCount: counts.entryCount,
      added: counts.added,
      maxDelistingShare: guard.maxShare,
    },
  );
}
