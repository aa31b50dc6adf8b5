import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntitySummary } from './entity-summary.model';
import { Evidence, Property } from './evidence.model';
import { Source } from './source.model';

export enum RelationshipDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}
registerEnumType(RelationshipDirection, {
  name: 'RelationshipDirection',
  description: 'OUTGOING: this entity is the subject (it depends on the other); INCOMING: the other depends on it.',
});

@ObjectType()
export class EntityRelationship {
  @Field()
  type!: string;

  @Field(() => RelationshipDirection)
  direction!: RelationshipDirection;

  @Field(() => EntitySummary)
  other!: EntitySummary;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => [Property], { description: 'Type-specific properties: role, share, amount, programme…' })
  properties!: Property[];
}

@ObjectType()
export class RiskEvidence {
  @Field()
  category!: string;

  @Field(() => Source, { nullable: true })
  source!: Source | null;
}

@ObjectType({ description: 'A body or person in the graph, with its relationships and the evidence for each.' })
export class Entity extends EntitySummary {
  @Field(() => [String])
  aliases!: string[];

  @Field(() => [Property])
  properties!: Property[];

  @Field(() => [RiskEvidence])
  riskEvidence!: RiskEvidence[];

  @Field(() => [Source])
  sources!: Source[];

  @Field(() => [EntityRelationship])
  relationships!: EntityRelationship[];

  @Field({ description: 'True when the entity has more relationships than were returned.' })
  relationshipsTruncated!: boolean;
}
