import { Field, Float, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A party to screen against the watchlists and the graph.' })
export class ScreeningInput {
  @Field({ description: 'The name to screen (1 to 1,000 characters).' })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names of the same party; the best one is used.' })
  aliases?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Person, Organization, Company, PublicBody, LegalEntity (default), Vessel, Airplane, Vehicle, Asset.',
  })
  schema?: string | null;

  @Field(() => [String], { nullable: true, description: 'Countries: ISO 3166 alpha-2 codes or English names.' })
  country?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Dates of birth: YYYY, YYYY-MM or YYYY-MM-DD.' })
  dateOfBirth?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Registration numbers, LEI, IMO, passport numbers…' })
  identifiers?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'How many matches to return: 1 to 50, default 5.' })
  limit?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Score at or above which a match is reported as `match: true` (0 to 1, default 0.70).',
  })
  threshold?: number | null;

  @Field(() => [String], { nullable: true, description: 'Only entries on these lists (ids such as us-ofac-sdn).' })
  lists?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Walk the affiliation paths of the matched entities to risk targets (default true); false returns matches only.',
  })
  pathRisks?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Hops for the path walk: default and maximum from the risk rules.' })
  maxHops?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only relationships valid on this date (YYYY-MM-DD) count in the path walk; default today.',
  })
  asOf?: string | null;
}
