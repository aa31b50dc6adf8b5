import { ObjectType } from '@nestjs/graphql';
import { Source } from './source.model';

@ObjectType({ description: 'The evidence envelope every relationship carries.' })
export class Evidence {
  /** The ids of the sources. */
  sourceIds!: string[];

  /** The sources, with title, publisher and address. */
  sources!: Source[];

  /** How far the statement is trusted, 0 to 1; null when not given. */
  confidence!: number | null;

  /** list, registry, curated, analyst or inferred. */
  method!: string | null;

  /** From when it holds (YYYY, YYYY-MM or YYYY-MM-DD); null when unknown. */
  validFrom!: string | null;

  /** Until when it held (YYYY, YYYY-MM or YYYY-MM-DD); null when it still holds or is unknown. */
  validTo!: string | null;

  /** current, former or unknown. */
  status!: string | null;

  /** When it was written to the graph (ISO 8601 date-time, UTC). */
  recordedAt!: string | null;
}

@ObjectType({ description: 'A property as a key and a JSON-encoded value.' })
export class Property {
  /** The property name. */
  key!: string;

  /** JSON text: a string, number, boolean or list. */
  value!: string;
}

/** What every relationship in an answer states: its type, its evidence and its type-specific properties. */
@ObjectType({ isAbstract: true })
export abstract class RelationshipFacts {
  /** The relationship type, e.g. OWNED_BY, SUPERVISED_BY, FUNDS, SAME_AS. */
  type!: string;

  /** Sources, confidence, method and validity of the relationship. */
  evidence!: Evidence;

  /** Type-specific properties: role, share, amount, programme… */
  properties!: Property[];
}
