// A clause left out of a name comparison (the person a body honours, the parent body it is part of) read against the
// other party as a whole: what the clause states must not disagree with that party's other names or its country.
import type { MatchFeature } from './types';
import { comparableIndices, type NameComparison } from './matcher-shared';
import { Kind, spellsWords, type PreparedName } from './normalise';
import type { PreparedParty } from './party-score';
import { currentRegionCode, getReferenceData } from './reference-data';
import { romanisationKey } from './token-similarity';

/**
 * Highest score of a pair whose left-out clause disagrees with the other party: a candidate to show, not a
 * resolution or an alert (as for two names' deciding words).
 */
export const NAMED_PART_CAP = 0.65;

/**
 * Since rules 1.195.0, the feature that caps a comparison at NAMED_PART_CAP, or undefined when none does:
 * - the query's honouree clause ("ЗВТУ им. Н. Э. Тарвела", "… named after A. B. Tarvel") was left out and the rest of
 *   the query agrees with the candidate's name through an acronym alone, but none of the candidate's names writes the
 *   honouree's surname (its nominative read from the genitive by org_words.yml honouree_genitive_endings): several
 *   bodies share an acronym, and the honouree is what tells them apart;
 * - the parent body the query names and the comparison leaves out ("Institute of Tarvel Studies, Chinese Academy of
 *   Quarrow Sciences") holds a country word or demonym, a country the query states, and the candidate's countries are
 *   known and are not it. Only the query's parent (since rules 1.197.0; 1.195.0 read either side's): a candidate's
 *   name that writes another country than the one given ("…, Norland Government" against a query of another country)
 *   is the country conflict the resolver states as such ("writes another country … than the one given", rules
 *   1.185.0) and the matcher's country rules weigh.
 */
export function namedPartDisagreement(
  comparison: NameComparison,
  query: PreparedParty,
  candidate: PreparedParty,
): MatchFeature | undefined {
  return (
    honoureeUnwritten(comparison, candidate) ??
    parentCountryConflict(comparison, query, candidate) ??
    parentIsOwnAcronym(comparison, candidate)
  );
}

/**
 * Since rules 1.217.0 (probe7's C2): a candidate's name that is the query's body whole with one acronym joined after it
 * or written before it ("Quarrow Tide Centre-TML", "TML Quarrow University"), read as that body named with its parent
 * or place, names the candidate as a unit of the
 * body when the candidate writes the acronym as its own (alone, or in brackets after a name: "TML") and it is the
 * initials of another of its names ("Tarvel Marine Laboratory"), not of the words it is joined to: the candidate is the
 * unit, not the body the query names. An acronym in brackets after the name ("… Centre (QTC)") is the body's own and is
 * not read so. (Counted: 74 ROR and list names "<name>-<ACR>" whose record writes the acronym as its own; most are the
 * body's own acronym or brand, "… - AGROSAVIA", "… - INCA", which the initials test leaves alone.)
 */
function parentIsOwnAcronym(comparison: NameComparison, candidate: PreparedParty): MatchFeature | undefined {
  const parent = comparison.parentNamed;
  if (!parent || parent.side !== 'candidate' || parent.words.length !== 1) {
    return undefined;
  }
  const name = comparison.candidate;
  const index = parent.words[0];
  if (name.kinds[index] !== Kind.Acronym) {
    return undefined;
  }
  const acronym = name.tokens[index].text;
  const bracketed = (other: PreparedName) =>
    other.tokens.some(
      (token, at) =>
        token.text === acronym &&
        other.kinds[at] === Kind.Acronym &&
        new RegExp(`\\(\\s*${escapeRegExp(token.orig)}\\s*\\)`, 'iu').test(other.raw),
    );
  if (bracketed(name)) {
    return undefined;
  }
  // The acronym stands for another of the candidate's names ("National Standards and Calibration Laboratory" writes
  // "NSCL" in its initials), not for the words it is joined to ("Instituto Nacional de Câncer - INCA" is the institute's
  // own acronym), and the candidate writes it as its own (alone, or in brackets after a name).
  const spells = (other: PreparedName) =>
    spellsWords(
      acronym,
      other.tokens.filter((token, at) => token.text !== acronym && other.kinds[at] !== Kind.Acronym),
    );
  if (spells(name)) {
    return undefined;
  }
  const writesOwn = candidate.names.some((other) => {
    if (other.raw === name.raw) {
      return false;
    }
    const words = comparableIndices(other);
    return (
      (words.length === 1 && other.tokens[words[0]].text === acronym && other.kinds[words[0]] === Kind.Acronym) ||
      bracketed(other)
    );
  });
  const own = writesOwn ? candidate.names.find((other) => other.raw !== name.raw && spells(other)) : undefined;
  if (!own) {
    return undefined;
  }
  const written = name.tokens[index].orig.toUpperCase();
  return {
    name: 'deciding_words',
    value: -1,
    reason: `"${written}" joined after the name is the candidate's own acronym, the initials of its name "${own.raw}": "${name.raw}" names the candidate as a unit of the body the query names, not that body; score at most ${NAMED_PART_CAP}.`,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function honoureeUnwritten(comparison: NameComparison, candidate: PreparedParty): MatchFeature | undefined {
  const honouree = comparison.honouree;
  if (!honouree || honouree.side !== 'query') {
    return undefined;
  }
  const name = comparison.query;
  const surnames = honouree.words.filter((index) => name.kinds[index] === Kind.Name);
  if (surnames.length === 0) {
    // ("honoureeOpener": the surname itself aligned with the other name's.)
    return undefined;
  }
  const clause = new Set(honouree.words);
  const rest = comparison.pairs.flatMap((pair) => pair.query).filter((index) => !clause.has(index));
  const throughAcronymOnly =
    rest.some((index) => name.kinds[index] === Kind.Acronym) &&
    !rest.some((index) => name.kinds[index] === Kind.Name || name.kinds[index] === Kind.NamedBody);
  if (!throughAcronymOnly) {
    return undefined;
  }
  if (surnames.some((index) => candidate.names.some((other) => writesHonouree(other, name.tokens[index].text)))) {
    return undefined;
  }
  const written = honouree.words.map((index) => name.tokens[index].orig).join(' ');
  const acronyms = rest
    .filter((index) => name.kinds[index] === Kind.Acronym)
    .map((index) => name.tokens[index].orig)
    .join(' ');
  return {
    name: 'deciding_words',
    value: -1,
    reason: `"${written}" names the person the body honours, and the rest of the name is the acronym "${acronyms}" alone, which several bodies share: none of the candidate's names names that person, so it may be another body with that acronym; score at most ${NAMED_PART_CAP}.`,
  };
}

/** Whether a word of `other` is the honouree `genitive` (a surname's transliterated text) or its nominative. */
function writesHonouree(other: PreparedName, genitive: string): boolean {
  const forms = nominativeForms(genitive);
  const keys = new Set([...forms].map(romanisationKey));
  return other.tokens.some((token) => forms.has(token.text) || keys.has(romanisationKey(token.text)));
}

/** The surname as written and each nominative its genitive ending may stand for (at least two letters left). */
function nominativeForms(genitive: string): Set<string> {
  const forms = new Set([genitive]);
  for (const [ending, nominative] of getReferenceData().honoureeGenitiveEndings) {
    if (genitive.endsWith(ending) && genitive.length - ending.length >= 2) {
      forms.add(genitive.slice(0, genitive.length - ending.length) + nominative);
    }
  }
  return forms;
}

function parentCountryConflict(
  comparison: NameComparison,
  query: PreparedParty,
  candidate: PreparedParty,
): MatchFeature | undefined {
  const parent = comparison.parentNamed;
  if (!parent || parent.side !== 'query') {
    return undefined;
  }
  const name = comparison[parent.side];
  const others = (parent.side === 'query' ? candidate : query).countries.map(currentRegionCode);
  if (others.length === 0) {
    return undefined;
  }
  const { countryForms, namedBodyCountries } = getReferenceData();
  for (const index of parent.words) {
    // A country word or demonym in the parent's words, or (since rules 1.217.0) a named body of one country
    // (org_words.yml named_body_countries): "<named body> Tide Foundation" against another country's "Tide Foundation".
    const form =
      name.kinds[index] === Kind.NamedBody
        ? namedBodyCountries.get(name.tags[index])
        : countryForms.get(name.tokens[index].text);
    if (form === undefined || !/^[a-z]{2}$/.test(form)) {
      continue;
    }
    const stated = currentRegionCode(form);
    if (!others.includes(stated)) {
      const otherSide = parent.side === 'query' ? 'candidate' : 'query';
      const written = parent.words.map((word) => name.tokens[word].orig).join(' ');
      const states =
        name.kinds[index] !== Kind.NamedBody
          ? `, and "${name.tokens[index].orig}" in it states ${stated.toUpperCase()}`
          : parent.words.length === 1
            ? `, a body of ${stated.toUpperCase()}`
            : `, and "${name.tokens[index].orig}" in it is a body of ${stated.toUpperCase()}`;
      return {
        name: 'country',
        value: -1,
        reason: `"${written}" names the parent body${states}, but the ${otherSide} is linked to ${others.join(', ').toUpperCase()}: the parent named is not that body's; score at most ${NAMED_PART_CAP}.`,
      };
    }
  }
  return undefined;
}
