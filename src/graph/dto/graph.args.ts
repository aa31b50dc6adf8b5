import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

/** The arguments of a query that judges relationships on a date. */
@ArgsType()
export abstract class AsOfArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only relationships valid on this date (YYYY-MM-DD); default today.',
  })
  asOf?: string | null;
}

/** The arguments of a walk along relationships: how many hops, judged on which date. */
@ArgsType()
export abstract class WalkArgs extends AsOfArgs {
  @Field(() => Int, { defaultValue: 4, description: 'From 1 to 6.' })
  maxHops!: number;
}

@ArgsType()
export class SearchEntitiesArgs {
  @Field({ description: 'A name, alias or acronym, in any script (1 to 200 characters).' })
  query!: string;

  @Field(() => Int, { defaultValue: 10, description: 'How many hits at most, 1 to 100.' })
  limit!: number;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'The entity at the centre.' })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: 'From 1 to 3.' })
  depth!: number;

  @Field(() => [String], {
    nullable: true,
    description:
      'Relationship types to follow (AFFILIATED_WITH, SUPERVISED_BY, PART_OF, OWNED_BY, FUNDS, SAME_AS…); absent: all.',
  })
  relationshipTypes?: string[] | null;
}

@ArgsType()
export class PathsArgs extends WalkArgs {
  @Field(() => ID, { description: 'The entity the paths start from.' })
  fromId!: string;

  @Field(() => ID, { description: 'The entity the paths end at.' })
  toId!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Relationship types to follow (AFFILIATED_WITH, SUPERVISED_BY, PART_OF, OWNED_BY, FUNDS, SAME_AS…); absent: all.',
  })
  relationshipTypes?: string[] | null;
}
