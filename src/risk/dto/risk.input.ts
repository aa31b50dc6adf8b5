import { Field, ID, InputType } from '@nestjs/graphql';

/** A party given by graph id, or by name to resolve: what every reference to a party holds. */
@InputType({ isAbstract: true })
export abstract class PartyRefInput {
  /** The graph entity id; give this or name. */
  @Field(() => ID)
  id?: string | null;

  /** A name to resolve (1 to 1,000 characters); give this or id. */
  name?: string | null;
}

@InputType({ description: 'A body given by graph id, or by name (and optionally country) to resolve.' })
export class EntityRefInput extends PartyRefInput {
  /**
   * The country: a code (ISO 3166-1 alpha-2), or a country's name or demonym ("South Africa", "Chinese"), read as its code (any other is refused). A feature of the match score (agreement raises it, conflict
   * lowers it).
   */
  country?: string | null;

  /** Registration numbers, LEI…: one on both records resolves on its own (at most 20, each at most 200 characters). */
  identifiers?: string[] | null;

  /**
   * YYYY, YYYY-MM or YYYY-MM-DD (at most 10): read only when a name no organisation answers is read as a person (a
   * feature of that score, as in people); a body's resolution ignores it.
   */
  dateOfBirth?: string[] | null;
  /**
   * Other names the body is known by (at most 20, each 1 to 1,000 characters): searched with the name as screen's
   * aliases are, the best-matching name scoring each candidate, so an alias the body's record also holds can resolve
   * it. Every list is always read: an assessment takes no list filter, limit or threshold.
   */
  aliases?: string[] | null;
}

@InputType({ description: 'A person given by graph id, or by name (and optionally country) to resolve.' })
export class PersonRefInput extends PartyRefInput {
  /** The nationality: a code (ISO 3166-1 alpha-2), or a country's name or demonym ("South Africa", "Chinese"), read as its code (any other is refused). A feature of the score. */
  country?: string | null;

  /** Passport or other numbers (at most 20, each at most 200 characters). */
  identifiers?: string[] | null;

  /** YYYY, YYYY-MM or YYYY-MM-DD: a feature of the score. */
  dateOfBirth?: string[] | null;
  /** Other names the person is known by (at most 20, each 1 to 1,000 characters), searched as screen's aliases are. */
  aliases?: string[] | null;
}

@InputType({
  description:
    'Who funds the work, as the analyst knows it: recorded in the graph as FUNDS (funder → partner) with the analyst as the source.',
})
export class FundingInput {
  /** The amount, where known (not negative). */
  amount?: number | null;

  /** ISO 4217 code, e.g. GBP. */
  currency?: string | null;

  /** The funding programme or grant, at most 200 characters. */
  programme?: string | null;

  /** Start of the funding period, YYYY-MM-DD. */
  validFrom?: string | null;

  /** End of the funding period, YYYY-MM-DD. */
  validTo?: string | null;
}

@InputType({
  description: 'A proposed partnership: the partner, its funders, the people involved and the research areas.',
})
export class AssessPartnershipInput {
  /** The organisation the partnership is with. */
  partner!: EntityRefInput;

  /** At most 10. */
  funders?: EntityRefInput[] | null;

  /** At most 20. */
  people?: PersonRefInput[] | null;

  /** At most 20, each at most 200 characters. */
  researchAreas?: string[] | null;

  /** A date (YYYY-MM-DD), or an ISO 8601 date-time whose date is kept (2024-06-30T12:00:00Z reads 2024-06-30); default today. */
  asOf?: string | null;

  /**
   * Record who funds the work: funding[i] is funders[i]'s funding of the partner, written to the graph as FUNDS (funder
   * → partner) when both resolve. Absent: nothing is recorded.
   */
  funding?: FundingInput[] | null;
}
