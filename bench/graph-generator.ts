/**
 * A synthetic due-diligence graph with a realistic degree spread: most bodies have a handful of
 * links to bodies "above" them (supervisors, owners, employers), a few ministries and commands are
 * hubs with hundreds of thousands of incoming links, and a few nominee directors hold tens of
 * thousands of outgoing directorships (the hubs a walk actually meets). Deterministic for a seed.
 */

export interface GeneratedEntity {
  id: string;
  label: 'Organisation' | 'Military' | 'Person';
  name: string;
  kind: string | null;
  riskCategories: string[];
  listed: boolean;
}

export interface GeneratedRelationship {
  type: string;
  fromId: string;
  toId: string;
  properties: Record<string, string | number | string[]>;
}

/** mulberry32: small, fast and deterministic. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export const HUBS = 50;
export const NOMINEES = 10;

export function entityId(index: number): string {
  return `bench:${index}`;
}

export function* generateEntities(count: number, seed: number): Generator<GeneratedEntity> {
  const next = random(seed);
  for (let index = 0; index < count; index++) {
    if (index < HUBS) {
      const military = index % 5 === 0;
      yield {
        id: entityId(index),
        label: military ? 'Military' : 'Organisation',
        name: military ? `Bench Command ${index}` : `Bench Ministry ${index}`,
        kind: military ? 'MilitaryCommand' : 'GovernmentBody',
        riskCategories: military ? ['military'] : index % 7 === 0 ? ['defence-industry'] : [],
        listed: false,
      };
      continue;
    }
    const draw = next();
    const person = draw < 0.35 || (index >= HUBS && index < HUBS + NOMINEES);
    const riskDraw = next();
    yield {
      id: entityId(index),
      label: person ? 'Person' : 'Organisation',
      name: person ? `Bench Person ${index}` : `Bench Body ${index}`,
      kind: person ? null : ['Company', 'Company', 'University', 'ResearchInstitute', 'Laboratory'][index % 5],
      riskCategories: riskDraw < 0.004 ? ['defence-industry'] : riskDraw < 0.006 ? ['military'] : [],
      listed: next() < 0.003,
    };
  }
}

const CONTROL_TYPES = ['SUPERVISED_BY', 'SUBORDINATE_TO', 'PART_OF', 'SUBSIDIARY_OF', 'OWNED_BY', 'CONTROLLED_BY'];
const ROLE_TYPES = ['EMPLOYED_BY', 'DIRECTOR_OF', 'MEMBER_OF', 'AFFILIATED_WITH', 'FUNDED_BY'];
const OTHER_TYPES = ['PARTNER_OF', 'ASSOCIATE_OF', 'FAMILY_OF'];

export function* generateRelationships(
  entities: number,
  count: number,
  seed: number,
): Generator<GeneratedRelationship> {
  const next = random(seed * 31 + 7);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  // Something "above" a body: a lower index, skewed towards the top, sometimes a hub.
  const above = (from: number): number =>
    next() < 0.08 ? Math.floor(next() * HUBS) : Math.max(0, Math.floor(from * next() * next()));
  const nomineeShare = Math.min(0.02, (20_000 * NOMINEES) / Math.max(count, 1));
  for (let produced = 0; produced < count; produced++) {
    const from = HUBS + Math.floor(next() * (entities - HUBS));
    const draw = next();
    const properties: Record<string, string | number | string[]> = {
      sourceIds: ['src:bench'],
      confidence: 0.9,
      status: next() < 0.03 ? 'former' : 'current',
    };
    if (next() < 0.05) {
      properties.validFrom = `20${String(10 + Math.floor(next() * 20)).padStart(2, '0')}-01-01`;
    }
    let type: string;
    let fromIndex = from;
    let toIndex: number;
    if (draw < nomineeShare) {
      // A nominee director with tens of thousands of directorships.
      type = 'DIRECTOR_OF';
      fromIndex = HUBS + Math.floor(next() * NOMINEES);
      toIndex = HUBS + NOMINEES + Math.floor(next() * (entities - HUBS - NOMINEES));
    } else if (draw < 0.36) {
      type = pick(CONTROL_TYPES);
      toIndex = above(from);
      if (type === 'OWNED_BY') {
        properties.share = Math.round(next() * 1000) / 1000;
      }
    } else if (draw < 0.64) {
      type = pick(ROLE_TYPES);
      toIndex = next() < 0.002 ? HUBS + Math.floor(next() * NOMINEES) : above(from);
    } else if (draw < 0.74) {
      type = 'LOCATED_IN';
      toIndex = Math.floor(next() * HUBS);
    } else if (draw < 0.95) {
      type = pick(OTHER_TYPES);
      toIndex = HUBS + Math.floor(next() * (entities - HUBS));
    } else if (draw < 0.98) {
      type = 'HOSTS';
      toIndex = HUBS + Math.floor(next() * (entities - HUBS));
    } else {
      type = 'SAME_AS';
      toIndex = HUBS + Math.floor(next() * (entities - HUBS));
    }
    if (toIndex === fromIndex) {
      toIndex = (toIndex + 1) % entities;
    }
    yield { type, fromId: entityId(fromIndex), toId: entityId(toIndex), properties };
  }
}
