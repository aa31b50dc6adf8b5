import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Source } from './source.model';

@ObjectType({ description: 'The evidence envelope every relationship carries.' })
export class Evidence {
  @Field(() => [String])
  sourceIds!: string[];

  @Field(() => [Source])
  sources!: Source[];

  @Field(() => Float, { nullable: true })
  confidence!: number | null;

  @Field(() => String, { nullable: true, description: 'list, registry, curated, analyst or inferred.' })
  method!: string | null;

  @Field(() => String, { nullable: true })
  validFrom!: string | null;

  @Field(() => String, { nullable: true })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'current, former or unknown.' })
  status!: string | null;

  @Field(() => String, { nullable: true })
  recordedAt!: string | null;
}

@ObjectType({ description: 'A property as a key and a JSON-encoded value.' })
export class Property {
  @Field()
  key!: string;

  @Field({ description: 'JSON text: a string, number, boolean or list.' })
  value!: string;
}
