import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A party to screen against the watchlists and the graph.' })
export class ScreeningInput {
  /** The name to screen (1 to 1,000 characters). */
  name!: string;

  /** Other names of the same party; the best one is used. */
  aliases?: string[] | null;

  /** Person, Organization, Company, PublicBody, LegalEntity (default), Vessel, Airplane, Vehicle, Asset. */
  schema?: string | null;

  /**
   * Countries, each a code (ISO 3166-1 alpha-2), or a country's name or demonym ("South Africa", "Chinese"), read as
   * its code (any other is refused).
   */
  country?: string[] | null;

  /** Dates of birth: YYYY, YYYY-MM or YYYY-MM-DD (at most 10, as on every route). */
  dateOfBirth?: string[] | null;

  /** Registration numbers, LEI, IMO, passport numbers… (at most 20, each at most 200 characters). */
  identifiers?: string[] | null;

  /** How many matches to return: 1 to 50, default 5. */
  @Field(() => Int)
  limit?: number | null;

  /** Score at or above which a match is reported as `match: true` (0 to 1, default 0.70). */
  threshold?: number | null;

  /** Only entries on these lists (ids such as us-ofac-sdn). */
  lists?: string[] | null;

  /** Walk the affiliation paths of the matched entities to risk targets (default true); false returns matches only. */
  pathRisks?: boolean | null;

  /** Hops for the path walk: default and maximum from the risk rules. */
  @Field(() => Int)
  maxHops?: number | null;

  /**
   * Only relationships valid on this date count in the path walk: a date (YYYY-MM-DD), or an ISO 8601 date-time whose
   * date is kept (2024-06-30T12:00:00Z reads 2024-06-30); default today.
   */
  asOf?: string | null;
}
