import {
  type OwnershipBand,
  RISK_LEVELS,
  type RiskLevelName,
  type RiskRules,
  type WalkedDirection,
} from './risk-rules';
import { DEMO_BODY_PHRASE } from '../matching/demo-bodies';

/** An active listing of an entity: the list and its programmes. */
export interface ListingFact {
  listId: string;
  listName: string;
  programmes: string[];
  sourceIds: string[];
}

/** An entity as the walk sees it. */
export interface WalkNode {
  id: string;
  name: string;
  labels: string[];
  kind: string | null;
  country: string[];
  aliases: string[];
  riskCategories: string[];
  riskCategorySourceIds: string[];
  demo: boolean;
  listings: ListingFact[];
}

/** What the ownership rules make of an OWNED_BY relationship's share or share range. */
export interface OwnershipReading {
  band: OwnershipBand;
  /** The share that decided the band, in [0, 1]; null when none was stated. */
  share: number | null;
  /** exact, upper or lower (which end of a range), or unknown. */
  basis: 'exact' | 'upper' | 'lower' | 'unknown';
  shareMin: number | null;
  shareMax: number | null;
  wording: string;
}

/** One relationship of a path, read by the rules. */
export interface WalkStep {
  type: string;
  /** True when walked along the arrow (subject to what it depends on), false against it. */
  forward: boolean;
  fromId: string;
  toId: string;
  properties: Record<string, unknown>;
  weight: number;
  phrase: string;
  control: boolean;
  identity: boolean;
  ownership: OwnershipReading | null;
  /** Other relationships joining the same two entities at this point of the path. */
  alternatives?: WalkStep[];
}

/** Why a target is a risk. */
export interface TargetReason {
  kind: 'CATEGORY' | 'LISTING';
  category: string | null;
  listId: string | null;
  listName: string | null;
  programmes: string[];
  weight: number;
  description: string;
  sourceIds: string[];
}

export interface RiskFindingData {
  target: WalkNode;
  reasons: TargetReason[];
  hops: number;
  score: number;
  level: RiskLevelName;
  sentence: string;
  nodes: WalkNode[];
  steps: WalkStep[];
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Shares may be stated as fractions (0.12) or percentages (12); both read as fractions. */
function asFraction(value: number | null): number | null {
  if (value === null) {
    return null;
  }
  return value > 1 ? value / 100 : value;
}

/**
 * The ownership band of a stake: at or above controlShare is control, at or above significantShare
 * significant influence, anything else an exposure. A range (shareMin..shareMax) is read at the
 * bound the rules name (upper by default: the conservative reading), and the result says which.
 */
export function readOwnership(properties: Record<string, unknown>, rules: RiskRules): OwnershipReading {
  const exact = asFraction(numberOrNull(properties.share));
  const shareMin = asFraction(numberOrNull(properties.shareMin));
  const shareMax = asFraction(numberOrNull(properties.shareMax));
  let share: number | null = null;
  let basis: OwnershipReading['basis'] = 'unknown';
  if (exact !== null) {
    share = exact;
    basis = 'exact';
  } else if (shareMin !== null || shareMax !== null) {
    const useUpper = rules.ownership.rangeBound === 'upper';
    share = useUpper ? (shareMax ?? shareMin) : (shareMin ?? shareMax);
    basis = (useUpper && shareMax !== null) || (!useUpper && shareMin === null) ? 'upper' : 'lower';
  }
  const band: OwnershipBand =
    share === null
      ? rules.ownership.unknownShareBand
      : share >= rules.ownership.controlShare
        ? 'control'
        : share >= rules.ownership.significantShare
          ? 'significant-influence'
          : 'exposure';
  return { band, share, basis, shareMin, shareMax, wording: rules.ownership.bands[band].wording };
}

/** Reads one relationship with the rules for its type and the direction it is walked. */
export function readStep(
  type: string,
  forward: boolean,
  fromId: string,
  toId: string,
  properties: Record<string, unknown>,
  rules: RiskRules,
): WalkStep | null {
  const typeRules = rules.relationships[type as keyof RiskRules['relationships']];
  const rule: WalkedDirection | undefined = forward ? typeRules?.forward : typeRules?.backward;
  if (!rule || rule.weight <= 0) {
    return null;
  }
  const ownership = rule.ownership ? readOwnership(properties, rules) : null;
  let weight = rule.weight * (ownership ? rules.ownership.bands[ownership.band].weight : 1);
  if (rules.walk.useConfidence) {
    const confidence = numberOrNull(properties.confidence);
    if (confidence !== null && confidence >= 0 && confidence <= 1) {
      weight *= confidence;
    }
  }
  return {
    type,
    forward,
    fromId,
    toId,
    properties,
    weight,
    phrase: rule.phrase,
    control: rule.control && (ownership === null || ownership.band !== 'exposure'),
    identity: rule.identity === true,
    ownership,
  };
}

/** The reasons a node is a risk target under the rules (none when it is not one), strongest first. */
export function targetReasons(node: WalkNode, rules: RiskRules): TargetReason[] {
  const reasons: TargetReason[] = [];
  node.riskCategories.forEach((category, index) => {
    const rule = rules.riskCategories[category];
    if (!rule || rule.weight <= 0) {
      return;
    }
    reasons.push({
      kind: 'CATEGORY',
      category,
      listId: null,
      listName: null,
      programmes: [],
      weight: rule.weight,
      description: (node.kind !== null ? rule.byKind?.[node.kind] : undefined) ?? rule.description,
      sourceIds: node.riskCategorySourceIds[index] ? [node.riskCategorySourceIds[index]] : [],
    });
  });
  for (const listing of node.listings) {
    const listCategory = Object.entries(rules.riskCategories).find(([, rule]) => rule.lists?.includes(listing.listId));
    if (listCategory) {
      const [category, rule] = listCategory;
      if (rule.weight > 0) {
        const programmes = [...listing.programmes].sort();
        reasons.push({
          kind: 'LISTING',
          category,
          listId: listing.listId,
          listName: listing.listName,
          programmes,
          weight: rule.weight,
          description: `${rule.description}: ${listing.listName}${programmes.length > 0 ? ` (${programmes.join(', ')})` : ''}`,
          sourceIds: listing.sourceIds,
        });
      }
      continue;
    }
    let weight = rules.listings.weight;
    for (const programmeRule of rules.listings.programmes) {
      const needle = programmeRule.contains.toLowerCase();
      if (
        listing.programmes.length > 0 &&
        listing.programmes.every((programme) => programme.toLowerCase().includes(needle))
      ) {
        weight = Math.min(weight, programmeRule.weight);
      }
    }
    if (weight <= 0) {
      continue;
    }
    const programmes = [...listing.programmes].sort();
    reasons.push({
      kind: 'LISTING',
      category: null,
      listId: listing.listId,
      listName: listing.listName,
      programmes,
      weight,
      description: `${rules.listings.description} ${listing.listName}${programmes.length > 0 ? ` (${programmes.join(', ')})` : ''}`,
      sourceIds: listing.sourceIds,
    });
  }
  // Since rules 1.210.0: a demo body's reasons say it is one (its categories and listings are made up).
  const said =
    node.demo === true
      ? reasons.map((reason) => ({ ...reason, description: `${reason.description} (${DEMO_BODY_PHRASE})` }))
      : reasons;
  return said.sort(
    (left, right) =>
      right.weight - left.weight ||
      left.kind.localeCompare(right.kind) ||
      (left.category ?? left.listId ?? '').localeCompare(right.category ?? right.listId ?? ''),
  );
}

/** How much of a target's risk reaches the start along the steps: weights multiplied, decayed per hop beyond the first. */
export function pathFactor(steps: WalkStep[], rules: RiskRules): number {
  const product = steps.reduce((factor, step) => factor * step.weight, 1);
  return product * Math.pow(rules.decayPerHop, Math.max(0, steps.length - 1));
}

export function levelForScore(score: number, rules: RiskRules): RiskLevelName {
  for (const rule of rules.levels) {
    if (score >= rule.minScore) {
      return rule.level;
    }
  }
  return 'NONE';
}

export function levelRank(level: RiskLevelName): number {
  return RISK_LEVELS.indexOf(level);
}

export function maxLevel(...levels: RiskLevelName[]): RiskLevelName {
  return levels.reduce((highest, level) => (levelRank(level) > levelRank(highest) ? level : highest), 'NONE');
}

/**
 * The overall level of a set of findings and the findings' sentences that set it (every finding at
 * that level, strongest first). Pure, so a caller (screen()) can combine findings from several walks.
 */
export function riskLevelFrom(
  findings: Array<Pick<RiskFindingData, 'score' | 'sentence'> & { level: RiskLevelName | 'UNKNOWN' }>,
): {
  riskLevel: RiskLevelName;
  reasons: string[];
} {
  // A finding is always at a known level; UNKNOWN (a party not assessed) is never one, and ranks below NONE.
  const riskLevel = maxLevel(...findings.map((finding) => finding.level as RiskLevelName));
  if (riskLevel === 'NONE') {
    return { riskLevel, reasons: [] };
  }
  const reasons = findings
    .filter((finding) => finding.level === riskLevel)
    .sort((left, right) => right.score - left.score || left.sentence.localeCompare(right.sentence))
    .map((finding) => finding.sentence);
  return { riskLevel, reasons: [...new Set(reasons)] };
}

/** A short form for sentences: the name, with an acronym alias when there is one ("… (SASTIND)"). */
/** A node's name as a sentence names a party (since rules 1.210.0 a demo body is said to be one). */
export function nameSaid(node: { name: string; demo?: boolean }): string {
  return node.demo === true ? `${node.name} (${DEMO_BODY_PHRASE})` : node.name;
}

export function displayName(node: Pick<WalkNode, 'name' | 'aliases'> & { demo?: boolean }): string {
  const acronym = node.aliases.find((alias) => /^[A-Z][A-Z0-9&-]{1,9}$/.test(alias) && !node.name.includes(alias));
  const name = acronym ? `${node.name} (${acronym})` : node.name;
  // Since rules 1.210.0: a demo body is said to be one wherever a sentence names it.
  return node.demo === true ? `${name} (${DEMO_BODY_PHRASE})` : name;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** How one step reads after its subject, e.g. "supervised by X" or "12% stake held by X: an exposure, not control". */
export function stepPhrase(step: WalkStep, other: Pick<WalkNode, 'name' | 'aliases'> & { demo?: boolean }): string {
  const name = displayName(other);
  const ownership = step.ownership;
  if (!ownership) {
    return `${step.phrase} ${name}`;
  }
  let stake: string;
  if (ownership.basis === 'exact' && ownership.share !== null) {
    stake = `${percent(ownership.share)} stake held by ${name}`;
  } else if (ownership.share !== null) {
    const range =
      ownership.shareMin !== null && ownership.shareMax !== null
        ? `${percent(ownership.shareMin)}–${percent(ownership.shareMax)}`
        : percent(ownership.share);
    stake = `${range} stake held by ${name} (read at the ${ownership.basis} bound, ${percent(ownership.share)})`;
  } else {
    stake = `a stake of unstated size held by ${name}`;
  }
  return `${stake}: ${ownership.wording}`;
}

/**
 * One plain-English sentence for a finding, e.g. "Supervised by State Administration for …
 * (SASTIND), the state regulator of the defence industry, 1 hop."
 */
export function findingSentence(nodes: WalkNode[], steps: WalkStep[], reasons: TargetReason[]): string {
  const target = nodes[nodes.length - 1];
  const why = reasons.map((reason) => reason.description).join(' and ');
  if (steps.length === 0) {
    return `${displayName(target)} is itself ${why}, 0 hops.`;
  }
  const parts = steps.map((step, index) => {
    const also = (step.alternatives ?? []).map((alternative) => stepPhrase(alternative, nodes[index + 1]));
    return also.length > 0
      ? `${stepPhrase(step, nodes[index + 1])} (also ${also.join('; ')})`
      : stepPhrase(step, nodes[index + 1]);
  });
  const chain = parts.map((part, index) => (index === 0 ? part : `which is ${part}`)).join(', ');
  const sentence = `${chain}, ${why}, ${steps.length} ${steps.length === 1 ? 'hop' : 'hops'}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Deterministic order: strongest first, then nearest, then by target id. */
export function compareFindings(left: RiskFindingData, right: RiskFindingData): number {
  return right.score - left.score || left.hops - right.hops || left.target.id.localeCompare(right.target.id);
}
