import { Field, ID, InputType } from '@nestjs/graphql';
import { PartyRole } from '../cases.enums';

@InputType({
  description:
    'A body given by graph id, or by name (and optionally country) to resolve; a name no organisation answers is read as a person too, with the dates of birth given.',
})
export class CaseOrganisationInput {
  /** The graph entity id; give this or name. */
  @Field(() => ID)
  id?: string | null;

  /** 1 to 1,000 characters. */
  name?: string | null;

  /** The country: a code (ISO 3166-1 alpha-2), or a country's name or demonym ("South Africa", "Chinese"), read as its code (any other is refused). */
  country?: string | null;

  /**
   * When the party may be a person: dates of birth, YYYY, YYYY-MM or YYYY-MM-DD (at most 10), a feature of the score
   * when the name is read as a person, as in people; a body's resolution ignores them.
   */
  dateOfBirth?: string[] | null;

  /**
   * Registration numbers, LEI…: one on both records resolves on its own, as in assessPartnership (at most 20, each at
   * most 200 characters).
   */
  identifiers?: string[] | null;
  /**
   * Other names the body is known by (with name only; at most 20, each 1 to 1,000 characters): searched with the name
   * as assessPartnership's aliases are, so an alias the body's record also holds can resolve it; the case's runs and
   * monitoring screen them too.
   */
  aliases?: string[] | null;
}

@InputType({ description: 'A person given by graph id, or by name (and optionally country and birth dates).' })
export class CasePersonInput {
  /** The graph entity id of the person; give this or name. */
  @Field(() => ID)
  id?: string | null;

  /** 1 to 1,000 characters. */
  name?: string | null;

  /** The nationality: a code (ISO 3166-1 alpha-2), or a country's name or demonym ("South Africa", "Chinese"), read as its code (any other is refused). */
  country?: string | null;

  /** YYYY, YYYY-MM or YYYY-MM-DD (at most 10). */
  dateOfBirth?: string[] | null;

  /** Passport or other numbers: one on both records resolves on its own, as in assessPartnership (at most 20, each at most 200 characters). */
  identifiers?: string[] | null;
  /** Other names the person is known by (with name only; at most 20, each 1 to 1,000 characters), searched as assessPartnership's people's aliases are. */
  aliases?: string[] | null;
}

@InputType({ description: 'A measure the partnership must carry out to go ahead.' })
export class MitigationInput {
  /** 1 to 2,000 characters. */
  text!: string;

  /** Who carries it out (at most 200 characters). */
  owner?: string | null;

  /** YYYY-MM-DD. */
  dueDate?: string | null;
}

@InputType({ description: 'A proposed partnership to check.' })
export class CaseInput {
  /** 1 to 200 characters. */
  title!: string;

  /** The organisation the partnership is with. */
  partner!: CaseOrganisationInput;

  /** At most 10. */
  funders?: CaseOrganisationInput[] | null;

  /** At most 20. */
  people?: CasePersonInput[] | null;

  /** At most 20, each 1 to 200 characters. */
  researchAreas?: string[] | null;

  /** At most 10,000 characters. */
  notes?: string | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateCaseInput {
  /** 1 to 200 characters; absent or null leaves it as it is. */
  title?: string | null;

  /** At most 10,000 characters; replaces the notes. Absent or null leaves them as they are. */
  notes?: string | null;

  /** Replaces the research areas (at most 20, each 1 to 200 characters); the next run checks them. */
  researchAreas?: string[] | null;

  /** Replaces the mitigations (at most 50). */
  mitigations?: MitigationInput[] | null;
}

@InputType({
  description:
    'A party added to an open case: a funder or a person (a case has one partner, set at creation), given by graph id or by name.',
})
export class AddCasePartyInput {
  /** FUNDER or PERSON. */
  role!: PartyRole;

  /** A graph entity id; give this or name. */
  @Field(() => ID)
  id?: string | null;

  /** 1 to 1,000 characters; give this or id. */
  name?: string | null;

  /** The country (nationality for a person): a code (ISO 3166-1 alpha-2), or a country's name or demonym ("South Africa", "Chinese"), read as its code (any other is refused). */
  country?: string | null;

  /**
   * Birth dates, YYYY, YYYY-MM or YYYY-MM-DD (at most 10): a person's, or a funder's when its name is read as a person;
   * a body's resolution ignores them.
   */
  dateOfBirth?: string[] | null;

  /**
   * Registration numbers, LEI, passport numbers…: one on both records resolves on its own, as in assessPartnership (at
   * most 20, each at most 200 characters).
   */
  identifiers?: string[] | null;
  /** Other names of the party (with name only; at most 20, each 1 to 1,000 characters): as in assessPartnership. */
  aliases?: string[] | null;
}

@InputType({
  description:
    "Corrects a party's data; the party is resolved again (an earlier override is dropped). Give at least one field; an empty string clears country.",
})
export class UpdateCasePartyInput {
  /** A graph entity id; replaces the name the party was given by. */
  @Field(() => ID)
  id?: string | null;

  /** 1 to 1,000 characters; replaces the id the party was given by. */
  name?: string | null;

  /** The country: a code (ISO 3166-1 alpha-2), or a country's name or demonym ("South Africa", "Chinese"), read as its code (any other is refused); an empty string clears it. */
  country?: string | null;

  /** Birth dates (replaces them; [] clears them): YYYY, YYYY-MM or YYYY-MM-DD; any role, read when the name is read as a person. */
  dateOfBirth?: string[] | null;

  /** Registration numbers, LEI, passport numbers… (replaces them; [] clears them): as in assessPartnership. */
  identifiers?: string[] | null;
  /** Other names of the party (replaces them; [] clears them; with a name only: an id given clears them): as in assessPartnership. */
  aliases?: string[] | null;
}
