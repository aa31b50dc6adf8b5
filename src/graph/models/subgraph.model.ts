import { Field, Int, ObjectType } from '@nestjs/graphql';
import { EntitySummary } from './entity-summary.model';
import { RelationshipFacts } from './evidence.model';
import { Source } from './source.model';

@ObjectType({ description: 'A relationship between two entities, directed from the subject to what it depends on.' })
export class GraphRelationship extends RelationshipFacts {
  /** The id of the subject entity. */
  from!: string;

  /** The id of the entity it depends on. */
  to!: string;

  /** The sources that state it. */
  sources!: Source[];
}

@ObjectType({ description: 'Nodes and relationships around an entity, for drawing.' })
export class Subgraph {
  /** The entities reached, the centre included. */
  nodes!: EntitySummary[];

  /** The relationships among them. */
  relationships!: GraphRelationship[];

  /** True when the node limit cut the walk short. */
  truncated!: boolean;
}

@ObjectType({ description: 'A chain of entities, with each relationship in order along it.' })
export class Path {
  /** The entities in order, from the first to the last. */
  nodes!: EntitySummary[];

  /** relationships[i] joins nodes[i] and nodes[i+1]; its from/to give its real direction. */
  relationships!: GraphRelationship[];

  /** The number of relationships (nodes minus one). */
  @Field(() => Int)
  hops!: number;
}

@ObjectType({ description: 'An entity found by name, with how well it matched.' })
export class EntitySearchHit {
  /** The entity found. */
  entity!: EntitySummary;

  /** How well it matched, 0 to 1 (mostly name similarity, partly text relevance). */
  score!: number;

  /** The name or alias that matched the query. */
  matchedName!: string;
}
