import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One import of a list: the file it came from and what it held.' })
export class ListVersion {
  /** The version id, `<list>@<sequence>`. */
  @Field(() => ID)
  id!: string;

  /** The number of the version within its list: 1 for the first import, then 2, 3… */
  @Field(() => Int)
  seq!: number;

  /** importing, active, superseded or failed. */
  status!: string;

  /** How many entries the version holds; null until the import finishes. */
  @Field(() => Int)
  entryCount!: number | null;

  /** Entries new in this version (compared with the version before); null until it finishes. */
  @Field(() => Int)
  added!: number | null;

  /** Entries whose content changed; null until it finishes. */
  @Field(() => Int)
  updated!: number | null;

  /** Entries of the version before that this one no longer holds; null until it finishes. */
  @Field(() => Int)
  delisted!: number | null;

  /** Records of the file that could not be read (see the import warnings); null until it finishes. */
  @Field(() => Int)
  rejected!: number | null;

  /** When the import finished (ISO 8601 date-time, UTC); null while importing or failed. */
  importedAt!: string | null;

  /** When the import started (ISO 8601 date-time, UTC). */
  startedAt!: string | null;

  /**
   * The user id of whoever imported the version: a configured user, local:<os user> (local mode), cli:<os user> or
   * system:sync. Null for versions imported before users were recorded.
   */
  importedBy!: string | null;

  /** The user id of whoever activated it (the importer). */
  activatedBy!: string | null;

  /** The user id of whoever aborted the import (abort-import). */
  abortedBy!: string | null;

  /** Hex SHA-256 of the file (or files) imported: the same file twice gives the same hash. */
  sourceHash!: string;

  /**
   * The date the list was issued: the one the file carries, else the one the importer gave, else the file modification
   * date (issuedAtSource says which).
   */
  issuedAt!: string | null;

  /**
   * Where issuedAt came from: FILE (the file says), OPERATOR (given on import) or FILE_DATE (file modification date).
   */
  issuedAtSource!: string | null;

  /** Where the list is published (the list's catalogue entry). */
  sourceUrl!: string | null;

  /** The terms the list is published under, with any required attribution. */
  licence!: string | null;

  /** True for the sample copies shipped with partner-graph and loaded at first start. */
  sample!: boolean;

  /** The file format read: ofac-sdn, ofac-cons, un-xml, csl-csv, bis-dpl, ftm, ftm-delta, csv, uk-sanctions… */
  format!: string;

  /** The names of the files imported (the main file first, then side files). */
  files!: string[];

  /** Why the import failed; null unless status is failed. */
  error!: string | null;
}

@ObjectType({
  description:
    "How current a list is: its syncs from the publisher (partner-graph sync, or the built-in schedule) and whether it is overdue against its catalogue entry's overdueAfter.",
})
export class WatchlistSync {
  /** The last sync, successful or not (ISO 8601). */
  lastAttemptAt!: string | null;

  /** imported, unchanged or failed. */
  lastOutcome!: string | null;

  /** Why the last sync failed (null after a success). */
  lastError!: string | null;

  /** The last sync that left the list current: a new version imported, or the file unchanged. */
  lastSuccessAt!: string | null;

  /** Failed syncs since the last success (0 after a success). */
  @Field(() => Int)
  consecutiveFailures!: number;

  /** True from the third failed sync in a row until the next success. */
  alert!: boolean;

  /** The later of lastSuccessAt and the active version import: when the list was last known current. */
  freshAsOf!: string | null;

  /** True when freshAsOf is older than overdueAfter: screening results mark it stale. */
  overdue!: boolean;

  /** When the list becomes (or became) overdue. */
  dueBy!: string | null;

  /** The catalogue's overdueAfter (e.g. 3d); null outside it. */
  overdueAfter!: string | null;

  /** The publisher's cadence, in words (the catalogue's). */
  cadence!: string | null;

  /** The main file the list is synced from. */
  url!: string | null;

  /** The HTTP ETag of the main file at the last sync; null when the publisher gives none. */
  etag!: string | null;

  /** The HTTP Last-Modified of the main file at the last sync; null when the publisher gives none. */
  lastModified!: string | null;

  /** SHA-256 of the main file last synced. */
  sha256!: string | null;
}

@ObjectType({ description: 'A sanctions or export control list, with its versions and how current it is.' })
export class Watchlist {
  /** The list id, e.g. us-ofac-sdn, un-sc, uk-sanctions. */
  @Field(() => ID)
  id!: string;

  /** The name of the list. */
  name!: string;

  /** The version screening uses now; null before the first successful import. */
  activeVersion!: ListVersion | null;

  /** Every import, newest first, failed ones included. */
  versions!: ListVersion[];

  /** Freshness: syncs from the publisher, and whether the list is overdue. */
  sync!: WatchlistSync;
}

@ObjectType({ description: 'One listing of an entry on one list, with its history.' })
export class Listing {
  /** The list id. */
  listId!: string;

  /** The name of the list. */
  listName!: string;

  /** The entry's id on the list (e.g. OFAC's uid); null when the list gives none. */
  entryId!: string | null;

  /** current, former, or pending (in a version not yet active). */
  status!: string;

  /** The programmes the entry is listed under (e.g. SDGT, IRAN); empty when the list gives none. */
  programmes!: string[];

  /** When the entry was listed (YYYY-MM-DD), as the list says; null when it does not. */
  listedFrom!: string | null;

  /** When the entry was delisted (YYYY-MM-DD); null while listed. */
  listedTo!: string | null;

  /** The list version it first appeared in. */
  @Field(() => Int)
  firstVersion!: number | null;

  /** The list version that no longer held it. */
  @Field(() => Int)
  removedInVersion!: number | null;
}

@ObjectType({ description: 'One entry of a list: a person, organisation, vessel… as the list describes it.' })
export class WatchlistEntry {
  /** The entity id, `<listId>:<entryId>`. */
  @Field(() => ID)
  id!: string;

  /** The primary name. */
  name!: string;

  /** The FollowTheMoney schema: Person, Organization, Company, LegalEntity, Vessel…; null when unknown. */
  schema!: string | null;

  /** Other names (a.k.a.). */
  aliases!: string[];

  /** Weak aliases (f.k.a., low-quality a.k.a.): matched with less weight. */
  weakAliases!: string[];

  /** ISO 3166-1 alpha-2 codes, lower case (nationality, citizenship, address or jurisdiction). */
  country!: string[];

  /** Dates of birth, YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDates!: string[];

  /** Identifiers as the list gives them (passport, registration number, IMO…). */
  identifiers!: string[];

  /** Addresses, one line each. */
  addresses!: string[];

  /** The list's remarks on the entry. */
  remarks!: string[];

  /** Every listing of the entry on its list, current and former. */
  listings!: Listing[];
}

@ObjectType({
  description:
    'What an import changed, compared with the active version before it (ListVersion: added, updated, delisted).',
})
export class ImportCounts {
  /** Entries new in this version. */
  @Field(() => Int)
  added!: number;

  /** Entries held before whose content changed (ListVersion.updated). */
  @Field(() => Int)
  changed!: number;

  /** Entries of the version before that this one no longer holds (ListVersion.delisted). */
  @Field(() => Int)
  removed!: number;

  /** Entries held before with the same content. */
  @Field(() => Int)
  unchanged!: number;

  /** Records of the file that could not be read and were left out (see warnings). */
  @Field(() => Int)
  rejected!: number;
}

@ObjectType({ description: 'A record an import left out, and why.' })
export class ImportWarning {
  /** A WATCHLIST_* code, e.g. WATCHLIST_RECORD_INVALID. */
  code!: string;

  /** What was wrong with the record, for a person. */
  message!: string;

  /** The file it was read from. */
  file!: string;

  /** The line of the file; null where the format has no lines. */
  @Field(() => Int)
  line!: number | null;

  /** The number of the record in the file, from 1; null when unknown. */
  @Field(() => Int)
  record!: number | null;
}

@ObjectType({
  description:
    'The answer to an import, the same from GraphQL (importWatchlist), REST (POST /api/watchlists/{list}/import) and the CLI (import --json): one per version the file made.',
})
export class ImportResult {
  /** The list id, e.g. us-ofac-sdn. */
  list!: string;

  /**
   * The version id `<list>@<seq>`: the new version, or the active one when the file was already imported; null only
   * when there is none.
   */
  version!: string | null;

  /** imported (a new version is active) or unchanged (the same file as the active version). */
  status!: string;

  /** Entries read from the file. */
  @Field(() => Int)
  entries!: number;

  /** What the version changed (all 0 but unchanged when status is unchanged). */
  counts!: ImportCounts;

  /** Relationships between entries the file stated (FtM, UK list); 0 for most formats. */
  @Field(() => Int)
  relationships!: number;

  /** The date the list was issued (ISO 8601); null when unknown. */
  issuedAt!: string | null;

  /** The user id recorded as the importer of the version. */
  importedBy!: string | null;

  /** When the version became active (ISO 8601 date-time). */
  importedAt!: string | null;

  /** The first 100 records left out (warningsTotal: how many in all). */
  warnings!: ImportWarning[];

  /** How many records were left out in all. */
  @Field(() => Int)
  warningsTotal!: number;
}
