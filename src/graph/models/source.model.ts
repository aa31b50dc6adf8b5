import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The evidence a fact rests on: a document, list or registry, with where to find it.' })
export class Source {
  @Field(() => ID, { description: 'The source id.' })
  id!: string;

  @Field({ description: 'The title of the document, list or registry.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where to read it; null when it has no public address.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Who publishes it; null when unknown.' })
  publisher!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it was read (YYYY-MM-DD or ISO 8601 date-time); null when unknown.',
  })
  retrievedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The terms it is published under; null when unknown.' })
  licence!: string | null;
}
