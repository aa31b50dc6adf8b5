import { Injectable } from '@nestjs/common';
import { int } from '../neo4j/neo4j-values';
import { Neo4jService } from '../neo4j/neo4j.service';

/** One entity as the screening index reads it from the graph. */
export interface IndexSourceRow {
  id: string;
  name: string | null;
  aliases: string[];
  /** FollowTheMoney schema of a list entry; null for curated graph entities. */
  schema: string | null;
  labels: string[];
  kind: string | null;
  country: string[];
  nationality: string[];
  /** The towns a registry body is in (ROR's locations; since rules 1.141.0) or a list entry's address towns (since rules 1.145.0); absent or empty for others. */
  city?: string[];
  birthDates: string[];
  identifierValues: string[];
  riskCategories: string[];
  /** True for entities an import created (they carry `listId`), even when no longer listed. */
  fromList: boolean;
  activeListings: Array<{ listId: string; programmes: string[] }>;
  listingCount: number;
  /**
   * A list entry's `details` JSON text when it begins with its weak aliases (the first key `storedContent`
   * writes), else null: only those few thousand entries' details are read and parsed.
   */
  weakDetails?: string | null;
  /** A reference registry body's status (active, inactive, withdrawn, deprecated, unresolved); null for other entities. */
  registryStatus?: string | null;
  /** A fictional demo body of the seed (`demo: true`; since rules 1.210.0 found only by its own names written whole). */
  demo?: boolean;
}

export interface ActiveListVersion {
  listId: string;
  versionId: string;
  seq: number;
  /** Provenance of the version (see the watchlists feature's ListVersion). */
  listName?: string | null;
  issuedAt?: string | null;
  issuedAtSource?: string | null;
  sourceUrl?: string | null;
  licence?: string | null;
  sample?: boolean;
}

/** The marker every process polls; its generation goes up with each list version activation. */
export interface GraphGeneration {
  generation: number;
  /** When it last went up (ISO 8601); null before the first activation. */
  changedAt: string | null;
  /** What made it go up last ("watchlist <list> version <version>"). */
  lastChange: string | null;
}

/** The only place screening talks to Neo4j. */
@Injectable()
export class ScreeningRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * Entities with id greater than `after`, in id order, at most `limit` (keyset paging keeps memory
   * flat). A listing counts as active when the version `activeSeqs` gives for its list includes it.
   */
  async findIndexPage(after: string, limit: number, activeSeqs: ActiveListVersion[]): Promise<IndexSourceRow[]> {
    const rows = await this.neo4j.read('screening/find-index-page', {
      after,
      limit: int(limit),
      activeSeqs: Object.fromEntries(activeSeqs.map((version) => [version.listId, int(version.seq)])),
    });
    return rows as unknown as IndexSourceRow[];
  }

  /** One unique-constraint seek: cheap enough to run every couple of seconds in every process. */
  async findGraphGeneration(): Promise<GraphGeneration> {
    const rows = await this.neo4j.read('screening/find-graph-generation');
    const row = rows[0] ?? {};
    return {
      generation: Number(row.generation ?? 0),
      changedAt: typeof row.changedAt === 'string' ? row.changedAt : null,
      lastChange: typeof row.lastChange === 'string' ? row.lastChange : null,
    };
  }

  /** Each list's last successful sync, active version import and failures in a row (for `stale`). */
  async findListFreshness(): Promise<Record<string, unknown>[]> {
    return this.neo4j.read('screening/find-list-freshness');
  }

  async findActiveListVersions(): Promise<ActiveListVersion[]> {
    const rows = await this.neo4j.read('screening/find-active-list-versions');
    const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
    return rows.map((row) => ({
      listId: String(row.listId),
      versionId: String(row.versionId),
      seq: Number(row.seq),
      listName: text(row.listName),
      issuedAt: text(row.issuedAt),
      issuedAtSource: text(row.issuedAtSource),
      sourceUrl: text(row.sourceUrl),
      licence: text(row.licence),
      sample: row.sample === true,
    }));
  }
}
