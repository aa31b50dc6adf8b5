import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A body given by graph id, or by name (and optionally country) to resolve.' })
export class EntityRefInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, to prefer bodies of that country.' })
  country?: string | null;
}

@InputType({ description: 'A person given by graph id, or by name (and optionally country) to resolve.' })
export class PersonRefInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;
}

@InputType()
export class AssessPartnershipInput {
  @Field(() => EntityRefInput)
  partner!: EntityRefInput;

  @Field(() => [EntityRefInput], { nullable: true, description: 'At most 10.' })
  funders?: EntityRefInput[] | null;

  @Field(() => [PersonRefInput], { nullable: true, description: 'At most 20.' })
  people?: PersonRefInput[] | null;

  @Field(() => [String], { nullable: true, description: 'At most 20, each at most 200 characters.' })
  researchAreas?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today.' })
  asOf?: string | null;
}
