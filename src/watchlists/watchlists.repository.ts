import { Injectable } from '@nestjs/common';
import { int } from '../neo4j/neo4j-values';
import { groupBy } from '../common/collections';
import { Neo4jService, type QueryRunner, type Row } from '../neo4j/neo4j.service';
import { storedContent, type WatchlistEntityRow, type WatchlistRelationshipRow } from './watchlist-entity';
import { LIST_RELATIONSHIP_TYPES, type WatchlistRelationshipType } from './watchlist-record';

const SLICE = 50_000;

export interface BeginVersion {
  listId: string;
  listName: string;
  format: string;
  files: string[];
  sourceHash: string;
  /** How the parser read the files (`WatchlistParser.readVersion`); 1 when not given. */
  readVersion?: number;
  issuedAt: string | null;
  /** FILE, OPERATOR or FILE_DATE: where issuedAt came from (null when there is none). */
  issuedAtSource?: string | null;
  /** A sample copy shipped with partner-graph. */
  sample?: boolean;
  deltaVersion: string | null;
  sourceId: string;
  publisher: string | null;
  sourceUrl: string | null;
  licence: string | null;
  /** An importing version with no sign of life for this long is taken for abandoned. */
  staleSeconds: number;
  /** The user id of whoever imports it (a key's user, `local:<os user>`, `cli:<os user>`, `system:sync`). */
  importedBy: string;
}

/** Another import of the list, still running, which kept a new version from opening. */
export interface RunningImport {
  versionId: string;
  startedAt: string | null;
  heartbeatAt: string | null;
}

/** An entry as write-entries takes it: its entity row with the listing details of this version. */
export interface WatchlistEntryWrite extends WatchlistEntityRow {
  /** The entry's programmes and those of its Sanction records in the same batch. */
  programmes: string[];
  listedFrom: string | null;
  authority: string | null;
  reason: string | null;
}

export interface ListingDetailsRow {
  entityId: string;
  entryId: string;
  programme: string | null;
  authority: string | null;
  listingDate: string | null;
  startDate: string | null;
  reason: string | null;
}

/** The only place the watchlist feature talks to Neo4j. */
@Injectable()
export class WatchlistsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async listWatchlists(): Promise<Array<{ list: Row; versions: Row[] }>> {
    const rows = await this.neo4j.read('watchlists/list-watchlists');
    return rows.map((row) => ({ list: row.list as Row, versions: row.versions as Row[] }));
  }

  async findEntry(id: string): Promise<{ entity: Row; listings: Row[] } | null> {
    const rows = await this.neo4j.read('watchlists/find-watchlist-entry', { id });
    return rows.length > 0 ? { entity: rows[0].entity as Row, listings: rows[0].listings as Row[] } : null;
  }

  async findActiveVersion(
    listId: string,
  ): Promise<{ activeSeq: number; lastDeltaVersion: string | null; version: Row | null } | null> {
    const rows = await this.neo4j.read('watchlists/find-active-version', { listId });
    if (rows.length === 0) {
      return null;
    }
    return {
      activeSeq: Number(rows[0].activeSeq ?? 0),
      lastDeltaVersion: (rows[0].lastDeltaVersion as string | null) ?? null,
      version: (rows[0].version as Row | null) ?? null,
    };
  }

  /**
   * Opens version `seq` and undoes what earlier versions that never became active left behind; or,
   * when another import of the list is running, opens nothing and says which. One transaction under
   * the list's write lock, so of two concurrent begins one opens and the other sees it running.
   */
  async beginVersion(
    parameters: BeginVersion,
  ): Promise<{ versionId: string; seq: number } | { runningImport: RunningImport }> {
    const rows = await this.neo4j.write('watchlists/begin-version', {
      ...parameters,
      issuedAtSource: parameters.issuedAtSource ?? null,
      sample: parameters.sample ?? false,
      staleSeconds: int(parameters.staleSeconds),
      readVersion: int(parameters.readVersion ?? 1),
    });
    const versionId = rows[0].versionId;
    if (typeof versionId !== 'string') {
      const [running] = rows[0].running as Row[];
      return {
        runningImport: {
          versionId: String(running.id),
          startedAt: (running.startedAt as string | null) ?? null,
          heartbeatAt: (running.heartbeatAt as string | null) ?? null,
        },
      };
    }
    const version = { versionId, seq: Number(rows[0].seq) };
    const activeSeq = Number(rows[0].activeSeq ?? 0);
    // Versions numbered between the active one and this one never became active; usually there are none.
    if (version.seq > activeSeq + 1) {
      const discard = { listId: parameters.listId, seq: int(version.seq), activeSeq: int(activeSeq) };
      await this.neo4j.write('watchlists/discard-unactivated-changes', discard);
      await this.sweepListRelationships(null, (transaction, type) =>
        transaction.runForRelationshipType('watchlists/discard-unactivated-list-relationships', type, discard),
      );
    }
    return version;
  }

  /**
   * Writes one batch of entries in one transaction: entities that do not exist yet are created with
   * their listing (the bulk path), existing ones have changed content staged until activation, and
   * every entry's listing is marked present in version `seq`. With `allNew` the caller vouches that
   * none of the entities exists (the first version of a list, rows not seen before in the import),
   * which saves the lookup. Empty properties are not stored (readers treat a missing list as empty).
   */
  async writeEntries(
    listId: string,
    seq: number,
    sourceId: string,
    rows: WatchlistEntryWrite[],
    options: { allNew: boolean } = { allNew: false },
  ): Promise<{ added: number; updated: number; unchanged: number }> {
    const stored = rows.map((row) => ({ ...row, content: storedContent(row.content) }));
    return this.neo4j.writeTransaction(async (transaction) => {
      let known = new Set<string>();
      if (!options.allNew) {
        const existing = await transaction.run('watchlists/find-existing-entries', { ids: rows.map((row) => row.id) });
        known = new Set(existing.map((row) => String(row.id)));
      }
      const created = stored.filter((row) => !known.has(row.id));
      const present = stored.filter((row) => known.has(row.id));
      const parameters = { listId, seq: int(seq), sourceId };
      if (created.length > 0) {
        await transaction.run('watchlists/create-entries', { ...parameters, rows: created });
      }
      let filled = 0;
      let changed = 0;
      if (present.length > 0) {
        const [counts] = await transaction.run('watchlists/update-entries', { ...parameters, rows: present });
        filled = Number(counts?.created ?? 0);
        changed = Number(counts?.changed ?? 0);
      }
      const added = created.length + filled;
      return { added, updated: changed, unchanged: rows.length - added - changed };
    });
  }

  /**
   * Writes one batch of list-borne relationships as version `seq` of their list: new and changed ones
   * start at `seq` (invisible until it is activated), unchanged ones are marked present in it.
   */
  /**
   * Writes list-borne relationships of version `seq`. With `allNew` the caller vouches that both ends
   * of every row are entries it has written and that no row's record exists yet (the first version of
   * a list), so they are simply created; otherwise each is matched against the open row of its record.
   */
  async writeRelationships(
    listId: string,
    seq: number,
    rows: WatchlistRelationshipRow[],
    options: { allNew: boolean } = { allNew: false },
  ): Promise<void> {
    for (const [type, ofType] of groupBy(rows, (row) => row.type)) {
      if (!(LIST_RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
        throw new Error(`List relationship type "${type}" is not one a list can write`);
      }
      // One row per record: the statement matches every row's open relationship before it writes any.
      const byRecord = new Map(ofType.map((row) => [String(row.properties.relationshipId), row]));
      const parameters = { listId, seq: int(seq), rows: [...byRecord.values()] };
      if (options.allNew) {
        await this.neo4j.writeForRelationshipType(
          'watchlists/create-list-relationships',
          type as WatchlistRelationshipType,
          parameters,
        );
      } else {
        await this.neo4j.writeForRelationshipType(
          'watchlists/upsert-list-relationships',
          type as WatchlistRelationshipType,
          parameters,
        );
      }
    }
  }

  async writeListingDetails(listId: string, seq: number, sourceId: string, rows: ListingDetailsRow[]): Promise<void> {
    if (rows.length > 0) {
      await this.neo4j.write('watchlists/set-listing-details', { listId, seq: int(seq), sourceId, rows });
    }
  }

  /**
   * FtM delta DEL: ends, with version `seq`, the listings of the deleted entries and the list-borne
   * relationships whose record, or one of whose endpoints, was deleted.
   */
  async markDeleted(listId: string, seq: number, entityIds: string[], recordIds: string[]): Promise<void> {
    if (entityIds.length === 0) {
      return;
    }
    await this.neo4j.write('watchlists/mark-deleted-entries', { listId, seq: int(seq), entityIds });
    const parameters = { listId, seq: int(seq), entityIds, recordIds };
    await this.sweepListRelationships(null, (transaction, type) =>
      transaction.runForRelationshipType('watchlists/end-deleted-list-relationships', type, parameters),
    );
  }

  /** Ends, with version `seq`, every listing and list-borne relationship that the full version did not contain. */
  async markUnseen(listId: string, seq: number): Promise<void> {
    const parameters = { listId, seq: int(seq), limit: int(SLICE) };
    for (;;) {
      const rows = await this.neo4j.write('watchlists/mark-unseen-entries', parameters);
      if (Number(rows[0]?.marked ?? 0) < SLICE) {
        break;
      }
    }
    await this.sweepListRelationships('marked', (transaction, type) =>
      transaction.runForRelationshipType('watchlists/mark-unseen-list-relationships', type, parameters),
    );
  }

  async countVersionChanges(
    listId: string,
    seq: number,
  ): Promise<{ added: number; delisted: number; entries: number }> {
    const rows = await this.neo4j.read('watchlists/count-version-changes', { listId, seq: int(seq) });
    return {
      added: Number(rows[0]?.added ?? 0),
      delisted: Number(rows[0]?.delisted ?? 0),
      entries: Number(rows[0]?.entries ?? 0),
    };
  }

  /** Refreshes the sign of life of an importing version; false when it is no longer importing. */
  async touchVersion(listId: string, seq: number): Promise<boolean> {
    const rows = await this.neo4j.write('watchlists/touch-version', { listId, seq: int(seq) });
    return rows.length > 0;
  }

  /** Activates version `seq`; false (and nothing changed) when it is no longer importing. */
  async activateVersion(
    listId: string,
    seq: number,
    counts: Record<string, number>,
    deltaVersion: string | null,
    activatedBy: string,
  ): Promise<boolean> {
    const rows = await this.neo4j.write('watchlists/activate-version', {
      listId,
      seq: int(seq),
      counts: integers(counts),
      deltaVersion,
      activatedBy,
    });
    return rows.length > 0;
  }

  /** Marks version `seq` failed, if it is still importing, recording `counts` beside the error. */
  async failVersion(listId: string, seq: number, error: string, counts: Record<string, number> = {}): Promise<void> {
    await this.neo4j.write('watchlists/fail-version', {
      listId,
      seq: int(seq),
      error: error.slice(0, 2000),
      counts: integers(counts),
    });
  }

  /**
   * Marks the running import of a list failed when its heartbeat is older than `staleSeconds`, or
   * with `force` whatever it is. Answers the importing versions found (none when nothing runs).
   */
  async abortImport(
    listId: string,
    options: { staleSeconds: number; force: boolean; error: string; abortedBy: string },
  ): Promise<Array<{ versionId: string; heartbeatAt: string | null; alive: boolean; aborted: boolean }>> {
    const rows = await this.neo4j.write('watchlists/abort-import', {
      listId,
      staleSeconds: int(options.staleSeconds),
      force: options.force,
      error: options.error,
      abortedBy: options.abortedBy,
    });
    return rows.map((row) => ({
      versionId: String(row.versionId),
      heartbeatAt: (row.heartbeatAt as string | null) ?? null,
      alive: row.alive === true,
      aborted: row.aborted === true,
    }));
  }

  /** Activated versions whose derived statuses are not all written yet, oldest first (all lists for null). */
  async findUnmaterialisedVersions(
    listId: string | null,
  ): Promise<
    Array<{ listId: string; seq: number; issuedAt: string | null; issuedAtSource: string | null; activatedAt: string }>
  > {
    const rows = await this.neo4j.read('watchlists/find-unmaterialised-versions', { listId });
    return rows.map((row) => ({
      listId: String(row.listId),
      seq: Number(row.seq),
      issuedAt: (row.issuedAt as string | null) ?? null,
      issuedAtSource: (row.issuedAtSource as string | null) ?? null,
      activatedAt: String(row.activatedAt),
    }));
  }

  async markMaterialised(listId: string, seq: number): Promise<void> {
    await this.neo4j.write('watchlists/mark-version-materialised', { listId, seq: int(seq) });
  }

  /** Writes status 'former' and validTo onto the list-borne relationships version `seq` ended (after its activation). */
  async materialiseRelationshipStatus(listId: string, seq: number, validTo: string): Promise<void> {
    const parameters = { listId, seq: int(seq), validTo, limit: int(SLICE) };
    await this.sweepListRelationships('updated', (transaction, type) =>
      transaction.runForRelationshipType('watchlists/materialise-list-relationship-status', type, parameters),
    );
  }

  /**
   * Runs a per-type statement for every relationship type a list writes (relationship indexes are per
   * type), all types in one transaction. A sliced statement (`sliceCount` names its count) runs again,
   * in a further transaction, for the types whose last slice was full.
   */
  private async sweepListRelationships(
    sliceCount: string | null,
    statement: (transaction: QueryRunner, type: WatchlistRelationshipType) => Promise<Row[]>,
  ): Promise<void> {
    let types = [...LIST_RELATIONSHIP_TYPES];
    while (types.length > 0) {
      const pending = types;
      types = await this.neo4j.writeTransaction(async (transaction) => {
        const unfinished: WatchlistRelationshipType[] = [];
        for (const type of pending) {
          const rows = await statement(transaction, type);
          if (sliceCount !== null && Number(rows[0]?.[sliceCount] ?? 0) >= SLICE) {
            unfinished.push(type);
          }
        }
        return unfinished;
      });
    }
  }

  /** Writes status and listedTo onto the listings version `seq` started or ended (after its activation). */
  async materialiseListingStatus(listId: string, seq: number, listedTo: string): Promise<void> {
    for (;;) {
      const rows = await this.neo4j.write('watchlists/materialise-listing-status', {
        listId,
        seq: int(seq),
        listedTo,
        limit: int(SLICE),
      });
      if (Number(rows[0]?.updated ?? 0) < SLICE) {
        return;
      }
    }
  }
}

function integers(counts: Record<string, number>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, int(value)]));
}
