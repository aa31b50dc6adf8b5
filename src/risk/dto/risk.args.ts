import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class PartnerRiskArgs {
  @Field(() => ID, { nullable: true, description: 'The entity; or give a name (and country) to resolve.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'A name to resolve (instead of entityId).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code: a feature of the name match.' })
  country?: string | null;

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
  @Field(() => ID, { description: 'The entity to walk from.' })
  entityId!: string;

  @Field(() => Int, { defaultValue: 4, description: 'From 1 to 6.' })
  maxHops!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Only relationships valid on this date (YYYY-MM-DD); default today.',
  })
  asOf?: string | null;
}
