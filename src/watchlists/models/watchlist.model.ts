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
