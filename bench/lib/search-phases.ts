/**
 * Where a search's time goes, measured from outside `src` (bench only): wraps the functions a
 * `CandidateIndex.search` calls (module exports and the index's own methods) with a high-resolution
 * clock and sums each one's time per query. Installed only for a profiling run (`--phases`): the
 * wrappers themselves cost some 0.1 µs a call, so latencies of that run are not the bench's figures.
 *
 * Phases (inclusive time of the wrapped calls; the rest of the query is "other"):
 * - prepare: the query's names (nameVariants, prepareName: transliteration, tokens, variants);
 * - gather: blocking (postings, typo and trigram neighbours, sound-alikes, credit ceilings),
 *   with its parts expand (a query word's indexed spellings), within it sounds (soundsAlike: same-sounding
 *   indexed words) and spellings (trigram and one-edit neighbours of an unknown word), and ceilings
 *   (creditCeilings) nested in it;
 * - entry: preparing blocked entries for scoring (prepareEntry: misses of the prepared-entry cache);
 * - compare: scoring blocked entries (scorePartiesAtLeast: party ceilings, name comparisons,
 *   explanations of those that reach the threshold);
 * - results: grouping and ordering the results (groupParties, with the entries' party facts).
 */
import * as candidateIndex from '../../src/matching/candidate-index';
import * as nameMatcher from '../../src/matching/name-matcher';
import * as normalise from '../../src/matching/normalise';
import * as sameParty from '../../src/matching/same-party';

export const PHASES = [
  'prepare',
  'gather',
  'expand',
  'sounds',
  'spellings',
  'ceilings',
  'entry',
  'compare',
  'results',
] as const;
export type Phase = (typeof PHASES)[number];
/** Phases nested in another (not added to the sum that leaves "other"). */
export const NESTED: ReadonlySet<Phase> = new Set<Phase>(['expand', 'sounds', 'spellings', 'ceilings']);

/** Per phase, nanoseconds spent since the last `reset`. */
export const spent: Record<Phase, number> = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<
  Phase,
  number
>;

export function resetPhases(): void {
  for (const phase of PHASES) {
    spent[phase] = 0;
  }
}

type AnyFunction = (...args: unknown[]) => unknown;

function timed(phase: Phase, inner: AnyFunction): AnyFunction {
  // Re-entrant calls (a phase calling itself) are counted once, by the outermost call.
  let depth = 0;
  return function (this: unknown, ...args: unknown[]) {
    if (depth > 0) {
      return inner.apply(this, args);
    }
    depth++;
    const started = process.hrtime.bigint();
    try {
      return inner.apply(this, args);
    } finally {
      spent[phase] += Number(process.hrtime.bigint() - started);
      depth--;
    }
  };
}

function wrap(target: object, key: string, phase: Phase): void {
  const holder = target as Record<string, AnyFunction>;
  const inner = holder[key];
  if (typeof inner !== 'function') {
    throw new Error(`search-phases: ${key} is not a function (renamed?)`);
  }
  holder[key] = timed(phase, inner);
}

/** Wraps the phases' functions; call after the index is built (preparing the indexed names is not timed). */
export function installPhases(): void {
  wrap(normalise, 'nameVariants', 'prepare');
  wrap(normalise, 'prepareName', 'prepare');
  const prototype = candidateIndex.CandidateIndex.prototype;
  wrap(prototype, 'blockNames', 'gather');
  wrap(prototype, 'expand', 'expand');
  wrap(prototype, 'soundsAlike', 'sounds');
  wrap(prototype, 'trigramNeighbours', 'spellings');
  wrap(prototype, 'oneEditAway', 'spellings');
  wrap(prototype, 'creditCeilings', 'ceilings');
  wrap(prototype, 'prepareEntry', 'entry');
  wrap(nameMatcher, 'scorePartiesAtLeast', 'compare');
  wrap(sameParty, 'groupParties', 'results');
}
