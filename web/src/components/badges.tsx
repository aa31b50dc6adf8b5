import type { RiskLevel } from '../api/operations';

export function RiskCategories({ categories }: { categories: string[] }) {
  if (categories.length === 0) {
    return null;
  }
  return (
    <span className="badges">
      {categories.map((category) => (
        <span key={category} className={`badge risk risk-${category}`}>
          {category}
        </span>
      ))}
    </span>
  );
}

export function Countries({ countries }: { countries: string[] }) {
  if (countries.length === 0) {
    return null;
  }
  return <span className="countries">{countries.map((code) => code.toUpperCase()).join(', ')}</span>;
}

/**
 * A risk level. UNKNOWN reads "not assessed": a party could not be resolved, so nothing was assessed; it is never
 * shown as, or beside, a level that says nothing was found.
 */
export function Level({ level }: { level: RiskLevel }) {
  return (
    <span className={`badge level level-${level.toLowerCase()}`}>
      {level === 'UNKNOWN' ? 'UNKNOWN: not assessed' : level}
    </span>
  );
}

/**
 * In place of a level on a path the screen shows and does not count (`counted` false: a namesake of another
 * country's): a level badge there would read as if the path raised the screen's level.
 */
export function NotCounted() {
  return <span className="badge not-counted">not counted</span>;
}

/** "Organisation · University" */
export function kindOf(entity: { type: string; kind: string | null }): string {
  return entity.kind ? `${entity.type} · ${entity.kind}` : entity.type;
}

/** A list entity's id is `<listId>:<entryId>`; curated and registry ids use other prefixes. */
export function listIdOf(entityId: string, knownLists: ReadonlySet<string>): string | null {
  const prefix = entityId.slice(0, Math.max(0, entityId.indexOf(':')));
  return knownLists.has(prefix) ? prefix : null;
}
