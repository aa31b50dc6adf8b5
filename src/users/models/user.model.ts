import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who is calling: the user behind the API key, or the local user in local mode.' })
export class Me {
  /** Recorded on every write the caller makes (importedBy, decidedBy, ...). */
  userId!: string;

  /** The name to show for the caller. */
  displayName!: string;

  /** reader, screener or admin. */
  role!: string;

  /** True when no API keys are configured and the caller is this machine (the OS account). */
  localMode!: boolean;
}

@ObjectType({ description: 'A configured user (USERS_FILE or API_KEYS); keys are never shown.' })
export class User {
  /** The user id, as recorded on the writes the user makes. */
  id!: string;

  /** The name to show for the user. */
  displayName!: string;

  /** reader, screener or admin. */
  role!: string;

  /** How many keys the user has. */
  @Field(() => Int)
  keyCount!: number;

  /** Where the user is configured: file (USERS_FILE) or environment (API_KEYS). */
  source!: string;
}
