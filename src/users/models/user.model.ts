import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who is calling: the user behind the API key, or the local user in local mode.' })
export class Me {
  @Field({ description: 'Recorded on every write the caller makes (importedBy, decidedBy, ...).' })
  userId!: string;

  @Field({ description: 'The name to show for the caller.' })
  displayName!: string;

  @Field({ description: 'reader, screener or admin.' })
  role!: string;

  @Field({ description: 'True when no API keys are configured and the caller is this machine (the OS account).' })
  localMode!: boolean;
}

@ObjectType({ description: 'A configured user (USERS_FILE or API_KEYS); keys are never shown.' })
export class User {
  @Field({ description: 'The user id, as recorded on the writes the user makes.' })
  id!: string;

  @Field({ description: 'The name to show for the user.' })
  displayName!: string;

  @Field({ description: 'reader, screener or admin.' })
  role!: string;

  @Field(() => Int, { description: 'How many keys the user has.' })
  keyCount!: number;

  @Field({ description: 'Where the user is configured: file (USERS_FILE) or environment (API_KEYS).' })
  source!: string;
}
