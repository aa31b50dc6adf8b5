import { ArgsType, Field, ID } from '@nestjs/graphql';
import { AsOfArgs, WalkArgs } from '../../graph/dto/graph.args';

@ArgsType()
export class PartnerRiskArgs extends AsOfArgs {
  /** The entity; or give a name (and country) to resolve. */
  @Field(() => ID)
  entityId?: string | null;

  /**
   * A name to resolve (instead of entityId): as an organisation, and as a person when no organisation answers and no two
   * bodies are within the margin (a listed person resolves to the person and his listings set the level); 1 to 1,000
   * characters.
   */
  name?: string | null;

  /** The country: a code (ISO 3166-1 alpha-2), or a country's name or demonym ("South Africa", "Chinese"), read as its code (any other is refused). A feature of the name match. */
  country?: string | null;

  /** Registration numbers, LEI, ROR id…: one on both records resolves on its own (at most 20, each at most 200 characters), as in assessPartnership. */
  identifiers?: string[] | null;

  /**
   * A person's dates of birth, YYYY, YYYY-MM or YYYY-MM-DD (at most 10): a feature of the score when the name is read
   * as a person, as in assessPartnership's people; an organisation's resolution ignores them.
   */
  dateOfBirth?: string[] | null;
  /**
   * Other names of the party (with name only; at most 20, each 1 to 1,000 characters): searched with the name as
   * screen's aliases are, so an alias the body's record also holds can resolve it. Every list is always read.
   */
  aliases?: string[] | null;
}

@ArgsType()
export class LinkSameAsArgs {
  /** The graph entity (curated or registry). */
  @Field(() => ID)
  entityId!: string;

  /** The list entity (`<listId>:<entryId>`). */
  @Field(() => ID)
  listEntityId!: string;

  /** Why the analyst is sure they are the same body. */
  note!: string;
}

@ArgsType()
export class RiskPathsArgs extends WalkArgs {
  /** The entity to walk from. */
  @Field(() => ID)
  entityId!: string;
}
