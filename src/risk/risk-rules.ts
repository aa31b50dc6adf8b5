import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../common/graph-model';
import { RiskRulesInvalidError } from './risk.errors';

export const RISK_LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskLevelName = (typeof RISK_LEVELS)[number];

export type OwnershipBand = 'control' | 'significant-influence' | 'exposure';
export const OWNERSHIP_BANDS: OwnershipBand[] = ['control', 'significant-influence', 'exposure'];

/** How one relationship type is walked in one direction. */
export interface WalkedDirection {
  weight: number;
  /** How the step reads after the subject: "supervised by", "a subsidiary of"… */
  phrase: string;
  /** Whether the step says who owns, controls or supervises the subject (shared-controller conflicts). */
  control: boolean;
  /** OWNED_BY: the weight and wording come from the ownership band of the share. */
  ownership?: boolean;
  /** SAME_AS: the two ends are one body. */
  identity?: boolean;
}

export interface RiskRules {
  format: 'partner-graph-risk-rules/1';
  id: string;
  version: string;
  description: string;
  walk: {
    defaultHops: number;
    maxHops: number;
    includeFormerByDefault: boolean;
    maxRelationshipsPerNode: number;
    maxFrontierPerHop: number;
    maxFindings: number;
    useConfidence: boolean;
  };
  decayPerHop: number;
  /** forward: from the subject to what it depends on; backward: against the arrow (HOSTS, SAME_AS). */
  relationships: Partial<Record<RelationshipType, { forward?: WalkedDirection; backward?: WalkedDirection }>>;
  ownership: {
    controlShare: number;
    significantShare: number;
    /** Which end of a share range decides the band: "upper" (conservative) or "lower". */
    rangeBound: 'upper' | 'lower';
    unknownShareBand: OwnershipBand;
    bands: Record<OwnershipBand, { weight: number; wording: string }>;
  };
  /**
   * Risk categories by name. A category with `lists` is also what a listing on one of those lists
   * means (research-security lists): the listing is weighted and worded by the category, not as a
   * sanctions listing.
   */
  riskCategories: Record<
    string,
    { weight: number; description: string; byKind?: Record<string, string>; lists?: string[] }
  >;
  listings: { weight: number; description: string; programmes: Array<{ contains: string; weight: number }> };
  /** Highest first; a score at or above minScore has that level. */
  levels: Array<{ level: Exclude<RiskLevelName, 'NONE'>; minScore: number }>;
  conflicts: {
    sharedControllerMaxHopsEachSide: number;
    sharedControllerSeverityByCombinedHops: Array<{ maxHops: number; severity: RiskLevelName }>;
    funderDefenceCategories: string[];
    funderDefenceMinimumSeverity: RiskLevelName;
    listedPartyMinimumSeverity: RiskLevelName;
    personDualRoleTypes: RelationshipType[];
    personDualRoleSeverity: RiskLevelName;
    /** A dual-use related research area with a defence-linked partner. */
    researchAreaSeverity: RiskLevelName;
    /** An export-controlled research area with a defence-linked partner. */
    researchAreaSeverityWhenPartnerHigh: RiskLevelName;
    /** How strong a path to a defence body must be for the partner to count as defence-linked. */
    researchAreaPartnerMinimumLevel: RiskLevelName;
  };
  resolution: {
    /** A name resolves only when its best candidate scores at least this (the matcher's score). */
    minScore: number;
    /** ...and leads the best candidate of any other body (not linked to it by SAME_AS) by at least this. */
    margin: number;
    /** The name comparison alone (before country, date and identifier features) must reach this. */
    minNameScore: number;
    /** How many candidates a resolution shows. */
    candidates: number;
    /**
     * An assessment with a required party it could not resolve is UNKNOWN, unless what was found
     * is already at this level or above (then that level stands and the party is still listed).
     */
    unknownUnlessAtLeast: RiskLevelName;
    /**
     * Entries on different lists are one listed party (not each other's runner-up) when the matcher
     * compares them at minScore or more, no feature conflicts, and one of corroboratedBy agrees.
     */
    sameListedParty: { minScore: number; corroboratedBy: string[] };
    /**
     * Since rules 1.108.0: a list entry and a body of the graph on no list are one body (not each other's
     * runner-up) when each one's own name compares with the other record at minScore or more, with strong name
     * evidence, no conflicting schema or country, no relationship of the graph between them, and the entry
     * names no other body of the graph so.
     */
    sameListedBody: { minScore: number; classWordsAddedMinScore?: number };
    /**
     * Since rules 1.118.0: organisations' entries on different lists are one listed party with nothing to
     * corroborate it (a country on one side at most, identifiers on one side at most) when each one's own name
     * compares with the other record at minScore or more, with strong name evidence, and the entry names no
     * other listed party so. Absent: never.
     */
    sameListedOrganisation?: { minScore: number };
  };
  /**
   * Since rules 1.109.0: names a list calls weak (OFAC's weak a.k.a.s, UN and UK "low quality" aliases,
   * FollowTheMoney `weakAlias`). Such a name is matched only when the query is it word for word (no
   * fuzzy, initials or partial match), has at least `minLetters` letters and digits and is not made of
   * common words and names only; it scores `score` (a possible match), or `corroboratedScore` when a
   * country or identifier of the query agrees with the entry. An uncorroborated weak-alias match weighs
   * at most `findingWeight` as a risk finding (its own listing and the paths walked from it). Since rules
   * 1.115.0 a person's weak name of fewer than `personMinWordsAlone` words (a one-word nickname) counts only
   * when a country, identifier or date of birth of the query agrees; a date of birth of each side that
   * disagrees rules a person's weak name out, as a country does.
   */
  weakAliases: WeakAliasRules;
  /**
   * Since rules 1.117.0: a bare-acronym query ("QNSF") matched to a listed body only through initials derived from
   * its names, while another indexed body writes the acronym as its own name or alias: a possible match for review.
   * Its listing (and the paths walked from it) weighs at most `findingWeight` as a risk finding, with `description`.
   * (A body that writes another acronym of its own is not matched through derived initials at all.)
   */
  derivedInitials: DerivedInitialsRules;
  /**
   * Since rules 1.119.0: a query that is a body's whole name with a unit or programme of it ("School of Tides,
   * Quarrow University", "Quarrow University Research Fund": org_words.yml part_of_body_words) is matched to that body
   * at `score`, for review (a part of a body is not that body: never resolved as it, the score being below
   * resolution's), and weighs at most `findingWeight` as a risk finding (its listing and the paths walked from it),
   * the finding saying `description`.
   */
  partOfNamedBody: PartOfNamedBodyRules;
}

export interface DerivedInitialsRules {
  findingWeight: number;
  description: string;
}

export interface PartOfNamedBodyRules {
  score: number;
  findingWeight: number;
  description: string;
  /**
   * Since rules 1.196.0: the score of a listed body's whole name written with its parent ("Tide Survey Department of
   * the Quarrow Defence Commission": feature `written_with_parent`), a possible match for review weighing at most
   * `findingWeight` as a finding, the finding saying the feature's reason.
   */
  withParentScore: number;
}

export interface WeakAliasRules {
  minLetters: number;
  score: number;
  corroboratedScore: number;
  personMinWordsAlone: number;
  findingWeight: number;
  description: string;
}

export const DEFAULT_RULES_FILE = join(__dirname, 'rules', 'risk-rules.v1.json');

/** Reads and validates a rules file; any problem stops the start with the file and every bad field named. */
export function loadRiskRules(file: string = DEFAULT_RULES_FILE): RiskRules {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RiskRulesInvalidError(file, [`cannot be read as JSON: ${(error as Error).message}`]);
  }
  const problems = validateRiskRules(parsed);
  if (problems.length > 0) {
    throw new RiskRulesInvalidError(file, problems);
  }
  return parsed as RiskRules;
}

/** Every problem in a rules document, each naming its field; empty when the rules are usable. */
export function validateRiskRules(value: unknown): string[] {
  const problems: string[] = [];
  const check = new Checker(problems);
  if (!isRecord(value)) {
    return ['the rules must be a JSON object'];
  }
  if (value.format !== 'partner-graph-risk-rules/1') {
    problems.push(`format: must be "partner-graph-risk-rules/1" (got ${JSON.stringify(value.format)})`);
  }
  check.text(value, 'id');
  check.text(value, 'version');
  const walk = check.record(value, 'walk');
  if (walk) {
    const maxHops = check.integer(walk, 'walk.maxHops', 1, 6);
    const defaultHops = check.integer(walk, 'walk.defaultHops', 1, 6);
    if (maxHops !== null && defaultHops !== null && defaultHops > maxHops) {
      problems.push('walk.defaultHops: must not exceed walk.maxHops');
    }
    check.boolean(walk, 'walk.includeFormerByDefault');
    check.integer(walk, 'walk.maxRelationshipsPerNode', 1, 100_000);
    check.integer(walk, 'walk.maxFrontierPerHop', 1, 1_000_000);
    check.integer(walk, 'walk.maxFindings', 1, 10_000);
    check.boolean(walk, 'walk.useConfidence');
  }
  check.fraction(value, 'decayPerHop');
  const relationships = check.record(value, 'relationships');
  if (relationships) {
    for (const [type, directions] of Object.entries(relationships)) {
      const field = `relationships.${type}`;
      if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
        problems.push(`${field}: "${type}" is not a relationship type (known: ${RELATIONSHIP_TYPES.join(', ')})`);
        continue;
      }
      if (!isRecord(directions) || (!('forward' in directions) && !('backward' in directions))) {
        problems.push(`${field}: must have "forward" and/or "backward"`);
        continue;
      }
      for (const [direction, rule] of Object.entries(directions)) {
        const at = `${field}.${direction}`;
        if (direction !== 'forward' && direction !== 'backward') {
          problems.push(`${at}: only "forward" and "backward" are allowed`);
        } else if (!isRecord(rule)) {
          problems.push(`${at}: must be an object`);
        } else {
          check.fraction(rule, `${at}.weight`);
          check.text(rule, `${at}.phrase`);
          check.boolean(rule, `${at}.control`);
        }
      }
    }
  }
  const ownership = check.record(value, 'ownership');
  if (ownership) {
    const control = check.fraction(ownership, 'ownership.controlShare');
    const significant = check.fraction(ownership, 'ownership.significantShare');
    if (control !== null && significant !== null && significant >= control) {
      problems.push('ownership.significantShare: must be below ownership.controlShare');
    }
    if (ownership.rangeBound !== 'upper' && ownership.rangeBound !== 'lower') {
      problems.push('ownership.rangeBound: must be "upper" or "lower"');
    }
    if (!OWNERSHIP_BANDS.includes(ownership.unknownShareBand as OwnershipBand)) {
      problems.push(`ownership.unknownShareBand: must be one of ${OWNERSHIP_BANDS.join(', ')}`);
    }
    const bands = check.record(ownership, 'ownership.bands');
    if (bands) {
      for (const band of OWNERSHIP_BANDS) {
        const rule = check.record(bands, `ownership.bands.${band}`);
        if (rule) {
          check.fraction(rule, `ownership.bands.${band}.weight`);
          check.text(rule, `ownership.bands.${band}.wording`);
        }
      }
    }
  }
  const categories = check.record(value, 'riskCategories');
  if (categories) {
    if (Object.keys(categories).length === 0) {
      problems.push('riskCategories: must name at least one category');
    }
    for (const [category, rule] of Object.entries(categories)) {
      const at = `riskCategories.${category}`;
      if (!isRecord(rule)) {
        problems.push(`${at}: must be an object`);
        continue;
      }
      check.fraction(rule, `${at}.weight`);
      check.text(rule, `${at}.description`);
      if ('lists' in rule) {
        check.stringList(rule, `${at}.lists`);
      }
    }
  }
  const listings = check.record(value, 'listings');
  if (listings) {
    check.fraction(listings, 'listings.weight');
    check.text(listings, 'listings.description');
    check.eachRecord(listings, 'listings.programmes', (rule, at) => {
      check.text(rule, `${at}.contains`);
      check.fraction(rule, `${at}.weight`);
    });
  }
  let previous = Number.POSITIVE_INFINITY;
  check.eachRecord(
    value,
    'levels',
    (rule, at) => {
      if (!RISK_LEVELS.includes(rule.level as RiskLevelName) || rule.level === 'NONE') {
        problems.push(`${at}.level: must be one of LOW, MEDIUM, HIGH, CRITICAL`);
      }
      const minScore = check.fraction(rule, `${at}.minScore`);
      if (minScore !== null && minScore >= previous) {
        problems.push(`${at}.minScore: levels must be listed from the highest score down`);
      }
      previous = minScore ?? previous;
    },
    { nonEmpty: true },
  );
  const conflicts = check.record(value, 'conflicts');
  if (conflicts) {
    check.integer(conflicts, 'conflicts.sharedControllerMaxHopsEachSide', 1, 6);
    for (const key of [
      'funderDefenceMinimumSeverity',
      'listedPartyMinimumSeverity',
      'personDualRoleSeverity',
      'researchAreaSeverity',
      'researchAreaSeverityWhenPartnerHigh',
      'researchAreaPartnerMinimumLevel',
    ]) {
      check.level(conflicts, `conflicts.${key}`);
    }
    check.eachRecord(conflicts, 'conflicts.sharedControllerSeverityByCombinedHops', (rule, at) => {
      check.integer(rule, `${at}.maxHops`, 0, 12);
      check.level(rule, `${at}.severity`);
    });
    check.stringList(conflicts, 'conflicts.funderDefenceCategories');
    const roleTypes = check.stringList(conflicts, 'conflicts.personDualRoleTypes');
    for (const type of roleTypes ?? []) {
      if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
        problems.push(`conflicts.personDualRoleTypes: "${type}" is not a relationship type`);
      }
    }
  }
  const resolution = check.record(value, 'resolution');
  if (resolution) {
    check.fraction(resolution, 'resolution.minScore');
    check.fraction(resolution, 'resolution.margin');
    check.fraction(resolution, 'resolution.minNameScore');
    check.integer(resolution, 'resolution.candidates', 1, 50);
    check.level(resolution, 'resolution.unknownUnlessAtLeast');
    const sameListedParty = check.record(resolution, 'resolution.sameListedParty');
    if (sameListedParty) {
      check.fraction(sameListedParty, 'resolution.sameListedParty.minScore');
      check.stringList(sameListedParty, 'resolution.sameListedParty.corroboratedBy');
    }
    const sameListedBody = check.record(resolution, 'resolution.sameListedBody');
    if (sameListedBody) {
      check.fraction(sameListedBody, 'resolution.sameListedBody.minScore');
      if (sameListedBody.classWordsAddedMinScore !== undefined) {
        check.fraction(sameListedBody, 'resolution.sameListedBody.classWordsAddedMinScore');
      }
    }
    const sameListedOrganisation = resolution.sameListedOrganisation;
    if (sameListedOrganisation !== undefined) {
      const checked = check.record(resolution, 'resolution.sameListedOrganisation');
      if (checked) {
        check.fraction(checked, 'resolution.sameListedOrganisation.minScore');
      }
    }
  }
  const weakAliases = check.record(value, 'weakAliases');
  if (weakAliases) {
    check.integer(weakAliases, 'weakAliases.minLetters', 1, 100);
    check.fraction(weakAliases, 'weakAliases.score');
    check.fraction(weakAliases, 'weakAliases.corroboratedScore');
    check.integer(weakAliases, 'weakAliases.personMinWordsAlone', 1, 10);
    check.fraction(weakAliases, 'weakAliases.findingWeight');
    check.text(weakAliases, 'weakAliases.description');
  }
  const derivedInitials = check.record(value, 'derivedInitials');
  if (derivedInitials) {
    check.fraction(derivedInitials, 'derivedInitials.findingWeight');
    check.text(derivedInitials, 'derivedInitials.description');
  }
  const partOfNamedBody = check.record(value, 'partOfNamedBody');
  if (partOfNamedBody) {
    check.fraction(partOfNamedBody, 'partOfNamedBody.score');
    check.fraction(partOfNamedBody, 'partOfNamedBody.findingWeight');
    check.text(partOfNamedBody, 'partOfNamedBody.description');
    check.fraction(partOfNamedBody, 'partOfNamedBody.withParentScore');
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Small field checks that record a problem naming the field (its dotted path) and return the value. */
class Checker {
  constructor(private readonly problems: string[]) {}

  private value(container: Record<string, unknown>, field: string): unknown {
    return container[field.split('.').pop()!];
  }

  record(container: Record<string, unknown>, field: string): Record<string, unknown> | null {
    const value = this.value(container, field);
    if (!isRecord(value)) {
      this.problems.push(`${field}: must be an object`);
      return null;
    }
    return value;
  }

  text(container: Record<string, unknown>, field: string): string | null {
    const value = this.value(container, field);
    if (typeof value !== 'string' || value.trim().length === 0) {
      this.problems.push(`${field}: must be a non-empty string`);
      return null;
    }
    return value;
  }

  boolean(container: Record<string, unknown>, field: string): boolean | null {
    const value = this.value(container, field);
    if (typeof value !== 'boolean') {
      this.problems.push(`${field}: must be true or false`);
      return null;
    }
    return value;
  }

  integer(container: Record<string, unknown>, field: string, minimum: number, maximum: number): number | null {
    const value = this.value(container, field);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum) {
      this.problems.push(`${field}: must be an integer from ${minimum} to ${maximum} (got ${JSON.stringify(value)})`);
      return null;
    }
    return value;
  }

  fraction(container: Record<string, unknown>, field: string): number | null {
    const value = this.value(container, field);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      this.problems.push(`${field}: must be a number from 0 to 1 (got ${JSON.stringify(value)})`);
      return null;
    }
    return value;
  }

  level(container: Record<string, unknown>, field: string): RiskLevelName | null {
    const value = this.value(container, field);
    if (!RISK_LEVELS.includes(value as RiskLevelName)) {
      this.problems.push(`${field}: must be one of ${RISK_LEVELS.join(', ')} (got ${JSON.stringify(value)})`);
      return null;
    }
    return value as RiskLevelName;
  }

  /**
   * A list of objects: each one that is an object is handed to `visit` with its path (`field[index]`); the list
   * itself, and each item that is not an object, is recorded as a problem.
   */
  eachRecord(
    container: Record<string, unknown>,
    field: string,
    visit: (rule: Record<string, unknown>, at: string) => void,
    { nonEmpty = false }: { nonEmpty?: boolean } = {},
  ): void {
    const value = this.value(container, field);
    if (!Array.isArray(value) || (nonEmpty && value.length === 0)) {
      this.problems.push(`${field}: must be a ${nonEmpty ? 'non-empty ' : ''}list`);
      return;
    }
    value.forEach((rule, index) => {
      const at = `${field}[${index}]`;
      if (isRecord(rule)) {
        visit(rule, at);
      } else {
        this.problems.push(`${at}: must be an object`);
      }
    });
  }

  stringList(container: Record<string, unknown>, field: string): string[] | null {
    const value = this.value(container, field);
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      this.problems.push(`${field}: must be a list of strings`);
      return null;
    }
    return value as string[];
  }
}

/** The relationship types walked forwards and backwards under these rules (all from the allow-list). */
export function walkedTypes(rules: RiskRules): { forward: RelationshipType[]; backward: RelationshipType[] } {
  const forward: RelationshipType[] = [];
  const backward: RelationshipType[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const rule = rules.relationships[type];
    if (rule?.forward && rule.forward.weight > 0) {
      forward.push(type);
    }
    if (rule?.backward && rule.backward.weight > 0) {
      backward.push(type);
    }
  }
  return { forward, backward };
}
