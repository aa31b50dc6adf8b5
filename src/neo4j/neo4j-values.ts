import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, type Integer } from 'neo4j-driver';

/**
 * Converts what the driver returns (Integers, temporal values, nodes' property maps) into plain
 * JavaScript values, at the repository boundary, so nothing above it sees driver types.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) {
    return null;
  }
  // Strings, numbers and booleans are most values of most rows: returned before the driver-type checks,
  // which cost a property read each (a large risk walk converts tens of thousands of values).
  if (typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map(toPlain);
  }
  if (isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) {
    return (value as { toString(): string }).toString();
  }
  const record = value as Record<string, unknown>;
  if ('properties' in record && ('labels' in record || 'type' in record) && 'elementId' in record) {
    return toPlain(record.properties);
  }
  const plain: Record<string, unknown> = {};
  for (const key in record) {
    if (Object.hasOwn(record, key)) {
      plain[key] = toPlain(record[key]);
    }
  }
  return plain;
}

/** Integers in parameters must be sent as Neo4j integers where Cypher needs INTEGER (LIMIT, SKIP). */
export function int(value: number): Integer {
  return neo4j.int(value);
}

/** The value of `column` in the first row a statement returned, or null when it returned none. */
export function firstColumn<T>(rows: Array<Record<string, unknown>>, column: string): T | null {
  return rows.length > 0 ? (rows[0][column] as T) : null;
}
