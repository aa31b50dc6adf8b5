import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The evidence a fact rests on: a document, list or registry, with where to find it.' })
export class Source {
  /** The source id. */
  @Field(() => ID)
  id!: string;

  /** The title of the document, list or registry. */
  title!: string;

  /** Where to read it; null when it has no public address. */
  url!: string | null;

  /** Who publishes it; null when unknown. */
  publisher!: string | null;

  /** When it was read (YYYY-MM-DD or ISO 8601 date-time); null when unknown. */
  retrievedAt!: string | null;

  /** The terms it is published under; null when unknown. */
  licence!: string | null;
}
