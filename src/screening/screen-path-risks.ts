import { DEMO_BODY_PHRASE } from '../matching/demo-bodies';
import { fixed } from '../risk/resolution-rule';
import type { RiskFinding } from '../risk/models/risk.model';
import type { ScreeningMatch } from './models/screening-result.model';

/**
 * Since rules 1.201.0 (issue 9, "Countries"): whether a match is a body of the graph of another country than the one
 * the query gives, a namesake: the query is given in a country (as given, not read from its name), the match is on no
 * list (no listing of its own nor of an entry folded into it: a registry's record of the same body folded in is on no
 * list either), and the matcher's country feature says the countries
 * conflict (both sides carry one and none agrees; a body of several countries agreeing in one is not a namesake). Its
 * path risks are shown on the screen but not counted in the level: the query names a body of one country, and a name
 * alone does not make two bodies of different countries one (the resolution rule's reading, `conflictsInCountry`). A
 * list entry whose country conflicts keeps being counted: the lists' countries (nationality, addresses, citizenship)
 * are less reliable than the graph's, and a listed match is always shown and counted, for review.
 */
export function namesakeOfAnotherCountry(
  match: Pick<ScreeningMatch, 'lists' | 'features'>,
  queryCountries: readonly string[],
): boolean {
  return (
    queryCountries.length > 0 &&
    match.lists.length === 0 &&
    match.features.some((feature) => feature.name === 'country' && feature.value < 0) &&
    !match.features.some((feature) => feature.name === 'country' && feature.value > 0)
  );
}

/**
 * How a namesake of another country is worded after what it would carry: "a namesake in CN, the query says US; not
 * counted" (the body's countries as the graph holds them; "of another country" when the graph gives none).
 */
export function namesakeWording(bodyCountries: readonly string[], queryCountries: readonly string[]): string {
  const upper = (countries: readonly string[]) => [...new Set(countries.map((country) => country.toUpperCase()))];
  const body = bodyCountries.length > 0 ? `in ${upper(bodyCountries).join(', ')}` : 'of another country';
  return `a namesake ${body}, the query says ${upper(queryCountries).join(', ')}; not counted`;
}

/** A matched entity a walk starts from: the match itself or a list entry folded into it, and how it was matched. */
export interface MatchedStart {
  entityId: string;
  name: string;
  score: number;
  /** Since rules 1.201.0: a body of the graph of another country than the query's (`namesakeOfAnotherCountry`). */
  namesake: boolean;
}

/** The entities the screen walks from, by id: each match at or above the threshold and the entries folded into it. */
export function matchedStarts(
  matched: ReadonlyArray<
    Pick<ScreeningMatch, 'entityId' | 'name' | 'score' | 'lists' | 'alsoListedAs' | 'features'> & { demo?: boolean }
  >,
  queryCountries: readonly string[],
): Map<string, MatchedStart> {
  const starts = new Map<string, MatchedStart>();
  for (const match of matched) {
    const namesake = namesakeOfAnotherCountry(match, queryCountries);
    // Since rules 1.210.0: a demo body's paths say it is one.
    const name = match.demo === true ? `${match.name} (${DEMO_BODY_PHRASE})` : match.name;
    starts.set(match.entityId, { entityId: match.entityId, name, score: match.score, namesake });
    for (const entry of match.alsoListedAs) {
      if (!starts.has(entry.entityId)) {
        starts.set(entry.entityId, { entityId: entry.entityId, name: entry.name, score: entry.score, namesake });
      }
    }
  }
  return starts;
}

/**
 * Since rules 1.201.0: a path risk's sentence as the screen gives it. A path of one hop or more names the matched
 * entity it starts from, as a match finding does ("Matched <name> (<id>) at 0.95: supervised by …"): a screen has
 * several matches, and a path read alone ("Supervised by …") does not say whose it is. A namesake of another country's
 * path adds that it is not counted. A finding of no hop (the entity itself listed or of a risk category) names the
 * entity already, and is counted as its match finding is (a namesake's own risk category included: what the matched
 * body is, not what it is tied to).
 */
export function screenSentence(
  finding: Pick<RiskFinding, 'hops' | 'sentence' | 'start'>,
  start: MatchedStart | undefined,
  queryCountries: readonly string[],
): string {
  if (finding.hops === 0 || start === undefined) {
    return finding.sentence;
  }
  // The sentence opens with the first step's phrase (the rules' phrases are written in small letters), capitalised.
  const path = finding.sentence.charAt(0).toLowerCase() + finding.sentence.slice(1);
  const named = `Matched ${start.name} (${start.entityId}) at ${fixed(start.score)}: ${path}`;
  return start.namesake
    ? `${named.replace(/\.$/, '')}: ${namesakeWording(finding.start.country, queryCountries)}.`
    : named;
}

/** Whether the screen counts a path risk of one hop or more: not when it starts from a namesake of another country. */
export function pathCounted(
  finding: Pick<RiskFinding, 'hops' | 'start'>,
  starts: ReadonlyMap<string, MatchedStart>,
): boolean {
  return finding.hops === 0 || !starts.get(finding.start.id)?.namesake;
}

/** A namesake of another country whose path risks the screen shows but does not count. */
export interface UncountedNamesake {
  entityId: string;
  name: string;
  wording: string;
  paths: number;
}

/** The namesakes of another country among the starts of the screen's path risks, with how many paths each has. */
export function uncountedNamesakes(
  pathRisks: ReadonlyArray<Pick<RiskFinding, 'hops' | 'start'>>,
  starts: ReadonlyMap<string, MatchedStart>,
  queryCountries: readonly string[],
): UncountedNamesake[] {
  const found = new Map<string, UncountedNamesake>();
  for (const finding of pathRisks) {
    const start = starts.get(finding.start.id);
    if (!start?.namesake || pathCounted(finding, starts)) {
      continue;
    }
    const known = found.get(start.entityId) ?? {
      entityId: start.entityId,
      name: start.name,
      wording: namesakeWording(finding.start.country, queryCountries),
      paths: 0,
    };
    known.paths += 1;
    found.set(start.entityId, known);
  }
  return [...found.values()];
}
