/**
 * The resolution rule: when a name given for a party may be said to be one entity. Pure, so the
 * same rule decides for assessPartnership, partnerRisk and screen(), and is tested table-driven.
 *
 * - Candidates are scored by the name matcher; country, identifiers and dates of birth are features
 *   of that score, never a sort key.
 * - An identifier on both records resolves on its own, unless candidates of different bodies share
 *   identifiers with the query (then AMBIGUOUS).
 * - Otherwise the best candidate resolves only when its score clears `threshold`, its name evidence
 *   is strong (the name comparison alone reaches `minNameScore`, more than class words,
 *   particles or initials are shared, and the names are not one name with one class word swapped
 *   for a class word of another class: since rules 1.95.0; nor, for a body, the query one of its other names with
 *   words of its own where its display name has others: since rules 1.97.0; nor, for a body, one name whose one
 *   identity word is a place written as another place alike in spelling: since rules 1.114.0; nor, for a body, the
 *   query the name with field words of its own, or with words of its own where the name has an acronym: since
 *   rules 1.120.0; nor, for a body of the graph on no list, one name whose one identity word is spelt otherwise:
 *   since rules 1.126.0), its country does not conflict with the one given (since
 *   rules 1.95.0), and it leads the runner-up by at least `margin` (and, since rules 1.97.0, a query that is the
 *   best's name with words of its own is AMBIGUOUS when the runner-up is that name with other words; since rules
 *   1.120.0 two forms of one field are one word there; since rules 1.151.0 a best of no known country that leads only
 *   because a body as strong by name is of a conflicting country is AMBIGUOUS, since 1.219.0 only with a country given
 *   or written: `countrylessLead`). The
 *   runner-up is the best candidate of another body: candidates linked to the best by SAME_AS are
 *   the same body and do not count, and so are entries on different lists that are one listed party
 *   (`listedPartyLinks`: the same person or body listed by, say, the UN and OFAC). Since rules 1.159.0, entries
 *   of the best's body tied with it at the top score stand for the body together: when the first by id is of weak
 *   name evidence or a conflicting country and another of them is neither, that one is the best
 *   (`bodyEntryOfEvidence`). Since rules 1.183.0 a name of class, field and topic words only that is not the name
 *   matched word for word, or a longer query matched through such a name, resolves only with a country agreeing, an
 *   identifier or the body's own town (`genericNameWithoutEvidence`). Since rules 1.186.0, with no country given or
 *   written, a body of the graph on no list matched through a name that does not agree with the query's word for word
 *   resolves only with an identifier or the body's own town (`differentNameWithoutEvidence`). Since rules 1.202.0 a
 *   person's name made only of common names resolves only with a date of birth agreeing or an identifier shared
 *   (`commonNameWithoutEvidence`; since 1.189.0 it did so only when a date was given).
 */

import type { IndexEntry, MatchQuery } from '../matching';
import { classWordSwap, ownLegalClassWord } from '../matching/class-word-swap';
import { countryAtLength, countryQueryLacks, otherCountryWritten } from '../matching/country-in-name';
import { withoutCountryWritten } from '../matching/country-qualifier';
import { firstLetterChanged } from '../matching/first-letter-change';
import { genericNameOnly, sameGenericWordsReordered } from '../matching/generic-name';
import { mayCorroborate } from '../matching/corroboration';
import { commonPersonName, givenNameConflict, namePartLacking, ownNamePart } from '../matching/given-name-conflict';
import {
  identityWordSpeltAlone,
  identityWordSpelling,
  loneIdentityWordSpelt,
} from '../matching/identity-word-spelling';
import { type PreparedParty, prepareParty, scoreParties } from '../matching/name-matcher';
import { isComparable, Kind, normaliseName, type PreparedName } from '../matching/normalise';
import { otherQualifier, siblingQualifier } from '../matching/other-qualifier';
import { placeWordSwap } from '../matching/place-word-swap';
import { unownedPlace } from '../matching/unowned-place';
import { decidingVariantsOnly, wordForWordDifference } from '../matching/word-for-word';
import {
  acronymOfMatchedWords,
  acronymWritten,
  companyLettersAbbreviated,
  fieldOtherThanBody,
  initialsAcronym,
  ownAcronym,
  ownAcronymBeside,
  ownFieldWords,
  ownNumberOrJurisdiction,
  ownUnitWord,
  unheldAcronym,
} from '../matching/query-own-words';

export type ResolutionStatusName = 'RESOLVED' | 'AMBIGUOUS' | 'NOT_FOUND';

export interface ResolutionPolicy {
  threshold: number;
  margin: number;
  minNameScore: number;
}

/** A feature as the matcher explains it (see src/matching/types.ts). */
export interface CandidateFeature {
  name: string;
  value: number;
  reason: string;
}

export interface ScoredCandidate {
  entityId: string;
  score: number;
  features: CandidateFeature[];
  /** The query's name and the candidate's name the score compared, when known. */
  queryName?: string;
  matchedName?: string;
  /** The candidate's display name and type ('Person', 'Organisation', …), when known. */
  name?: string;
  type?: string;
  /** The lists the candidate is on, when known: empty for a body of the graph on no list (since rules 1.126.0). */
  lists?: readonly string[];
  /**
   * Since rules 1.140.0: the candidate of an organisation party is a list entry its list types as neither a person
   * nor a body (the BIS Denied Persons List's LegalEntity): initials alone do not resolve to it.
   */
  untyped?: boolean;
  /**
   * Since rules 1.145.0: the towns the index holds the candidate in (a registry's locations, a list entry's address
   * towns), when known.
   */
  towns?: readonly string[];
}

export interface NameEvidence {
  strong: boolean;
  /** The name comparison's score before country, date and identifier features. */
  nameScore: number;
  /** Why the evidence is weak; empty when strong. */
  weakness: string;
}

export interface ResolutionDecision<T extends ScoredCandidate> {
  status: ResolutionStatusName;
  /** RESOLVED: the entity; AMBIGUOUS and NOT_FOUND: the best candidate, if any. */
  best: T | null;
  /** The best candidate of another body (not linked to `best` by SAME_AS). */
  runnerUp: T | null;
  /** How a RESOLVED decision was reached. */
  basis: 'identifier' | 'name' | null;
  /** Candidates linked to the best by SAME_AS (the best included). */
  sameBody: Set<string>;
  /** One clause saying why, for explanations. */
  why: string;
}

/**
 * The query's name and the name it matched, when both are known and `candidate` is of the kind asked: a person, or a
 * body (any other type, or none). The body rules read a body's names, the person rules a person's, never the other's.
 */
function namesCompared(candidate: ScoredCandidate, kind: 'body' | 'person'): readonly [string, string] | null {
  return (candidate.type === 'Person') === (kind === 'person') && candidate.queryName && candidate.matchedName
    ? [candidate.queryName, candidate.matchedName]
    : null;
}

/** Candidates best first; equal scores by id, so the same input gives the same order. */
export function byScore<T extends ScoredCandidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort((left, right) => right.score - left.score || left.entityId.localeCompare(right.entityId));
}

export function nameEvidence(candidate: ScoredCandidate, policy: ResolutionPolicy): NameEvidence {
  const alignment = candidate.features.find((feature) => feature.name === 'token_alignment');
  const nameScore = alignment ? alignment.value : candidate.score;
  // Since rules 1.96.0: the names align through a class phrase whose English rendering another class phrase shares
  // (the matcher's `rendering` feature: 工业大学 "University of Technology", a place's 理工大学's English name too).
  if (sharedRendering(candidate)) {
    return { strong: false, nameScore, weakness: 'the Chinese class phrase has more than one English rendering' };
  }
  const weakOnly = candidate.features.some((feature) => feature.name === 'class_words' && feature.value < 0);
  if (weakOnly) {
    return { strong: false, nameScore, weakness: 'only class words, particles or initials are shared' };
  }
  // Since rules 1.140.0: an untyped list entry (a person or a body, its list does not say) matched through initials:
  // the initials of a person's name are no organisation's acronym, and an organisation party is never a person.
  if (candidate.untyped && candidate.features.some((feature) => feature.name === 'acronym' && feature.value > 0)) {
    return {
      strong: false,
      nameScore,
      weakness: `the name matched is read as initials of "${candidate.matchedName ?? candidate.name ?? ''}", a list entry its list does not type as a person or a body, and an organisation is never resolved to a person`,
    };
  }
  // Since rules 1.126.0 a registry's body (not a person, on no list) reads registry_legal_class_groups too ("charity").
  const registryBody = candidate.type !== 'Person' && candidate.lists?.length === 0;
  const body = namesCompared(candidate, 'body');
  const swap =
    candidate.queryName && candidate.matchedName
      ? (classWordSwap(candidate.queryName, candidate.matchedName, registryBody) ??
        displayNameSwap(candidate, nameScore, registryBody))
      : null;
  if (swap) {
    return {
      strong: false,
      nameScore,
      weakness: `the names differ only in a class word of another class ("${swap[0]}" and "${swap[1]}")`,
    };
  }
  // Since rules 1.114.0: the names' one identity word is a place each, two places alike only in spelling.
  const places = body && nameScore < 1 ? placeWordSwap(...body) : null;
  if (places) {
    return {
      strong: false,
      nameScore,
      weakness: `the names differ only in a place word, "${places[0]}" and "${places[1]}", two places alike only in spelling`,
    };
  }
  // Since rules 1.126.0: for a body of the graph on no list (a registry's body), the names' one identity word spelt
  // otherwise. A list entry keeps the matcher's spelling: the lists write one body's name in several spellings.
  const spelling =
    registryBody && nameScore < 1 && candidate.queryName && candidate.matchedName
      ? // Since rules 1.155.0 also a name that is its one identity word alone, qualifiers and legal forms aside.
        (identityWordSpelling(candidate.queryName, candidate.matchedName) ??
        loneIdentityWordSpelt(candidate.queryName, candidate.matchedName))
      : null;
  if (spelling) {
    return {
      strong: false,
      nameScore,
      weakness: `the names differ only in their one identity word, "${spelling[0]}" and "${spelling[1]}", spelt otherwise, and a registry's body is named by its registry's names`,
    };
  }
  // Since rules 1.136.0: for a list entry, the names' one identity word alike by its spelling alone (not a known,
  // romanisation or transliteration variant): a possible match for the listed body, not a resolution to it.
  const listedSpelling = listedSpellingAlone(candidate, nameScore);
  if (listedSpelling) {
    return {
      strong: false,
      nameScore,
      weakness: `the names differ only in their one identity word, "${listedSpelling[0]}" and "${listedSpelling[1]}", alike in spelling alone: a possible match for the listed body, not a resolution to it`,
    };
  }
  // Since rules 1.120.0: the query is the name with field words of its own, or says other words where the name has
  // an acronym the query does not hold. Asked only of a name score that would otherwise do (most shown candidates'
  // do not): the words are prepared for the candidates that could resolve.
  const names = nameScore >= policy.minNameScore ? body : null;
  const fields = names ? ownFieldWords(...names) : null;
  if (fields) {
    return {
      strong: false,
      nameScore,
      weakness: `the query is the name "${candidate.matchedName}" with field words of its own ("${fields.join(' ')}"), which that name has none of`,
    };
  }
  const acronym = names ? unheldAcronym(...names) : null;
  if (acronym) {
    return {
      strong: false,
      nameScore,
      weakness: `the name "${candidate.matchedName}" has the acronym "${acronym[0].join(' ')}", which the query does not hold, and the query has words of its own ("${acronym[1].join(' ')}")`,
    };
  }
  // Since rules 1.155.0: the query is a company's name of letters alone (with a legal form or a country after them),
  // matched through those letters as another name of a body whose own name spells them out.
  const letters = names && candidate.name ? companyLettersAbbreviated(names[0], names[1], candidate.name) : null;
  if (letters) {
    return {
      strong: false,
      nameScore,
      weakness: `the query is a company's name of the letters "${letters}" alone, and "${candidate.name}" is only abbreviated so: a company named by letters is not the body they abbreviate`,
    };
  }
  // Since rules 1.138.0: the query names a university and a college, school or faculty of it, the matched name the
  // university alone (in any language: "State University of Quarrow College at Pellby" against a label
  // "Université d'État de Quarrow à Pellby"). The unit is another body.
  const unit = names ? ownUnitWord(...names) : null;
  if (unit) {
    return {
      strong: false,
      nameScore,
      weakness: `the query names a ${unit} of a university ("${unit}"), which the name "${candidate.matchedName}" does not: a university's ${unit} is another body`,
    };
  }
  // Since rules 1.138.0: the query is the name with a number or a jurisdiction word of its own ("Quarrow First Normal
  // University" against "Quarrow Normal University"): another body far more often than the same.
  const numbered = names ? ownNumberOrJurisdiction(...names) : null;
  if (numbered) {
    return {
      strong: false,
      nameScore,
      weakness: `the query is the name "${candidate.matchedName}" with a number or jurisdiction of its own ("${numbered.join(' ')}"), which names another body more often than the same`,
    };
  }
  // Since rules 1.160.0: the query matched through another name of the body holds a field or compass word where the
  // body's own name holds another of the same kind: the short name had no such word to decide by.
  const otherField = body && candidate.name ? fieldOtherThanBody(...body, candidate.name) : null;
  if (otherField) {
    return {
      strong: false,
      nameScore,
      weakness: `the query, matched through the other name "${candidate.matchedName}", holds "${otherField[0]}" where the body's own name "${candidate.name}" holds "${otherField[1]}": a field or compass word decides which body a name is`,
    };
  }
  // Since rules 1.97.0: the query holds the body's other name and qualifies it otherwise than the body's own name.
  const other = body && candidate.name ? otherQualifier(...body, candidate.name) : null;
  if (other) {
    return {
      strong: false,
      nameScore,
      weakness: `the query holds the other name "${candidate.matchedName}" with words of its own ("${other[0].join(' ')}") where the body's name "${candidate.name}" has others ("${other[1].join(' ')}")`,
    };
  }
  // Since rules 1.145.0: the query writes a place after the body's name that is none of the body's own: not a town
  // any of its names shown writes, nor one the index holds it in. The matcher reads a town after a comma as where a
  // body is, so "<body>, <another body's town>" matches the body as well as its own address does.
  const place =
    body && !candidate.features.some((feature) => feature.name === 'own_town')
      ? unownedPlace(...body, candidate.name ?? body[1], candidate.towns)
      : null;
  if (place) {
    const towns = candidate.towns && candidate.towns.length > 0 ? candidate.towns.join(', ') : 'none known';
    return {
      strong: false,
      nameScore,
      weakness: `the query places the body at "${place}", which neither the name "${candidate.matchedName}" nor the body's name writes and which is not a town it is known in (${towns}): a place after a name is read as the body's address only when it is the body's own town`,
    };
  }
  // Since rules 1.98.0: a person given with a given name (or honorific) the matched name lacks, when the
  // candidate's names hold another given name the query lacks, is another person more often than the same.
  const personNames = namesCompared(candidate, 'person');
  const conflict = personNames ? givenNameConflict(...personNames, candidate.name ?? personNames[1]) : null;
  if (conflict) {
    return {
      strong: false,
      nameScore,
      weakness: `the name given holds "${conflict[0]}" where the candidate's names hold "${conflict[1]}"`,
    };
  }
  // Since rules 1.155.0: a person given with a name part of its own that neither the matched name nor the
  // candidate's name holds, the matched name holding nothing the query lacks; or given as the matched name with a
  // part left out. A possible match, not a resolution, unless a date of birth agrees.
  const person =
    personNames && !candidate.features.some((feature) => feature.name === 'birth_date' && feature.value > 0)
      ? personNames
      : null;
  const ownPart = person ? ownNamePart(...person, candidate.name ?? person[1]) : null;
  if (ownPart) {
    return {
      strong: false,
      nameScore,
      weakness: `the name given holds "${ownPart}", which neither the name matched "${candidate.matchedName}" nor the candidate's name "${candidate.name ?? candidate.matchedName}" holds: a name part the list does not record is a possible match, not the listed person`,
    };
  }
  const lackingPart = person ? namePartLacking(...person) : null;
  if (lackingPart) {
    return {
      strong: false,
      nameScore,
      weakness: `the name given lacks "${lackingPart}" of the name matched "${candidate.matchedName}": a listed name with a part left out is a possible match, not the listed person`,
    };
  }
  if (nameScore < policy.minNameScore) {
    return {
      strong: false,
      nameScore,
      weakness: `the names alone compare at ${fixed(nameScore)} (at least ${fixed(policy.minNameScore)} is needed)`,
    };
  }
  return { strong: true, nameScore, weakness: '' };
}

/**
 * Since rules 1.140.0: the class-word swap of the query against the candidate's display name, when the query matched
 * another of its names short of equal (a name score below 1): "Quarrow Service and Tidal Works" against a body named
 * "Quarrow Mines and Tidal Works" through its alias "Quarrow Tidal Works" is that name with a class word swapped, not
 * the alias with a word added.
 */
function displayNameSwap(
  candidate: ScoredCandidate,
  nameScore: number,
  registryBody: boolean,
): [string, string] | null {
  // Since rules 1.165.0 also at a name score of 1 when the query writes a legal-form word read as a class word that the
  // name matched does not ("Quarrow Tidal Charity" through the alias "Quarrow Tidal" of "Quarrow Tidal Shipping
  // Company"): the matcher drops the legal form, the query still names another kind of body.
  return candidate.queryName &&
    candidate.matchedName &&
    candidate.name &&
    candidate.name !== candidate.matchedName &&
    (nameScore < 1 || ownLegalClassWord(candidate.queryName, candidate.matchedName, registryBody))
    ? classWordSwap(candidate.queryName, candidate.name, registryBody)
    : null;
}

/**
 * Since rules 1.136.0: the two identity words when `candidate` is a list entry (an organisation on a list) whose name
 * the query's differs from in one identity word each way, every shared word a class word, the two words alike by
 * their spelling alone and the name score below 1 ("Harbon Engineering University" against a listed "Harbin
 * Engineering University"); null otherwise. The screening alert stands (a match counts by its listing whatever the
 * resolution says); the resolution shows the entry as its best candidate, NOT_FOUND, and `assessPartnership` and
 * `partnerRisk` count its listing as a possible match (bench/HISTORY.md "## Resolution", resol9).
 */
export function listedSpellingAlone(candidate: ScoredCandidate, nameScore: number): [string, string] | null {
  const body = namesCompared(candidate, 'body');
  return body && (candidate.lists?.length ?? 0) > 0 && nameScore < 1 ? identityWordSpeltAlone(...body) : null;
}

/**
 * Since rules 1.144.0: an acronym the query writes that the candidate's matched name does not, when it must be
 * corroborated by the body's names before the query resolves to it: the query is the matched name with an acronym of
 * its own (`ownAcronym`: "Quarrow Tidal Institute QTX"), or the query is an acronym alone read as the initials of the
 * matched name's words (`initialsAcronym`: "QTX Ltd. (Pellby)" against "Quarrow Tidal Exchange"); since rules 1.160.0
 * also an acronym among several words of the query's own or spelling the query's own initials (`ownAcronymBeside`:
 * "QTX Army Tidal Institute", "Centre de Marées Quarrow - CMQ"); since rules 1.172.0 also an acronym of the query's
 * own beside words of the matched name, read as the initials of the matched name's words the query lacks
 * (`acronymOfMatchedWords`: "CT Harbour Research" against "Centre for Harbour and Tidal Research"). Null for a
 * person or when none.
 */
export function acronymToCorroborate(candidate: ScoredCandidate): string | null {
  const body = namesCompared(candidate, 'body');
  return body
    ? (ownAcronym(...body) ??
        initialsAcronym(...body) ??
        // Since rules 1.160.0: an acronym among several words of the query's own, or spelling the query's initials.
        ownAcronymBeside(...body) ??
        // Since rules 1.172.0: an acronym of the query's own read as the initials of words the query lacks.
        acronymOfMatchedWords(...body))
    : null;
}

/**
 * Since rules 1.172.0: whether the acronym to corroborate is the query's own, read as the initials of words of the
 * matched name that the query lacks, beside words of the name the query holds (`acronymOfMatchedWords`).
 */
export function acronymReadAsMatchedWords(candidate: ScoredCandidate): boolean {
  const body = namesCompared(candidate, 'body');
  return (
    !!body && !ownAcronymWord(candidate) && initialsAcronym(...body) === null && acronymOfMatchedWords(...body) !== null
  );
}

/** Since rules 1.144.0: whether the acronym to corroborate is the query's own word beside the matched name. */
export function ownAcronymWord(candidate: ScoredCandidate): boolean {
  const body = namesCompared(candidate, 'body');
  return !!body && (ownAcronym(...body) ?? ownAcronymBeside(...body)) !== null;
}

/**
 * Since rules 1.144.0: the acronym of `acronymToCorroborate` when none of `bodyNames` (the names of the body, of the
 * candidates of its body, and of the bodies it is PART_OF) writes it; null otherwise. The acronym then names another
 * body as often as this one (a school, campus or centre of it, a body named after it, a company of those initials:
 * bench/HISTORY.md "## Resolution", resol13), so the name is not resolved: NOT_FOUND, the body shown.
 */
export function unwrittenOwnAcronym(candidate: ScoredCandidate, bodyNames: readonly string[]): string | null {
  const acronym = acronymToCorroborate(candidate);
  return acronym && !acronymWritten(acronym, bodyNames) ? acronym : null;
}

/**
 * Since rules 1.95.0: the query's country and the candidate's conflict (the matcher's country feature is
 * negative: both have countries and none agree). A name match then does not resolve: bodies of one name in
 * different countries ("Western University" in Canada and elsewhere) are different bodies far more often
 * than a body given with a wrong country (bench/quality-resolution.ts, bench/HISTORY.md "### Resolution").
 */
export function conflictsInCountry(candidate: ScoredCandidate): boolean {
  return candidate.features.some((feature) => feature.name === 'country' && feature.value < 0);
}

/**
 * Since rules 1.97.0: the query is the best's matched name with words of its own, and the runner-up (another
 * body) is that name with other words ("Tidal Unit, Pellby" → "Tidal Unit", runner-up "Tidal Unit, Quarrow"):
 * the graph names bodies by that name and a qualifier, and the query's qualifier is neither's. Why, or null.
 */
function siblingOf(best: ScoredCandidate, runnerUp: ScoredCandidate | null): string | null {
  // (Since rules 1.153.0: not when the query's words of its own are the best's own town, the index's `own_town`:
  // the query names the body at its address, as the place guard below reads it.)
  if (
    !runnerUp ||
    best.type === 'Person' ||
    !best.queryName ||
    !best.matchedName ||
    best.features.some((feature) => feature.name === 'own_town')
  ) {
    return null;
  }
  for (const name of new Set([runnerUp.matchedName, runnerUp.name])) {
    const sibling = name ? siblingQualifier(best.queryName, best.matchedName, name) : null;
    if (sibling) {
      return `the query is the best's name "${best.matchedName}" with words of its own ("${sibling[0].join(' ')}"), and "${name}", that name with others ("${sibling[1].join(' ')}"), is another body`;
    }
  }
  return null;
}

/**
 * Since rules 1.151.0: the best, a body of no known country (the matcher's country feature is absent although the
 * query is given with a country), leads only because another body of the same name evidence (the same name score) is
 * of a conflicting country: the name is one that bodies of several countries bear, and nothing places the best in the
 * query's country ("Quarrow Tidal Institute" given in one country, a countryless body of that name and one of another
 * country). That other body, or null. A person is left to the person rules. Since rules 1.219.0 read only when the
 * query is given a country or writes one (the caller's `countries`, as the rule always meant).
 */
function countrylessLead<T extends ScoredCandidate>(
  best: T,
  ranked: readonly T[],
  sameBody: ReadonlySet<string>,
  policy: ResolutionPolicy,
): T | null {
  if (best.type === 'Person' || best.features.some((feature) => feature.name === 'country')) {
    return null;
  }
  const nameScore = round(nameEvidence(best, policy).nameScore);
  return (
    ranked.find(
      (candidate) =>
        !sameBody.has(candidate.entityId) &&
        candidate.type !== 'Person' &&
        conflictsInCountry(candidate) &&
        round(nameEvidence(candidate, policy).nameScore) === nameScore,
    ) ?? null
  );
}

function sharedRendering(candidate: ScoredCandidate): boolean {
  return candidate.features.some((feature) => feature.name === 'rendering' && feature.value < 0);
}

export function sharesIdentifier(candidate: ScoredCandidate): boolean {
  return candidate.features.some((feature) => feature.name === 'identifier' && feature.value > 0);
}

/** The ids linked to `id` by SAME_AS, directly or through other candidates (`id` included). */
export function sameBodyAs(id: string, links: ReadonlyArray<readonly [string, string]>): Set<string> {
  const body = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [left, right] of links) {
      if (body.has(left) !== body.has(right)) {
        body.add(left);
        body.add(right);
        grew = true;
      }
    }
  }
  return body;
}

/**
 * Decides a resolution. `links` are SAME_AS links between candidates (either direction); a caller
 * may first decide without them and ask again with them only when the answer is AMBIGUOUS, since
 * links can only merge candidates into one body.
 */
export function decideResolution<T extends ScoredCandidate>(
  candidates: readonly T[],
  links: ReadonlyArray<readonly [string, string]>,
  policy: ResolutionPolicy,
  /** Since rules 1.166.0: the countries the query is given in (small letters; a country written after the name too). */
  countries: readonly string[] = [],
  /** Since rules 1.189.0: the dates of birth the query is given with (a person's). */
  birthDates: readonly string[] = [],
): ResolutionDecision<T> {
  const ranked = exactNameFirst(byScore(candidates), policy.margin);
  if (ranked.length === 0) {
    return { status: 'NOT_FOUND', best: null, runnerUp: null, basis: null, sameBody: new Set(), why: 'no candidate' };
  }

  const identified = ranked.filter(sharesIdentifier);
  if (identified.length > 0) {
    const best = identified[0];
    const sameBody = sameBodyAs(best.entityId, links);
    const other = identified.find((candidate) => !sameBody.has(candidate.entityId)) ?? null;
    if (other) {
      return {
        status: 'AMBIGUOUS',
        best,
        runnerUp: other,
        basis: null,
        sameBody,
        why: 'candidates of different bodies share an identifier with the query',
      };
    }
    return {
      status: 'RESOLVED',
      best,
      runnerUp: ranked.find((candidate) => !sameBody.has(candidate.entityId)) ?? null,
      basis: 'identifier',
      sameBody,
      why: 'an identifier is on both records',
    };
  }

  // Since rules 1.166.0: a body whose own name is the query's name with the query's country written at length, as
  // strong by name as it needs, leads namesakes of no known country.
  const atLength = countryAtLengthLead(ranked, links, policy, countries);
  if (atLength !== null) {
    return atLength;
  }
  const sameBody = sameBodyAs(ranked[0].entityId, links);
  const best = bodyEntryOfEvidence(ranked, sameBody, policy) ?? ranked[0];
  const runnerUp = ranked.find((candidate) => !sameBody.has(candidate.entityId)) ?? null;
  const evidence = nameEvidence(best, policy);
  // A shared rendering caps the score below the threshold: its weakness says why (since rules 1.96.0).
  const notFoundBecause =
    best.score < policy.threshold && !sharedRendering(best)
      ? `the best candidate scores ${fixed(best.score)}, below ${fixed(policy.threshold)}`
      : !evidence.strong
        ? `the best candidate's name evidence is weak: ${evidence.weakness}`
        : conflictsInCountry(best)
          ? 'the best candidate is of another country than the one given, and a name alone does not make two bodies of different countries one'
          : otherCountryNamed(best, countries);
  if (notFoundBecause !== null) {
    return { status: 'NOT_FOUND', best, runnerUp, basis: null, sameBody, why: notFoundBecause };
  }
  // AMBIGUOUS, not NOT_FOUND: the caller then reads SAME_AS links, and a runner-up of the best's own body drops out.
  const sibling = siblingOf(best, runnerUp);
  if (sibling !== null) {
    return { status: 'AMBIGUOUS', best, runnerUp, basis: null, sameBody, why: sibling };
  }
  // Since rules 1.219.0 only with a country given or written (`countries`): with none, a candidate's country conflict
  // comes from the query's own words (a named body of another country read as the candidate's parent), evidence that
  // it is another body, not that bodies of several countries bear the name.
  const twin = countries.length > 0 ? countrylessLead(best, ranked, sameBody, policy) : null;
  if (twin !== null) {
    return {
      status: 'AMBIGUOUS',
      best,
      runnerUp: twin,
      basis: null,
      sameBody,
      why: `the best is of no known country and leads only because ${twin.name ?? twin.entityId}, as strong a match by name (${fixed(nameEvidence(twin, policy).nameScore)}), is of another country than the one given: bodies of several countries bear the name, and nothing places the best in the one given`,
    };
  }
  const lead = runnerUp ? round(best.score - runnerUp.score) : null;
  if (
    runnerUp &&
    lead !== null &&
    lead < policy.margin &&
    !variantReadingsBehind(best, ranked, sameBody, policy.margin)
  ) {
    return {
      status: 'AMBIGUOUS',
      best,
      runnerUp,
      basis: null,
      sameBody,
      why: `the best leads the runner-up by ${fixed(lead)}, less than the margin ${fixed(policy.margin)}`,
    };
  }
  // Since rules 1.183.0: a name of class, field and topic words only, not the name matched word for word, or a longer
  // query matched through such a name, resolves only with evidence beyond the name.
  const generic = genericNameWithoutEvidence(best) ?? reorderedGenericAlias(best);
  if (generic !== null) {
    return { status: 'NOT_FOUND', best, runnerUp, basis: null, sameBody, why: generic };
  }
  // Since rules 1.185.0: with no country given, a name matched that adds a country the query does not say resolves
  // only with evidence beyond the name.
  const countryAdded = countryAddedWithoutCountry(best, countries);
  if (countryAdded !== null) {
    return { status: 'NOT_FOUND', best, runnerUp, basis: null, sameBody, why: countryAdded };
  }
  // Since rules 1.186.0: with nothing but a name, a body of the graph matched through a name that does not agree with
  // it word for word resolves only with evidence beyond the name.
  const differs = differentNameWithoutEvidence(best, countries);
  if (differs !== null) {
    return { status: 'NOT_FOUND', best, runnerUp, basis: null, sameBody, why: differs };
  }
  // Since rules 1.189.0: a common name given with a date of birth that the listed person's records cannot check; since
  // rules 1.202.0 a common name given with no date agreeing at all.
  const common = commonNameWithoutEvidence(best, birthDates);
  if (common !== null) {
    return { status: 'NOT_FOUND', best, runnerUp, basis: null, sameBody, why: common };
  }
  return {
    status: 'RESOLVED',
    best,
    runnerUp,
    basis: 'name',
    sameBody,
    why:
      runnerUp && lead !== null && lead < policy.margin
        ? `it scores ${fixed(best.score)} (at least ${fixed(policy.threshold)} is needed) and is the name given word for word, while ${runnerUp.name ?? runnerUp.entityId} and any other body within the margin (${fixed(policy.margin)}) match only by reading a deciding word as another form of it ("${runnerUp.matchedName ?? ''}"): a body named exactly leads`
        : runnerUp && lead !== null
          ? `it scores ${fixed(best.score)} (at least ${fixed(policy.threshold)} is needed) and leads the runner-up by ${fixed(lead)} (at least ${fixed(policy.margin)} is needed)`
          : `it scores ${fixed(best.score)} (at least ${fixed(policy.threshold)} is needed) and no other body is a candidate`,
  };
}

/**
 * Since rules 1.189.0 (probe5, issue 9), widened in 1.202.0 (probe6's R2): why the best, a person, is not resolved when
 * the query's name is made only of the name-frequency tables' common names (`commonPersonName`: "Maria Garcia") and no
 * date of birth given agrees with the person's records. A name that common is borne by many thousands of people and is
 * no evidence of which one is meant: the listed person is a possible match (the screen still alerts; `partnerRisk` and
 * `assessPartnership` say UNKNOWN with the person as the closest candidate), not the person resolved to. What
 * resolves: a date of birth that agrees (the matcher's `birth_date` feature, written whenever both sides hold a date)
 * or an identifier on both records (decided before). A country that agrees does not: most bearers of a common name
 * share the country of its naming tradition (the resolution bench's dev answers: bench/HISTORY.md "comres1"). Null
 * otherwise.
 */
function commonNameWithoutEvidence(best: ScoredCandidate, birthDates: readonly string[]): string | null {
  if (
    best.type !== 'Person' ||
    !best.queryName ||
    best.features.some(
      (feature) => (feature.name === 'birth_date' || feature.name === 'identifier') && feature.value > 0,
    ) ||
    !commonPersonName(best.queryName)
  ) {
    return null;
  }
  const who = best.name ?? best.matchedName ?? best.entityId;
  const common = `the name "${best.queryName}" is made of common names, which many people bear`;
  if (birthDates.length === 0) {
    return `${common}, and nothing beyond the name (no date of birth, no identifier) tells whether the person given is ${who}; a country alone does not, since most bearers of a common name share it: give a date of birth to resolve`;
  }
  if (best.features.some((feature) => feature.name === 'birth_date')) {
    return `${common}, and the date of birth given (${birthDates.join(', ')}) does not agree with ${who}'s records`;
  }
  return `${common}, and the date of birth given (${birthDates.join(', ')}) cannot be checked: ${who}'s records hold no date of birth, so nothing beyond the name tells whether the person given is the one listed`;
}

/**
 * Since rules 1.223.0 (probe8's B1): the candidates within `margin` of the top score, when one or more of them are bodies
 * whose name the query is word for word (`wordForWordDifference`) and every other is a body read only through a known
 * variant of a deciding word (`decidingVariantsOnly`: "Quarrow Polytechnic University" against "Quarrow University of
 * Technology"), with the word-for-word ones first; `ranked` as it is otherwise. Ties are otherwise ordered by id.
 */
function exactNameFirst<T extends ScoredCandidate>(ranked: T[], margin: number): T[] {
  if (ranked.length < 2) {
    return ranked;
  }
  const close = ranked.filter((candidate) => round(ranked[0].score - candidate.score) < margin);
  const exact = close.filter(namedWordForWord);
  if (
    exact.length === 0 ||
    exact.length === close.length ||
    !close.every((c) => exact.includes(c) || variantReading(c))
  ) {
    return ranked;
  }
  return [...exact, ...ranked.filter((candidate) => !exact.includes(candidate))];
}

/** A body (not a person, vessel or aircraft) whose name matched is the query's word for word. */
function namedWordForWord(candidate: ScoredCandidate): boolean {
  return (
    (candidate.type === undefined || !NOT_BODIES.has(candidate.type)) &&
    !!candidate.queryName &&
    !!candidate.matchedName &&
    wordForWordDifference(candidate.queryName, candidate.matchedName) === null
  );
}

/** A body whose name matched differs from the query's only by known variants of deciding words. */
function variantReading(candidate: ScoredCandidate): boolean {
  return (
    (candidate.type === undefined || !NOT_BODIES.has(candidate.type)) &&
    !!candidate.queryName &&
    !!candidate.matchedName &&
    decidingVariantsOnly(candidate.queryName, candidate.matchedName)
  );
}

/**
 * Since rules 1.223.0 (probe8's B1): whether the best, a body whose name the query is word for word, is within the
 * margin only of other bodies read through a known variant of a deciding word ("Polytechnic" for "Technology"): a
 * body named exactly beats another body's variant reading, so the best leads them (a body of its name written word for
 * word as well still makes the answer AMBIGUOUS).
 */
function variantReadingsBehind(
  best: ScoredCandidate,
  ranked: readonly ScoredCandidate[],
  sameBody: ReadonlySet<string>,
  margin: number,
): boolean {
  if (!namedWordForWord(best)) {
    return false;
  }
  const close = ranked.filter(
    (candidate) => !sameBody.has(candidate.entityId) && round(best.score - candidate.score) < margin,
  );
  return close.length > 0 && close.every(variantReading);
}

/** Candidates of these types are named otherwise than bodies: the generic-name reading is not theirs. */
const NOT_BODIES: ReadonlySet<string> = new Set(['Person', 'Vessel', 'Aircraft']);

/**
 * Whether the best is a body (not a person, vessel or aircraft) with both names compared whose resolution rests on
 * its name alone: no country agreeing, no identifier shared, not the body's own town written (the matcher's
 * features). The generic-name and added-country rules read only such a best.
 */
function restsOnNameAlone(best: ScoredCandidate): best is ScoredCandidate & { queryName: string; matchedName: string } {
  return (
    (best.type === undefined || !NOT_BODIES.has(best.type)) &&
    !!best.queryName &&
    !!best.matchedName &&
    !best.features.some(
      (feature) =>
        (feature.name === 'country' || feature.name === 'identifier' || feature.name === 'own_town') &&
        feature.value > 0,
    )
  );
}

/**
 * Since rules 1.183.0: why the best, an organisation that would resolve on its name alone (no country agreeing, no
 * identifier, not matched at its own town), is not resolved when the query's name is made only of class, field and
 * topic words and is not the name matched word for word ("Institute of Tidal Physics" against "Institute of Tidal
 * Physics, Quarrow Academy of Sciences" or "Tidal Physics Institute"), or the name matched is such a name and the
 * query is it with identity words of its own ("Pellby State Pedagogical University" against the other name
 * "Pedagogical University" of another university): many bodies bear a generic name, and the name alone does not say
 * which one is meant (`genericNameOnly`). Counted on the resolution bench's dev answers first (bench/HISTORY.md). Null
 * otherwise.
 */
function genericNameWithoutEvidence(best: ScoredCandidate): string | null {
  if (!restsOnNameAlone(best)) {
    return null;
  }
  const generic = genericNameOnly(best.queryName, best.matchedName);
  if (generic === null) {
    return null;
  }
  return generic.shape === 'generic query'
    ? `the name "${best.queryName}" is made of class, field and topic words only, which many bodies bear, and it is not the name matched, "${best.matchedName}", word for word; no country agrees and no identifier is shared, so nothing beyond the name tells which of those bodies it is`
    : `the name matched, "${best.matchedName}", is made of class, field and topic words only, which many bodies bear, and the query adds words of its own ("${generic.ownWords.join(' ')}") that name a body that name does not; no country agrees and no identifier is shared`;
}

/**
 * Since rules 1.223.0 (probe8's B6): why the best, a body matched with a country agreeing (no identifier shared, not at
 * its own town), is not resolved when the query is a name of class, field and topic words only and the name matched is
 * another name of the body (not its display name), no comma in it, holding the same words in another order ("Institute
 * of Tidal Physics" through the other name "Tidal Physics Institute" of "Quarrow Tidal Physics Institute"): the
 * generic-name rule (1.183.0) reads such a name as another body's without a country; a country agreeing only says the
 * body is of the country many bodies bearing the generic name are of. Null otherwise.
 */
function reorderedGenericAlias(best: ScoredCandidate): string | null {
  if (
    (best.type !== undefined && NOT_BODIES.has(best.type)) ||
    !best.queryName ||
    !best.matchedName ||
    !best.name ||
    best.matchedName === best.name ||
    best.matchedName.includes(',') ||
    best.features.some(
      (feature) => (feature.name === 'identifier' || feature.name === 'own_town') && feature.value > 0,
    ) ||
    !best.features.some((feature) => feature.name === 'country' && feature.value > 0) ||
    !sameGenericWordsReordered(best.queryName, best.matchedName)
  ) {
    return null;
  }
  return `the name "${best.queryName}" is made of class, field and topic words only, which many bodies bear, and it matched only "${best.matchedName}", another name of ${best.name} holding the same words in another order; a country agreeing does not tell which of the bodies bearing the name is meant, and no identifier is shared`;
}

/**
 * Since rules 1.185.0 (issue 9): why the best, an organisation that would resolve on its name alone, is not resolved
 * when the query is given in no country (none given, none written in its name) and the name it matched writes, in
 * words of its own, a country the query does not say in any form (`countryQueryLacks`: "Open University of Quarrow"
 * matched for "Open University"): the query's name without that country is a name bodies of other countries may bear,
 * and the graph's one body of it is not the evidence that it is meant. An identifier shared or the body's own town
 * written still resolve. Counted on the resolution bench's dev answers first (bench/HISTORY.md). Null otherwise.
 */
function countryAddedWithoutCountry(best: ScoredCandidate, countries: readonly string[]): string | null {
  if (countries.length > 0 || !restsOnNameAlone(best)) {
    return null;
  }
  const added = countryQueryLacks(best.queryName, best.matchedName);
  return added === null
    ? null
    : `the name matched, "${best.matchedName}", adds "${added}", which the query does not say, and no country is given, no identifier shared and no town of the body written: bodies of other countries may bear the name without it; give the country to resolve`;
}

/**
 * Since rules 1.186.0 (issue 9): why the best, a body of the graph on no list (a registry's, the seed's or the curated
 * graph's) that would resolve on its name alone, is not resolved when the query is given in no country (none given,
 * none written in its name) and the name it matched does not agree with the query's word for word
 * (`wordForWordDifference`: a word spelt otherwise, a known variant, a class word in another language, a word added or
 * dropped, another script). With nothing but a name, such a match was to another body more often than to the one
 * meant on the resolution bench's dev answers (bench/HISTORY.md "## Resolution", res24): the body is shown as the best
 * candidate, and a country or an identifier resolves it. Null otherwise.
 */
function differentNameWithoutEvidence(best: ScoredCandidate, countries: readonly string[]): string | null {
  // A list entry keeps the matcher's reading, as for `identityWordSpelling`: the lists write one party's name in
  // several spellings, and its listing is what a screening must not lose.
  if (countries.length > 0 || best.lists?.length !== 0 || !restsOnNameAlone(best)) {
    return null;
  }
  const difference = wordForWordDifference(best.queryName, best.matchedName);
  if (difference === null) {
    return null;
  }
  const quoted = (words: readonly string[]) => `"${words.join(' ')}"`;
  const { queryOwn, matchedOwn, otherScript } = difference;
  const what = otherScript
    ? 'written in another script'
    : queryOwn.length > 0 && matchedOwn.length > 0
      ? `${quoted(queryOwn)} where it has ${quoted(matchedOwn)}`
      : matchedOwn.length > 0
        ? `it adds ${quoted(matchedOwn)}`
        : queryOwn.length > 0
          ? `it lacks ${quoted(queryOwn)}`
          : 'its words written otherwise';
  return `the name given differs from "${best.matchedName}" (${what}); with no country or identifier to support it, it is shown, not resolved: give the country to resolve`;
}

/**
 * Since rules 1.166.0: why the best, an organisation of no known country (the matcher's country feature is absent
 * although the query is given in a country), is not resolved when the name it matched writes, in words of its own,
 * another country than the query's ("Prime Minister's Office" given in one country against "Prime Minister's Office,
 * Quarrow Government" of no known country): the name places the body in that other country, as a conflicting country
 * of its record would (`conflictsInCountry`). Null otherwise.
 */
function otherCountryNamed(best: ScoredCandidate, countries: readonly string[]): string | null {
  if (
    best.type === 'Person' ||
    !best.queryName ||
    !best.matchedName ||
    best.features.some((feature) => feature.name === 'country')
  ) {
    return null;
  }
  const other = otherCountryWritten(best.queryName, best.matchedName, countries);
  return other === null
    ? null
    : `the best candidate is of no known country, and the name it matched, "${best.matchedName}", writes another country ("${other}") than the one given (${countries.map((country) => country.toUpperCase()).join(', ')}): a name that places a body in another country does not resolve, as a record of another country does not`;
}

/**
 * Since rules 1.166.0: "<name>, <country>" (or "<name>" given in that country) read as "<name> of <the country's
 * long form>": the first organisation, by score, whose own name (or the name it matched) is the query's name
 * followed by "of [the]" and the query's country by its name or formal name (`countryAtLength`: "Ministry of Tides
 * of the Republic of Korea" for "Ministry of Tides" given in KR), of that country or of none known, clearing the
 * threshold with strong name evidence, resolves when every other body within the margin of it (or above it) is of no
 * known country: a namesake of no known country ("Ministry of Tides" alone) is the name without a country, the body
 * the name with the query's. A body of that country among them (a second one of the name) keeps the answer
 * AMBIGUOUS, and one of a conflicting country is never the answer anyway. Null when the rule does not decide.
 */
function countryAtLengthLead<T extends ScoredCandidate>(
  ranked: readonly T[],
  links: ReadonlyArray<readonly [string, string]>,
  policy: ResolutionPolicy,
  countries: readonly string[],
): ResolutionDecision<T> | null {
  if (countries.length === 0) {
    return null;
  }
  const atLength = (candidate: ScoredCandidate): string | null =>
    candidate.type === 'Person' || !candidate.queryName || conflictsInCountry(candidate)
      ? null
      : ([candidate.name, candidate.matchedName]
          .map((name) => (name ? countryAtLength(name, candidate.queryName!, countries) : null))
          .find((written) => written !== null) ?? null);
  const best = ranked.find((candidate) => candidate.score >= policy.threshold && atLength(candidate) !== null);
  if (!best || !nameEvidence(best, policy).strong) {
    return null;
  }
  const sameBody = sameBodyAs(best.entityId, links);
  const others = ranked.filter(
    (candidate) =>
      !sameBody.has(candidate.entityId) &&
      !conflictsInCountry(candidate) &&
      candidate.score >= round(best.score - policy.margin),
  );
  const countryless = (candidate: ScoredCandidate) =>
    candidate.type !== 'Person' && !candidate.features.some((feature) => feature.name === 'country');
  if (others.length === 0 || !others.every((candidate) => countryless(candidate) && atLength(candidate) === null)) {
    return null;
  }
  const runnerUp = ranked.find((candidate) => !sameBody.has(candidate.entityId)) ?? null;
  return {
    status: 'RESOLVED',
    best,
    runnerUp,
    basis: 'name',
    sameBody,
    why: `it scores ${fixed(best.score)} (at least ${fixed(policy.threshold)} is needed), its name "${
      best.name ?? best.matchedName
    }" is the name asked with the country given written at length ("${atLength(best)}"), and the ${
      others.length === 1 ? 'other body' : `${others.length} other bodies`
    } as strong by name (${others
      .slice(0, 3)
      .map((candidate) => `${candidate.name ?? candidate.entityId}, ${fixed(candidate.score)}`)
      .join(
        '; ',
      )}) ${others.length === 1 ? 'is' : 'are'} of no known country: the name without a country, not the name in the one given`,
  };
}

/**
 * Since rules 1.159.0: entries of one body (linked by `links` to the first by score and id) tie at the top score, and
 * the first is of weak name evidence or of a conflicting country while another is neither ("<name> of Technology"
 * against one list's "<name>" and another's "<name> of Technology", each 1.000): the body's answer is that entry,
 * the first such by id. Null when the first is usable itself or no tied entry of its body is.
 */
export function bodyEntryOfEvidence<T extends ScoredCandidate>(
  ranked: readonly T[],
  sameBody: ReadonlySet<string>,
  policy: ResolutionPolicy,
): T | null {
  const tied = tiedAtTop(ranked);
  if (tied.length < 2 || usableEntry(tied[0], policy)) {
    return null;
  }
  return tied.find((candidate) => sameBody.has(candidate.entityId) && usableEntry(candidate, policy)) ?? null;
}

/**
 * Since rules 1.159.0: whether the links are worth reading for a NOT_FOUND answer: another candidate ties the best
 * at the top score (the threshold cleared) with strong name evidence and no conflicting country, and may be an entry
 * of the best's body (`bodyEntryOfEvidence` then decides with the links).
 */
export function tiedEntryOfEvidence(candidates: readonly ScoredCandidate[], policy: ResolutionPolicy): boolean {
  const tied = tiedAtTop(byScore(candidates));
  return (
    tied.length > 1 &&
    tied[0].score >= policy.threshold &&
    !usableEntry(tied[0], policy) &&
    tied.slice(1).some((candidate) => usableEntry(candidate, policy))
  );
}

function tiedAtTop<T extends ScoredCandidate>(ranked: readonly T[]): T[] {
  if (ranked.length === 0) {
    return [];
  }
  const top = round(ranked[0].score);
  return ranked.filter((candidate) => round(candidate.score) === top);
}

function usableEntry(candidate: ScoredCandidate, policy: ResolutionPolicy): boolean {
  return nameEvidence(candidate, policy).strong && !conflictsInCountry(candidate);
}

/** One candidate's record, for comparing two list entries with each other. */
export interface PartyRecord {
  entityId: string;
  schema: string;
  names: string[];
  countries: string[];
  birthDates: string[];
  identifiers: string[];
  /** The lists the record is actively on; empty for a curated graph entity. */
  listIds: string[];
  /** Ids of the other records it is joined to by a relationship of the graph other than SAME_AS, when read. */
  related?: string[];
}

export interface SameListedPartyPolicy {
  minScore: number;
  /** Features of which one must agree (value 1): identifier, birth_date, country. */
  corroboratedBy: string[];
}

export interface ListedPartyLink {
  left: string;
  right: string;
  /** Why the two records are taken as one listed party. */
  reason: string;
  /** Since rules 1.108.0: a list entry (left) and the body of the graph it names (right), `listedBodyLinks`. */
  body?: boolean;
}

/**
 * Pairs of list entries that are one listed party: each is on lists the other is not on (two
 * entries of one list are two entries), the name matcher compares the two records at
 * `minScore` or more with no conflicting feature (schema, country, date of birth), and at least
 * one corroborating feature agrees. A curated graph entity is never merged this way: that takes
 * a SAME_AS decision.
 *
 * With `around`, only the links inside the body of `around.id` are wanted (the body grown through
 * `around.sameAs` and the links found): pairs are compared outward from that body, not all against
 * all, and the answer is the links among its members, in the order the whole answer lists them.
 * A resolution needs no more: only the best candidate's body decides it and its explanation.
 */
export function listedPartyLinks(
  records: readonly PartyRecord[],
  policy: SameListedPartyPolicy,
  known: ListedPairOutcomes | null = null,
  around: { id: string; sameAs: ReadonlyArray<readonly [string, string]> } | null = null,
): ListedPartyLink[] {
  const listed = records.filter((record) => record.listIds.length > 0 && record.names.length > 0);
  const contents = known ? listed.map(recordContent) : [];
  const compared = new Map<number, ListedPartyLink | null>();
  // A record takes part in many pairs: its names are prepared once a call on each side (what
  // `score` would prepare again for every pair; the matcher does not change a prepared party).
  const asQuery: Array<PreparedParty | undefined> = [];
  const asCandidate: Array<PreparedParty | undefined> = [];
  const prepared: PreparedPair = {
    query: (index) => (asQuery[index] ??= prepareParty(queryOf(listed[index]))),
    candidate: (index) => (asCandidate[index] ??= prepareParty(candidateOf(listed[index]))),
  };
  const outcome = (left: number, right: number): ListedPartyLink | null => {
    const a = listed[left];
    const b = listed[right];
    if (a.listIds.some((listId) => b.listIds.includes(listId))) {
      return null;
    }
    const pair = left * listed.length + right;
    const key = known ? `${contents[left]}\u0001${contents[right]}` : '';
    const kept = compared.has(pair) ? compared.get(pair) : known?.get(key);
    if (kept !== undefined) {
      return kept;
    }
    const link = compareListedPair(a, b, policy, () => [prepared.query(left), prepared.candidate(right)]);
    compared.set(pair, link);
    known?.set(key, link);
    return link;
  };
  const linksAmong = (members: (index: number) => boolean): ListedPartyLink[] => {
    const links: ListedPartyLink[] = [];
    for (let left = 0; left < listed.length; left++) {
      for (let right = left + 1; right < listed.length; right++) {
        const link = members(left) && members(right) ? outcome(left, right) : null;
        if (link) {
          links.push(link);
        }
      }
    }
    return links;
  };
  if (!around) {
    return linksAmong(() => true);
  }
  // Grow the body: each member is compared with every record outside it until none joins.
  const found: Array<[string, string]> = [];
  let body = sameBodyAs(around.id, around.sameAs);
  let grew = true;
  while (grew) {
    grew = false;
    for (let left = 0; left < listed.length; left++) {
      for (let right = left + 1; right < listed.length; right++) {
        const inLeft = body.has(listed[left].entityId);
        if (inLeft === body.has(listed[right].entityId)) {
          continue;
        }
        const link = outcome(left, right);
        if (link) {
          found.push([link.left, link.right]);
          grew = true;
        }
      }
      if (grew) {
        break;
      }
    }
    if (grew) {
      body = sameBodyAs(around.id, [...around.sameAs, ...found]);
    }
  }
  return linksAmong((index) => body.has(listed[index].entityId));
}

export interface SameListedBodyPolicy {
  minScore: number;
  /**
   * Since rules 1.118.0: the least score of a record's own name against the other record's names when the one
   * name is the other with class words and legal forms added ("… Group Corporation Limited" and "… Group"): the
   * matcher counts a class word the other name lacks at half a word, so such a pair scores below `minScore`.
   * Absent: `minScore` always.
   */
  classWordsAddedMinScore?: number;
}

/**
 * Since rules 1.108.0: pairs of a list entry and a body of the graph on no list (a registry's or the curated
 * graph's record) that are one body, as SAME_AS would say: the list entry names the body the graph describes.
 * Both are organisations; each record's own (first) name compares with the other record, all its names, at
 * `minScore` or more, both ways, with strong name evidence (`nameEvidence`: more than class words shared, no
 * class word swapped for another class's, no other qualifier); no schema or country conflicts (a country
 * missing on one side is no conflict); the graph joins them by no relationship (a parent and its unit, a body
 * and what it supervises are two); and the entry names no other body of the graph so (a list entry one
 * name of two bodies is linked to neither). Two list entries are `listedPartyLinks`' business; two bodies of
 * the graph take a SAME_AS decision.
 */
export function listedBodyLinks(
  records: readonly PartyRecord[],
  policy: SameListedBodyPolicy,
  sameAs: ReadonlyArray<readonly [string, string]> = [],
): ListedPartyLink[] {
  const organisation = (record: PartyRecord): boolean => record.schema !== 'Person' && record.names.length > 0;
  const entries = records.filter((record) => organisation(record) && record.listIds.length > 0);
  const bodies = records.filter((record) => organisation(record) && record.listIds.length === 0);
  if (entries.length === 0 || bodies.length === 0) {
    return [];
  }
  const links: ListedPartyLink[] = [];
  for (const entry of entries) {
    const found = bodies
      .map((body) => compareListedBody(entry, body, policy))
      .filter((link): link is ListedPartyLink => link !== null);
    // One body of the graph (its SAME_AS records count as one), or none.
    const first = found.length > 0 ? sameBodyAs(found[0].right, sameAs) : null;
    if (first && found.every((link) => first.has(link.right))) {
      links.push(...found);
    }
  }
  return links;
}

/** `left`'s own name (its first) against all of `right`'s names, both read as organisations, and whether a schema or country conflicts. */
function ownNameAgainst(left: PartyRecord, right: PartyRecord) {
  const result = scoreParties(
    prepareParty({ ...queryOf(left), name: left.names[0], aliases: [], schema: 'Organization' }),
    prepareParty({ ...candidateOf(right), schema: 'Organization' }),
  );
  const conflict = result.features.some((feature) => ['schema', 'country'].includes(feature.name) && feature.value < 0);
  return { result, conflict };
}

/** Whether `result` (a record's own name against `right`, {@link ownNameAgainst}) is strong name evidence for `right` as an organisation. */
function strongAsOrganisation(
  right: PartyRecord,
  result: ReturnType<typeof scoreParties>,
  policy: ResolutionPolicy,
): boolean {
  return nameEvidence(
    {
      entityId: right.entityId,
      score: result.score,
      features: result.features,
      queryName: result.queryName,
      matchedName: result.matchedName,
      name: right.names[0],
      type: 'Organisation',
    },
    policy,
  ).strong;
}

/** `entry` (a list entry) and `body` (a body of the graph) compared both ways by their own names (see `listedBodyLinks`). */
function compareListedBody(
  entry: PartyRecord,
  body: PartyRecord,
  policy: SameListedBodyPolicy,
): ListedPartyLink | null {
  if (entry.related?.includes(body.entityId) || body.related?.includes(entry.entityId)) {
    return null;
  }
  const evidencePolicy: ResolutionPolicy = { threshold: policy.minScore, margin: 0, minNameScore: policy.minScore };
  const compared: Array<{ score: number; queryName: string; matchedName: string }> = [];
  let lowered = false;
  for (const [left, right] of [
    [entry, body],
    [body, entry],
  ] as const) {
    const { result, conflict } = ownNameAgainst(left, right);
    // Since rules 1.118.0: one record's own name that is a name of the other with class words and legal forms
    // added (or taken away) clears a lower score, when the other record's own name clears `minScore` (one way only).
    const least: number =
      policy.classWordsAddedMinScore !== undefined &&
      result.score < policy.minScore &&
      !lowered &&
      classWordsAdded(result.queryName, result.matchedName)
        ? policy.classWordsAddedMinScore
        : policy.minScore;
    lowered ||= least < policy.minScore;
    if (conflict || result.score < least) {
      return null;
    }
    if (!strongAsOrganisation(right, result, { ...evidencePolicy, minNameScore: Math.min(least, policy.minScore) })) {
      return null;
    }
    compared.push(result);
  }
  const countries = [...new Set([...entry.countries, ...body.countries].map((country) => country.toUpperCase()))];
  return {
    left: entry.entityId,
    right: body.entityId,
    body: true,
    reason: `the list entry ${entry.entityId} (${entry.listIds.join(', ')}) and the body ${body.entityId} of the graph are one body: "${compared[0].queryName}" and "${compared[0].matchedName}" compare at ${fixed(compared[0].score)}, "${compared[1].queryName}" and "${compared[1].matchedName}" at ${fixed(compared[1].score)}; ${
      entry.countries.length > 0 && body.countries.length > 0
        ? `country ${countries.join(', ')} on both`
        : countries.length > 0
          ? `country ${countries.join(', ')} on one, none on the other`
          : 'no country on either'
    }; the graph joins them by no relationship`,
  };
}

/**
 * Since rules 1.118.0: whether one name is the other with words added that are class words or legal forms only
 * ("Quarrow Tidal Group Corporation Limited" and "Quarrow Tidal Group"), each word of the shorter in the longer.
 * Since rules 1.233.0 a country either name writes after itself, in brackets or after its last comma, is its
 * qualifier and is not read ("Quarrow Tidal (Norway)" and "Quarrow Tidal Corporation"; the comparison's score says
 * whether the countries let it be read so).
 */
export function classWordsAdded(left: string, right: string): boolean {
  const words = (name: string) => normaliseName(withoutCountryWritten(name), 'Organization').tokens;
  const [a, b] = [words(left), words(right)];
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  if (shorter.length === 0 || longer.length === shorter.length) {
    return false;
  }
  const kept = new Set(shorter.map((token) => token.text));
  const inLonger = new Set(longer.map((token) => token.text));
  return (
    [...kept].every((text) => inLonger.has(text)) &&
    longer.every((token) => kept.has(token.text) || token.kind === 'class' || token.kind === 'legal')
  );
}

export interface SameListedOrganisationPolicy {
  minScore: number;
}

/**
 * Since rules 1.118.0: pairs of organisations' list entries on different lists that are one listed party with
 * nothing to corroborate it: a country on one side at most and identifiers on one side at most (so
 * `listedPartyLinks` can find no agreeing fact), each one's own name compared with the other record, all its
 * names, at `minScore` or more both ways with strong name evidence, no schema or country conflicting; and the
 * entry names no other listed party so (those it names are one party by `links`, the SAME_AS and listed-party
 * links already found, or by `corroborated`, `listedPartyLinks` among them). Persons are never linked so: one
 * name is many people.
 */
export function listedOrganisationLinks(
  records: readonly PartyRecord[],
  policy: SameListedOrganisationPolicy,
  links: ReadonlyArray<readonly [string, string]>,
  corroborated: (records: PartyRecord[]) => ReadonlyArray<readonly [string, string]>,
): ListedPartyLink[] {
  const entries = records.filter(
    (record) => record.schema !== 'Person' && record.listIds.length > 0 && record.names.length > 0,
  );
  if (entries.length < 2) {
    return [];
  }
  const named = new Map<string, ListedPartyLink[]>();
  const oneParty = new Set<string>();
  for (const entry of entries) {
    const found = entries
      .filter((other) => other !== entry)
      .map((other) => compareListedOrganisations(entry, other, policy))
      .filter((link): link is ListedPartyLink => link !== null);
    named.set(entry.entityId, found);
    const others = entries.filter((other) => found.some((link) => link.right === other.entityId));
    const party =
      found.length > 0
        ? sameBodyAs(found[0].right, [...links, ...(others.length > 1 ? corroborated(others) : [])])
        : new Set<string>();
    if (found.every((link) => party.has(link.right))) {
      oneParty.add(entry.entityId);
    }
  }
  // A pair is linked when neither of the two names another listed party so (the comparison is the same both ways).
  const linked: ListedPartyLink[] = [];
  entries.forEach((entry, position) => {
    for (const link of named.get(entry.entityId) ?? []) {
      const other = entries.findIndex((record) => record.entityId === link.right);
      if (other > position && oneParty.has(link.left) && oneParty.has(link.right)) {
        linked.push(link);
      }
    }
  });
  return linked;
}

/** Two organisations' list entries compared both ways by their own names (see `listedOrganisationLinks`). */
function compareListedOrganisations(
  a: PartyRecord,
  b: PartyRecord,
  policy: SameListedOrganisationPolicy,
): ListedPartyLink | null {
  if (a.listIds.some((listId) => b.listIds.includes(listId))) {
    return null;
  }
  const bothHave = (facts: (record: PartyRecord) => string[]) => facts(a).length > 0 && facts(b).length > 0;
  if (bothHave((record) => record.countries) || bothHave((record) => record.identifiers)) {
    return null;
  }
  const evidencePolicy: ResolutionPolicy = { threshold: policy.minScore, margin: 0, minNameScore: policy.minScore };
  const compared: Array<{ score: number; queryName: string; matchedName: string }> = [];
  for (const [left, right] of [
    [a, b],
    [b, a],
  ] as const) {
    const { result, conflict } = ownNameAgainst(left, right);
    if (conflict || result.score < policy.minScore) {
      return null;
    }
    if (!strongAsOrganisation(right, result, evidencePolicy)) {
      return null;
    }
    compared.push(result);
  }
  const countries = [...new Set([...a.countries, ...b.countries].map((country) => country.toUpperCase()))];
  return {
    left: a.entityId,
    right: b.entityId,
    reason: `${a.entityId} (${a.listIds.join(', ')}) and ${b.entityId} (${b.listIds.join(', ')}) are one listed party, with no fact on both records to corroborate it: "${compared[0].queryName}" and "${compared[0].matchedName}" compare at ${fixed(compared[0].score)}, "${compared[1].queryName}" and "${compared[1].matchedName}" at ${fixed(compared[1].score)}; ${
      countries.length > 0 ? `country ${countries.join(', ')} on one, none on the other` : 'no country on either'
    }; no other listed party named so`,
  };
}

/** A record's whole content, so that an entry changed by a new list version is never taken for its old self. */
function recordContent(record: PartyRecord): string {
  return JSON.stringify([
    record.entityId,
    record.schema,
    record.names,
    record.countries,
    record.birthDates,
    record.identifiers,
    record.listIds,
  ]);
}

/**
 * What `listedPartyLinks` decided for pairs of records, kept between calls. The outcome depends only
 * on the two records (compared in that order) and the policy, and the ambiguous names of one batch
 * share many candidates, so each pair is compared once. Keyed by both records' content; bounded, the
 * oldest pair forgotten first. One instance per policy.
 */
export class ListedPairOutcomes {
  private readonly outcomes = new Map<string, ListedPartyLink | null>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.outcomes.size;
  }

  get(key: string): ListedPartyLink | null | undefined {
    return this.outcomes.get(key);
  }

  set(key: string, outcome: ListedPartyLink | null): void {
    if (this.outcomes.size >= this.capacity) {
      const oldest = this.outcomes.keys().next();
      if (!oldest.done) {
        this.outcomes.delete(oldest.value);
      }
    }
    this.outcomes.set(key, outcome);
  }
}

/** A call's records prepared for the matcher, by their position among the listed records. */
interface PreparedPair {
  query: (index: number) => PreparedParty;
  candidate: (index: number) => PreparedParty;
}

/** A record as the query side of a comparison (its first name the name, the others aliases). */
function queryOf(record: PartyRecord): MatchQuery {
  return {
    name: record.names[0],
    aliases: record.names.slice(1),
    schema: record.schema,
    countries: record.countries,
    birthDates: record.birthDates,
    identifiers: record.identifiers,
  };
}

/** A record as the candidate side of a comparison (a list entry). */
function candidateOf(record: PartyRecord): IndexEntry {
  return {
    entityId: record.entityId,
    schema: record.schema,
    names: record.names,
    countries: record.countries,
    birthDates: record.birthDates,
    identifiers: record.identifiers,
  };
}

/**
 * `a` and `b` compared as the matcher's `score(queryOf(a), candidateOf(b))` would, with the two
 * parties `prepared` gives (prepared from those forms, so the same score).
 */
function compareListedPair(
  a: PartyRecord,
  b: PartyRecord,
  policy: SameListedPartyPolicy,
  prepared: () => [PreparedParty, PreparedParty],
): ListedPartyLink | null {
  if (!mayCorroborate(a, b, policy.corroboratedBy)) {
    return null;
  }
  const [query, candidate] = prepared();
  const compared = scoreParties(query, candidate);
  const conflict = compared.features.find(
    (feature) => ['schema', 'country', 'birth_date'].includes(feature.name) && feature.value < 0,
  );
  const agreeing = compared.features.filter(
    (feature) => policy.corroboratedBy.includes(feature.name) && feature.value > 0,
  );
  if (
    compared.score >= policy.minScore &&
    !conflict &&
    agreeing.length > 0 &&
    !acronymAloneShared(query, candidate, compared, policy.minScore)
  ) {
    // Since rules 1.216.0 (pers5): two persons' own names pairing words that begin with other consonants ("Kavrel" /
    // "Javrel", two brothers a list dates alike) are not joined on the name.
    if (a.schema === 'Person' && b.schema === 'Person' && firstLetterChanged(a.names[0], b.names[0])) {
      return null;
    }
    return {
      left: a.entityId,
      right: b.entityId,
      reason: `${a.entityId} (${a.listIds.join(', ')}) and ${b.entityId} (${b.listIds.join(', ')}) are one listed party: "${compared.queryName}" and "${compared.matchedName}" compare at ${fixed(compared.score)}; ${agreeing.map((feature) => feature.reason.replace(/\.$/, '')).join('; ')}`,
    };
  }
  return null;
}

/**
 * Since rules 1.214.0: whether two entries compare at `minScore` only through a name of acronyms only ("QCI" and "QCI")
 * while each has names of words that do not compare at `minScore`: bodies whose names disagree write one acronym
 * ("Quarrow Communications Industries" and "Quarrow Composites Institute", both "QCI", both of one country), so the
 * acronym and a country are not one listed party. The screen folds entries so since rules 1.123.0 (`shareName`); an
 * entry named by its acronym alone is compared as before.
 */
function acronymAloneShared(
  query: PreparedParty,
  candidate: PreparedParty,
  compared: { queryName: string; matchedName: string },
  minScore: number,
): boolean {
  const matched = (party: PreparedParty, raw: string) => party.names.find((name) => name.raw === raw);
  const queryName = matched(query, compared.queryName);
  const matchedName = matched(candidate, compared.matchedName);
  if (!(queryName && acronymsOnly(queryName)) && !(matchedName && acronymsOnly(matchedName))) {
    return false;
  }
  const words = (party: PreparedParty): PreparedParty => ({
    ...party,
    names: party.names.filter((name) => !acronymsOnly(name)),
  });
  const [queryWords, candidateWords] = [words(query), words(candidate)];
  if (queryWords.names.length === 0 || candidateWords.names.length === 0) {
    return false;
  }
  return scoreParties(queryWords, candidateWords).score < minScore;
}

/** A name whose comparable words are all acronyms ("QCI", "Q.C.I."). */
function acronymsOnly(name: PreparedName): boolean {
  const comparable = Array.from(name.kinds).filter(isComparable);
  return comparable.length > 0 && comparable.every((kind) => kind === Kind.Acronym);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A score as people read it: at most three decimals, no trailing zeros (0.05, 0.049, 1). */
export function fixed(value: number): string {
  return String(round(value));
}
