import { Field, ID, ObjectType } from '@nestjs/graphql';

// Fields come from the property types and doc comments (tools/graphql-metadata.mjs); @Field only
// where TypeScript alone cannot say the GraphQL type (ID, Int).
@ObjectType({ description: 'The short form of an entity, as it appears inside paths, subgraphs and search hits.' })
export class EntitySummary {
  /** The graph entity id; list entries are `<listId>:<entryId>`. */
  @Field(() => ID)
  id!: string;

  /** The primary name. */
  name!: string;

  /** Organisation, Military, SecurityService, State or Person. */
  type!: string;

  /** For organisations: University, Laboratory, Company… */
  kind!: string | null;

  /** ISO 3166-1 alpha-2 codes, lower case. */
  country!: string[];

  /** military, state-security, defence-industry, state, sanctioned… */
  riskCategories!: string[];

  /** True for the fictional example bodies shipped for demonstrations. */
  demo!: boolean;
}
