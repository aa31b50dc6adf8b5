import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

/** The arguments of a query that judges relationships on a date. */
@ArgsType()
export abstract class AsOfArgs {
  /**
   * Only relationships valid on this date count: a date (YYYY-MM-DD), or an ISO 8601 date-time whose date is kept
   * (2024-06-30T12:00:00Z reads 2024-06-30); default today.
   */
  asOf?: string | null;
}

/** The arguments of a walk along relationships: how many hops, judged on which date. */
@ArgsType()
export abstract class WalkArgs extends AsOfArgs {
  /** From 1 to 6. */
  @Field(() => Int, { defaultValue: 4 })
  maxHops!: number;
}

@ArgsType()
export class SearchEntitiesArgs {
  /** A name, alias or acronym, in any script (1 to 1,000 characters). */
  query!: string;

  /** How many hits at most, 1 to 100. */
  @Field(() => Int, { defaultValue: 10 })
  limit!: number;
}

@ArgsType()
export class NeighbourhoodArgs {
  /** The entity at the centre. */
  @Field(() => ID)
  id!: string;

  /** From 1 to 3. */
  @Field(() => Int, { defaultValue: 1 })
  depth!: number;

  /** Relationship types to follow (AFFILIATED_WITH, SUPERVISED_BY, PART_OF, OWNED_BY, FUNDS, SAME_AS…); absent: all. */
  relationshipTypes?: string[] | null;
}

@ArgsType()
export class PathsArgs extends WalkArgs {
  /** The entity the paths start from. */
  @Field(() => ID)
  fromId!: string;

  /** The entity the paths end at. */
  @Field(() => ID)
  toId!: string;

  /** Relationship types to follow (AFFILIATED_WITH, SUPERVISED_BY, PART_OF, OWNED_BY, FUNDS, SAME_AS…); absent: all. */
  relationshipTypes?: string[] | null;
}
