import { Field, Int, ObjectType } from '@nestjs/graphql';
import { EntitySummary } from './entity-summary.model';
import { Evidence, Property } from './evidence.model';
import { Source } from './source.model';

@ObjectType({ description: 'A relationship between two entities, directed from the subject to what it depends on.' })
export class GraphRelationship {
  @Field()
  type!: string;

  @Field({ description: 'The id of the subject entity.' })
  from!: string;

  @Field({ description: 'The id of the entity it depends on.' })
  to!: string;

  @Field(() => [Source])
  sources!: Source[];

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => [Property])
  properties!: Property[];
}

@ObjectType({ description: 'Nodes and relationships around an entity, for drawing.' })
export class Subgraph {
  @Field(() => [EntitySummary])
  nodes!: EntitySummary[];

  @Field(() => [GraphRelationship])
  relationships!: GraphRelationship[];

  @Field({ description: 'True when the node limit cut the walk short.' })
  truncated!: boolean;
}

@ObjectType({ description: 'A chain of entities, with each relationship in order along it.' })
export class Path {
  @Field(() => [EntitySummary])
  nodes!: EntitySummary[];

  @Field(() => [GraphRelationship], {
    description: 'relationships[i] joins nodes[i] and nodes[i+1]; its from/to give its real direction.',
  })
  relationships!: GraphRelationship[];

  @Field(() => Int)
  hops!: number;
}

@ObjectType()
export class EntitySearchHit {
  @Field(() => EntitySummary)
  entity!: EntitySummary;

  @Field()
  score!: number;

  @Field({ description: 'The name or alias that matched the query.' })
  matchedName!: string;
}
