import { ArgsType, Field, ID } from '@nestjs/graphql';
import { AsOfArgs, WalkArgs } from '../../graph/dto/graph.args';

@ArgsType()
export class PartnerRiskArgs extends AsOfArgs {
  @Field(() => ID, { nullable: true, description: 'The entity; or give a name (and country) to resolve.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'A name to resolve (instead of entityId).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code: a feature of the name match.' })
  country?: string | null;
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
export class RiskPathsArgs extends WalkArgs {
  @Field(() => ID, { description: 'The entity to walk from.' })
  entityId!: string;
}
