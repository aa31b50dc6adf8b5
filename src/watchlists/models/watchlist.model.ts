import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One import of a list: the file it came from and what it held.' })
export class ListVersion {
  @Field(() => ID, { description: 'The version id, `<list>@<sequence>`.' })
  id!: string;

  @Field(() => Int, { description: 'The number of the version within its list: 1 for the first import, then 2, 3…' })
  seq!: number;

  @Field({ description: 'importing, active, superseded or failed.' })
  status!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How many entries the version holds; null until the import finishes.',
  })
  entryCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Entries new in this version (compared with the version before); null until it finishes.',
  })
  added!: number | null;

  @Field(() => Int, { nullable: true, description: 'Entries whose content changed; null until it finishes.' })
  updated!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Entries of the version before that this one no longer holds; null until it finishes.',
  })
  delisted!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Records of the file that could not be read (see the import warnings); null until it finishes.',
  })
  rejected!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the import finished (ISO 8601 date-time, UTC); null while importing or failed.',
  })
  importedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'When the import started (ISO 8601 date-time, UTC).' })
  startedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The user id of whoever imported the version: a configured user, local:<os user> (local mode), cli:<os user> or system:sync. Null for versions imported before users were recorded.',
  })
  importedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The user id of whoever activated it (the importer).' })
  activatedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The user id of whoever aborted the import (abort-import).' })
  abortedBy!: string | null;

  @Field({ description: 'Hex SHA-256 of the file (or files) imported: the same file twice gives the same hash.' })
  sourceHash!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The date the list was issued: the one the file carries, else the one the importer gave, else the file modification date (issuedAtSource says which).',
  })
  issuedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where issuedAt came from: FILE (the file says), OPERATOR (given on import) or FILE_DATE (file modification date).',
  })
  issuedAtSource!: string | null;

  @Field(() => String, { nullable: true, description: "Where the list is published (the list's catalogue entry)." })
  sourceUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The terms the list is published under, with any required attribution.',
  })
  licence!: string | null;

  @Field({ description: 'True for the sample copies shipped with partner-graph and loaded at first start.' })
  sample!: boolean;

  @Field({
    description:
      'The file format read: ofac-sdn, ofac-cons, un-xml, csl-csv, bis-dpl, ftm, ftm-delta, csv, uk-sanctions…',
  })
  format!: string;

  @Field(() => [String], { description: 'The names of the files imported (the main file first, then side files).' })
  files!: string[];

  @Field(() => String, { nullable: true, description: 'Why the import failed; null unless status is failed.' })
  error!: string | null;
}

@ObjectType({
  description:
    "How current a list is: its syncs from the publisher (partner-graph sync, or the built-in schedule) and whether it is overdue against its catalogue entry's overdueAfter.",
})
export class WatchlistSync {
  @Field(() => String, { nullable: true, description: 'The last sync, successful or not (ISO 8601).' })
  lastAttemptAt!: string | null;

  @Field(() => String, { nullable: true, description: 'imported, unchanged or failed.' })
  lastOutcome!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last sync failed (null after a success).' })
  lastError!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last sync that left the list current: a new version imported, or the file unchanged.',
  })
  lastSuccessAt!: string | null;

  @Field(() => Int, { description: 'Failed syncs since the last success (0 after a success).' })
  consecutiveFailures!: number;

  @Field({ description: 'True from the third failed sync in a row until the next success.' })
  alert!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The later of lastSuccessAt and the active version import: when the list was last known current.',
  })
  freshAsOf!: string | null;

  @Field({ description: 'True when freshAsOf is older than overdueAfter: screening results mark it stale.' })
  overdue!: boolean;

  @Field(() => String, { nullable: true, description: 'When the list becomes (or became) overdue.' })
  dueBy!: string | null;

  @Field(() => String, { nullable: true, description: "The catalogue's overdueAfter (e.g. 3d); null outside it." })
  overdueAfter!: string | null;

  @Field(() => String, { nullable: true, description: "The publisher's cadence, in words (the catalogue's)." })
  cadence!: string | null;

  @Field(() => String, { nullable: true, description: 'The main file the list is synced from.' })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The HTTP ETag of the main file at the last sync; null when the publisher gives none.',
  })
  etag!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The HTTP Last-Modified of the main file at the last sync; null when the publisher gives none.',
  })
  lastModified!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the main file last synced.' })
  sha256!: string | null;
}

@ObjectType({ description: 'A sanctions or export control list, with its versions and how current it is.' })
export class Watchlist {
  @Field(() => ID, { description: 'The list id, e.g. us-ofac-sdn, un-sc, uk-sanctions.' })
  id!: string;

  @Field({ description: 'The name of the list.' })
  name!: string;

  @Field(() => ListVersion, {
    nullable: true,
    description: 'The version screening uses now; null before the first successful import.',
  })
  activeVersion!: ListVersion | null;

  @Field(() => [ListVersion], { description: 'Every import, newest first, failed ones included.' })
  versions!: ListVersion[];

  @Field(() => WatchlistSync, { description: 'Freshness: syncs from the publisher, and whether the list is overdue.' })
  sync!: WatchlistSync;
}

@ObjectType({ description: 'One listing of an entry on one list, with its history.' })
export class Listing {
  @Field({ description: 'The list id.' })
  listId!: string;

  @Field({ description: 'The name of the list.' })
  listName!: string;

  @Field(() => String, {
    nullable: true,
    description: "The entry's id on the list (e.g. OFAC's uid); null when the list gives none.",
  })
  entryId!: string | null;

  @Field({ description: 'current, former, or pending (in a version not yet active).' })
  status!: string;

  @Field(() => [String], {
    description: 'The programmes the entry is listed under (e.g. SDGT, IRAN); empty when the list gives none.',
  })
  programmes!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'When the entry was listed (YYYY-MM-DD), as the list says; null when it does not.',
  })
  listedFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'When the entry was delisted (YYYY-MM-DD); null while listed.' })
  listedTo!: string | null;

  @Field(() => Int, { nullable: true, description: 'The list version it first appeared in.' })
  firstVersion!: number | null;

  @Field(() => Int, { nullable: true, description: 'The list version that no longer held it.' })
  removedInVersion!: number | null;
}

@ObjectType({ description: 'One entry of a list: a person, organisation, vessel… as the list describes it.' })
export class WatchlistEntry {
  @Field(() => ID, { description: 'The entity id, `<listId>:<entryId>`.' })
  id!: string;

  @Field({ description: 'The primary name.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The FollowTheMoney schema: Person, Organization, Company, LegalEntity, Vessel…; null when unknown.',
  })
  schema!: string | null;

  @Field(() => [String], { description: 'Other names (a.k.a.).' })
  aliases!: string[];

  @Field(() => [String], { description: 'Weak aliases (f.k.a., low-quality a.k.a.): matched with less weight.' })
  weakAliases!: string[];

  @Field(() => [String], {
    description: 'ISO 3166-1 alpha-2 codes, lower case (nationality, citizenship, address or jurisdiction).',
  })
  country!: string[];

  @Field(() => [String], { description: 'Dates of birth, YYYY, YYYY-MM or YYYY-MM-DD.' })
  birthDates!: string[];

  @Field(() => [String], { description: 'Identifiers as the list gives them (passport, registration number, IMO…).' })
  identifiers!: string[];

  @Field(() => [String], { description: 'Addresses, one line each.' })
  addresses!: string[];

  @Field(() => [String], { description: "The list's remarks on the entry." })
  remarks!: string[];

  @Field(() => [Listing], { description: 'Every listing of the entry on its list, current and former.' })
  listings!: Listing[];
}

@ObjectType({
  description:
    'What an import changed, compared with the active version before it (ListVersion: added, updated, delisted).',
})
export class ImportCounts {
  @Field(() => Int, { description: 'Entries new in this version.' })
  added!: number;

  @Field(() => Int, { description: 'Entries held before whose content changed (ListVersion.updated).' })
  changed!: number;

  @Field(() => Int, {
    description: 'Entries of the version before that this one no longer holds (ListVersion.delisted).',
  })
  removed!: number;

  @Field(() => Int, { description: 'Entries held before with the same content.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Records of the file that could not be read and were left out (see warnings).' })
  rejected!: number;
}

@ObjectType({ description: 'A record an import left out, and why.' })
export class ImportWarning {
  @Field({ description: 'A WATCHLIST_* code, e.g. WATCHLIST_RECORD_INVALID.' })
  code!: string;

  @Field({ description: 'What was wrong with the record, for a person.' })
  message!: string;

  @Field({ description: 'The file it was read from.' })
  file!: string;

  @Field(() => Int, { nullable: true, description: 'The line of the file; null where the format has no lines.' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: 'The number of the record in the file, from 1; null when unknown.' })
  record!: number | null;
}

@ObjectType({
  description:
    'The answer to an import, the same from GraphQL (importWatchlist), REST (POST /api/watchlists/{list}/import) and the CLI (import --json): one per version the file made.',
})
export class ImportResult {
  @Field({ description: 'The list id, e.g. us-ofac-sdn.' })
  list!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The version id `<list>@<seq>`: the new version, or the active one when the file was already imported; null only when there is none.',
  })
  version!: string | null;

  @Field({ description: 'imported (a new version is active) or unchanged (the same file as the active version).' })
  status!: string;

  @Field(() => Int, { description: 'Entries read from the file.' })
  entries!: number;

  @Field(() => ImportCounts, {
    description: 'What the version changed (all 0 but unchanged when status is unchanged).',
  })
  counts!: ImportCounts;

  @Field(() => Int, {
    description: 'Relationships between entries the file stated (FtM, UK list); 0 for most formats.',
  })
  relationships!: number;

  @Field(() => String, { nullable: true, description: 'The date the list was issued (ISO 8601); null when unknown.' })
  issuedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The user id recorded as the importer of the version.' })
  importedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When the version became active (ISO 8601 date-time).' })
  importedAt!: string | null;

  @Field(() => [ImportWarning], { description: 'The first 100 records left out (warningsTotal: how many in all).' })
  warnings!: ImportWarning[];

  @Field(() => Int, { description: 'How many records were left out in all.' })
  warningsTotal!: number;
}
