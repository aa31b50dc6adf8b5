import { ObjectType } from '@nestjs/graphql';
import { registerDescribedEnum } from '../../common/graphql-enum';
import { EntitySummary } from './entity-summary.model';
import { Property, RelationshipFacts } from './evidence.model';
import { Source } from './source.model';
import { RelationshipDirection } from '../graph.enums';

registerDescribedEnum(
  RelationshipDirection,
  'RelationshipDirection',
  'OUTGOING: this entity is the subject (it depends on the other); INCOMING: the other depends on it.',
  {
    OUTGOING: 'This entity is the subject of the relationship.',
    INCOMING: 'The other entity is the subject of the relationship.',
  },
);

@ObjectType({ description: 'A relationship of an entity, seen from that entity.' })
export class EntityRelationship extends RelationshipFacts {
  /** OUTGOING or INCOMING, seen from this entity. */
  direction!: RelationshipDirection;

  /** The entity at the other end. */
  other!: EntitySummary;
}

@ObjectType({ description: 'A risk category of an entity and the source that gives it.' })
export class RiskEvidence {
  /** The risk category, e.g. military, state-security, defence-industry, state, sanctioned. */
  category!: string;

  /** The source for the category; null when none is recorded. */
  source!: Source | null;
}

@ObjectType({ description: 'A body or person in the graph, with its relationships and the evidence for each.' })
export class Entity extends EntitySummary {
  /** Other names, acronyms and names in other scripts. */
  aliases!: string[];

  /** Other properties as key and JSON value (website, founded, identifiers…). */
  properties!: Property[];

  /** Each risk category with its source; empty when the entity has none. */
  riskEvidence!: RiskEvidence[];

  /** The sources that state the entity. */
  sources!: Source[];

  /** Its relationships, each with evidence (capped: see relationshipsTruncated). */
  relationships!: EntityRelationship[];

  /** True when the entity has more relationships than were returned. */
  relationshipsTruncated!: boolean;
}
