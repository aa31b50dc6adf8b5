import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The short form of an entity, as it appears inside paths, subgraphs and search hits.' })
export class EntitySummary {
  @Field(() => ID, { description: 'The graph entity id; list entries are `<listId>:<entryId>`.' })
  id!: string;

  @Field({ description: 'The primary name.' })
  name!: string;

  @Field({ description: 'Organisation, Military, SecurityService, State or Person.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'For organisations: University, Laboratory, Company…' })
  kind!: string | null;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes, lower case.' })
  country!: string[];

  @Field(() => [String], { description: 'military, state-security, defence-industry, state, sanctioned…' })
  riskCategories!: string[];

  @Field({ description: 'True for the fictional example bodies shipped for demonstrations.' })
  demo!: boolean;
}
