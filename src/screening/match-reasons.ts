import type { RiskRules } from '../risk/risk-rules';
import { type ListingFact, type TargetReason, targetReasons } from '../risk/risk-scoring';
import type { ScreeningMatch } from './models/screening-result.model';

/**
 * What makes a list match a risk by the rules: the matched entry seen as a node of the walk (its
 * listings, one per list with their programmes, and its risk categories), scored by `targetReasons`.
 * Screening and the cases' findings both ask it.
 */
export function matchTargetReasons(match: ScreeningMatch, rules: RiskRules): TargetReason[] {
  const reasons = listingAndCategoryReasons(match, rules);
  const review = reviewOnly(match, rules);
  if (!review) {
    return reasons;
  }
  // Matched through a weak alias alone, or through derived initials another body writes as its own: a possible
  // match, for review, never a finding at the listing's weight.
  return reasons.map((reason) => ({
    ...reason,
    weight: Math.min(reason.weight, review.findingWeight),
    description: `${reason.description} (${review.description})`,
  }));
}

/**
 * What caps a match to a possible match for review: a weak alias alone (`weakAliasOnly`, since rules 1.109.0), or a
 * bare acronym read only as the initials of the entry's name while another indexed body writes it as its own name
 * (feature `derived_initials`, since rules 1.117.0; the feature's reason names that body). Null for a full match.
 */
export function reviewOnly(
  match: Pick<ScreeningMatch, 'features'>,
  rules: RiskRules,
): { findingWeight: number; description: string } | null {
  if (weakAliasOnly(match)) {
    return rules.weakAliases;
  }
  // The query names this body as the body it belongs to (since rules 1.119.0): a part of it, for review.
  if (partOfNamedBodyOnly(match)) {
    return rules.partOfNamedBody;
  }
  // A listed body's whole name written with its parent (since rules 1.196.0): a possible match, for review.
  const withParent = match.features.find((feature) => feature.name === 'written_with_parent');
  if (withParent) {
    return {
      findingWeight: rules.partOfNamedBody.findingWeight,
      description: withParent.reason.replace(/^the query is /, ''),
    };
  }
  const derived = match.features.find((feature) => feature.name === 'derived_initials' && feature.value === 1);
  if (derived) {
    return {
      findingWeight: rules.derivedInitials.findingWeight,
      description: `${rules.derivedInitials.description}: ${derived.reason.replace(/\.$/, '')}`,
    };
  }
  return null;
}

/**
 * Whether a match rests on a weak alias alone: the matcher matched the query to one of the entry's weak names
 * (feature `weak_alias`) and neither a country nor an identifier of the query agrees with the entry (nor, since
 * rules 1.115.0, a person's date of birth).
 */
export function weakAliasOnly(match: Pick<ScreeningMatch, 'features'>): boolean {
  return (
    match.features.some((feature) => feature.name === 'weak_alias') &&
    !match.features.some(
      (feature) =>
        (feature.name === 'country' || feature.name === 'identifier' || feature.name === 'birth_date') &&
        feature.value === 1,
    )
  );
}

/** Whether a match rests on the query naming the body as its own parent (feature `part_of_named_body`). */
export function partOfNamedBodyOnly(match: Pick<ScreeningMatch, 'features'>): boolean {
  return match.features.some((feature) => feature.name === 'part_of_named_body');
}

function listingAndCategoryReasons(match: ScreeningMatch, rules: RiskRules): TargetReason[] {
  const listings = new Map<string, ListingFact>();
  for (const listing of match.lists) {
    const fact = listings.get(listing.id) ?? {
      listId: listing.id,
      listName: listing.id,
      programmes: [],
      sourceIds: [],
    };
    if (listing.programme) {
      fact.programmes.push(listing.programme);
    }
    listings.set(listing.id, fact);
  }
  return targetReasons(
    {
      id: match.entityId,
      name: match.name,
      labels: [match.type],
      kind: match.kind,
      country: [],
      aliases: [],
      riskCategories: match.riskCategories,
      riskCategorySourceIds: [],
      demo: match.demo === true,
      listings: [...listings.values()],
    },
    rules,
  );
}
