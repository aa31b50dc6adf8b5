import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class SearchEntitiesArgs {
  @Field()
  query!: string;

  @Field(() => Int, { defaultValue: 10 })
  limit!: number;
}

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: 'From 1 to 3.' })
  depth!: number;

  @Field(() => [String], { nullable: true })
  relationshipTypes?: string[] | null;
}

@ArgsType()
export class PathsArgs {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => Int, { defaultValue: 4, description: 'From 1 to 6.' })
  maxHops!: number;

  @Field(() => [String], { nullable: true })
  relationshipTypes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only relationships valid on this date (YYYY-MM-DD); default today.',
  })
  asOf?: string | null;
}
