import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One import of a list: the file it came from and what it held.' })
export class ListVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;

  @Field({ description: 'importing, active, superseded or failed.' })
  status!: string;

  @Field(() => Int, { nullable: true })
  entryCount!: number | null;

  @Field(() => Int, { nullable: true })
  added!: number | null;

  @Field(() => Int, { nullable: true })
  updated!: number | null;

  @Field(() => Int, { nullable: true })
  delisted!: number | null;

  @Field(() => Int, { nullable: true })
  rejected!: number | null;

  @Field(() => String, { nullable: true })
  importedAt!: string | null;

  @Field(() => String, { nullable: true })
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

  @Field()
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

  @Field()
  format!: string;

  @Field(() => [String])
  files!: string[];

  @Field(() => String, { nullable: true })
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

  @Field(() => Int)
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

  @Field(() => String, { nullable: true })
  etag!: string | null;

  @Field(() => String, { nullable: true })
  lastModified!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the main file last synced.' })
  sha256!: string | null;
}

@ObjectType()
export class Watchlist {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ListVersion, { nullable: true })
  activeVersion!: ListVersion | null;

  @Field(() => [ListVersion], { description: 'Every import, newest first, failed ones included.' })
  versions!: ListVersion[];

  @Field(() => WatchlistSync, { description: 'Freshness: syncs from the publisher, and whether the list is overdue.' })
  sync!: WatchlistSync;
}

@ObjectType({ description: 'One listing of an entry on one list, with its history.' })
export class Listing {
  @Field()
  listId!: string;

  @Field()
  listName!: string;

  @Field(() => String, { nullable: true })
  entryId!: string | null;

  @Field({ description: 'current, former, or pending (in a version not yet active).' })
  status!: string;

  @Field(() => [String])
  programmes!: string[];

  @Field(() => String, { nullable: true })
  listedFrom!: string | null;

  @Field(() => String, { nullable: true })
  listedTo!: string | null;

  @Field(() => Int, { nullable: true, description: 'The list version it first appeared in.' })
  firstVersion!: number | null;

  @Field(() => Int, { nullable: true, description: 'The list version that no longer held it.' })
  removedInVersion!: number | null;
}

@ObjectType()
export class WatchlistEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  schema!: string | null;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => [String])
  weakAliases!: string[];

  @Field(() => [String])
  country!: string[];

  @Field(() => [String])
  birthDates!: string[];

  @Field(() => [String])
  identifiers!: string[];

  @Field(() => [String])
  addresses!: string[];

  @Field(() => [String])
  remarks!: string[];

  @Field(() => [Listing])
  listings!: Listing[];
}
