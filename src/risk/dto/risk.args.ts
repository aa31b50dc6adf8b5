import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class PartnerRiskArgs {
  @Field(() => ID)
  entityId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only relationships valid on this date (YYYY-MM-DD); default today.',
  })
  asOf?: string | null;
}

@ArgsType()
export class LinkSameAsArgs {
  @Field(() => ID, { description: 'The graph entity (curated or registry).' })
  entityId!: string;

  @Field(() => ID, { description: 'The list entity (`<listId>:<entryId>`).' })
  listEntityId!: string;

  @Field({ description: 'Why the analyst is sure they are the same body.' })
  note!: string;
}

@ArgsType()
export class RiskPathsArgs {
  @Field(() => ID)
  entityId!: string;

  @Field(() => Int, { defaultValue: 4, description: 'From 1 to 6.' })
  maxHops!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Only relationships valid on this date (YYYY-MM-DD); default today.',
  })
  asOf?: string | null;
}
