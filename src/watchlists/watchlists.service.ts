import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { stringList } from '../common/collections';
import type { Row } from '../neo4j/neo4j.service';
import type { ListVersion, Listing, Watchlist, WatchlistEntry, WatchlistSync } from './models/watchlist.model';
import { sourceCatalogue } from './source-catalogue';
import { freshnessOf, isoInstant } from './watchlist-freshness';
import { readDetails } from './watchlist-entity';
import { WatchlistsRepository } from './watchlists.repository';

@Injectable()
export class WatchlistsService {
  constructor(private readonly repository: WatchlistsRepository) {}

  async watchlists(): Promise<Watchlist[]> {
    const rows = await this.repository.listWatchlists();
    return rows.map(({ list, versions }) => {
      const mapped = versions.map(toListVersion);
      const activeVersion = mapped.find((version) => version.seq === Number(list.activeSeq)) ?? null;
      return {
        id: String(list.id),
        name: String(list.name ?? list.id),
        activeVersion,
        versions: mapped,
        sync: toSync(list, activeVersion),
      };
    });
  }

  async entry(id: string): Promise<WatchlistEntry> {
    const found = await this.repository.findEntry(id);
    if (!found) {
      throw new AppError('ENTITY_NOT_FOUND', `No list entry has id "${id.slice(0, 300)}"`, { id: id.slice(0, 300) });
    }
    const { entity, listings } = found;
    const details = readDetails(entity);
    return {
      id: String(entity.id),
      name: String(entity.name),
      schema: typeof entity.schema === 'string' ? entity.schema : null,
      aliases: stringList(entity.aliases),
      weakAliases: stringList(details.weakAliases),
      country: stringList(entity.country),
      birthDates: stringList(entity.birthDates),
      identifiers: stringList(details.identifiers),
      addresses: stringList(details.addresses),
      remarks: stringList(details.remarks),
      listings: listings.map(toListing),
    };
  }
}

function toSync(list: Row, activeVersion: ListVersion | null): WatchlistSync {
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const source = sourceCatalogue().get(String(list.id));
  const state = {
    lastSuccessAt: isoInstant(list.lastSuccessAt),
    activeImportedAt: isoInstant(activeVersion?.importedAt),
    consecutiveFailures: Number(list.consecutiveFailures ?? 0),
  };
  const freshness = freshnessOf(state, source);
  return {
    lastAttemptAt: isoInstant(list.lastAttemptAt),
    lastOutcome: text(list.lastOutcome),
    lastError: text(list.lastError),
    lastSuccessAt: state.lastSuccessAt,
    consecutiveFailures: state.consecutiveFailures,
    alert: freshness.alert,
    freshAsOf: freshness.freshAsOf,
    overdue: freshness.overdue,
    dueBy: freshness.dueBy,
    overdueAfter: freshness.overdueAfter,
    cadence: source?.cadence ?? null,
    url: source?.files[0]?.url ?? null,
    etag: text(list.etag),
    lastModified: text(list.lastModified),
    sha256: text(list.sha256),
  };
}

function toListVersion(row: Row): ListVersion {
  const optionalNumber = (value: unknown): number | null => (typeof value === 'number' ? value : null);
  const optionalText = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    id: String(row.id),
    seq: Number(row.seq),
    status: String(row.status),
    entryCount: optionalNumber(row.entryCount),
    added: optionalNumber(row.added),
    updated: optionalNumber(row.updated),
    delisted: optionalNumber(row.delisted),
    rejected: optionalNumber(row.rejected),
    importedAt: optionalText(row.importedAt),
    startedAt: optionalText(row.startedAt),
    importedBy: optionalText(row.importedBy),
    activatedBy: optionalText(row.activatedBy),
    abortedBy: optionalText(row.abortedBy),
    sourceHash: String(row.sourceHash),
    issuedAt: optionalText(row.issuedAt),
    issuedAtSource: optionalText(row.issuedAtSource),
    sourceUrl: optionalText(row.sourceUrl),
    licence: optionalText(row.licence),
    sample: row.sample === true,
    format: String(row.format),
    files: stringList(row.files),
    error: optionalText(row.error),
  };
}

/** A listing's status is read against its list's active version, whatever has been materialised. */
function toListing(row: Row): Listing {
  const listing = row.listing as Row;
  const activeSeq = Number(row.activeSeq ?? 0);
  const firstSeq = typeof listing.firstSeq === 'number' ? listing.firstSeq : null;
  const removedSeq = typeof listing.removedSeq === 'number' ? listing.removedSeq : null;
  let status = 'current';
  if (firstSeq === null || firstSeq > activeSeq) {
    status = 'pending';
  } else if (removedSeq !== null && removedSeq <= activeSeq) {
    status = 'former';
  }
  return {
    listId: String(row.listId),
    listName: String(row.listName ?? row.listId),
    entryId: typeof listing.entryId === 'string' ? listing.entryId : null,
    status,
    programmes: stringList(listing.program),
    listedFrom: typeof listing.listedFrom === 'string' ? listing.listedFrom : null,
    listedTo: status === 'former' && typeof listing.listedTo === 'string' ? listing.listedTo : null,
    firstVersion: firstSeq,
    removedInVersion: removedSeq,
  };
}
