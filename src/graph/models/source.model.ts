import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The evidence a fact rests on: a document, list or registry, with where to find it.' })
export class Source {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true })
  retrievedAt!: string | null;

  @Field(() => String, { nullable: true })
  licence!: string | null;
}
