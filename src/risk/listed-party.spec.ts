import { describe, expect, it } from 'vitest';
import { listedBodies, listedParty, listedPartyReason } from './listed-ambiguity';
import type { PartyResolution, ResolutionCandidate } from './models/risk.model';
import { unassessedReason } from './partnership.service';
import { ResolutionStatus } from './risk.enums';
import { shownCandidate, shownResolution } from './scored-candidate.testing';

// ulvl (rules 1.221.0): a party not resolved whose every candidate at the screening threshold (0.70) or more is one
// listed party, as `screen` folds entries into one party, counts that party's listings; a body's level is its highest
// entry's; every sentence of a party not assessed names a listed candidate's lists. Made-up names, ids and lists.

/** A candidate shown (an organisation unless `type` says otherwise): made-up names, ids and lists. */
const candidate = (
  entityId: string,
  name: string,
  score: number,
  lists: string[] = [],
  type = 'Organisation',
): ResolutionCandidate => shownCandidate(entityId, name, type, score, lists);

const UK = candidate('qx-uk:1', 'QUARROW SHIPPING CO', 0.95, ['qx-uk']);
const UN = candidate('qx-un:1', 'QUARROW SHIPPING CO', 0.95, ['qx-un']);
const SDN = candidate('qx-sdn:1', 'QUARROW SHIPPING CO', 0.95, ['qx-sdn']);
const UK_BELOW = candidate('qx-uk:1', 'QUARROW SHIPPING CO', 0.789, ['qx-uk']);
const OTHER_LISTED = candidate('qx-uk:2', 'QUARROW SHIPPING TRADING CO', 0.75, ['qx-uk']);
const BODY = candidate('ror:0qx1', 'Quarrow Shipping Institute', 0.72);
const BODY_BELOW = candidate('ror:0qx2', 'Quarrow Tidal Foundation', 0.65);
const LISTED_BELOW = candidate('qx-sdn:2', 'QUARROW TIDAL TRADING', 0.69, ['qx-sdn']);
const PERSON = candidate('qx-uk:3', 'QUARROW, Tidal', 0.9, ['qx-uk'], 'Person');

/** The screen folds UK, UN and SDN into one party; the other entries stand alone. */
const FOLDED = new Map<string, string[]>([
  ['qx-uk:1', ['qx-uk:1', 'qx-un:1', 'qx-sdn:1']],
  ['qx-un:1', ['qx-uk:1', 'qx-un:1', 'qx-sdn:1']],
  ['qx-sdn:1', ['qx-uk:1', 'qx-un:1', 'qx-sdn:1']],
]);
const UNFOLDED = new Map<string, string[]>();

function answer(
  status: ResolutionStatus,
  candidates: ResolutionCandidate[],
  runnerUp: ResolutionCandidate | null = null,
): PartyResolution {
  return shownResolution({
    status,
    query: 'Quarrow Shipping',
    candidates,
    runnerUp,
    explanation: 'made up',
    entityId: null,
  });
}

const ids = (found: ResolutionCandidate[] | null) => found?.map((one) => one.entityId) ?? null;

describe('a NOT_FOUND organisation whose every candidate at 0.70 or more is one listed party counts it (since rules 1.221.0)', () => {
  it.each<[string, PartyResolution, Map<string, string[]>, string[] | null]>([
    [
      'three entries the screen folds into one party, refused at 0.95 (another country, say): all three',
      answer(ResolutionStatus.NOT_FOUND, [UK, UN, SDN]),
      FOLDED,
      ['qx-uk:1', 'qx-un:1', 'qx-sdn:1'],
    ],
    [
      'one entry alone at 0.70 or more: itself',
      answer(ResolutionStatus.NOT_FOUND, [UK, BODY_BELOW]),
      UNFOLDED,
      ['qx-uk:1'],
    ],
    [
      'candidates below 0.70 (a body on no list, an entry of another party) do not stop it',
      answer(ResolutionStatus.NOT_FOUND, [UK, UN, BODY_BELOW, LISTED_BELOW]),
      FOLDED,
      ['qx-uk:1', 'qx-un:1'],
    ],
    [
      'a body on no list at 0.70 or more: nothing counted (the name may be that body)',
      answer(ResolutionStatus.NOT_FOUND, [UK, UN, BODY]),
      FOLDED,
      null,
    ],
    [
      'an entry of another listed party at 0.70 or more: nothing counted',
      answer(ResolutionStatus.NOT_FOUND, [UK, OTHER_LISTED]),
      FOLDED,
      null,
    ],
    [
      'entries named alike that the screen does not fold: not one party, nothing counted',
      answer(ResolutionStatus.NOT_FOUND, [UK, UN, SDN]),
      UNFOLDED,
      null,
    ],
    [
      "a person's entry: left to a date of birth or identifier (rules 1.202.0), nothing counted",
      answer(ResolutionStatus.NOT_FOUND, [PERSON]),
      UNFOLDED,
      null,
    ],
    [
      'no candidate at 0.70 or more: nothing counted',
      answer(ResolutionStatus.NOT_FOUND, [LISTED_BELOW]),
      UNFOLDED,
      null,
    ],
    [
      'every candidate shown (5) at 0.70 or more: one not shown might be a body on no list, nothing counted',
      answer(ResolutionStatus.NOT_FOUND, [UK, UN, SDN, { ...UK, entityId: 'qx-uk:4' }, { ...UK, entityId: 'qx-uk:5' }]),
      new Map([['qx-uk:1', ['qx-uk:1', 'qx-un:1', 'qx-sdn:1', 'qx-uk:4', 'qx-uk:5']]]),
      null,
    ],
    [
      'the best below the resolution threshold (0.85): the names alone support no level, nothing counted',
      answer(ResolutionStatus.NOT_FOUND, [UK_BELOW, BODY_BELOW]),
      UNFOLDED,
      null,
    ],
    [
      'an AMBIGUOUS answer is the ambiguity rule’s (1.190.0), not this one',
      answer(ResolutionStatus.AMBIGUOUS, [UK, UN, SDN], UN),
      FOLDED,
      null,
    ],
    ['a RESOLVED answer is walked, not this', answer(ResolutionStatus.RESOLVED, [UK, UN, SDN]), FOLDED, null],
  ])('%s', (_rule, resolution, parties, expected) => {
    expect(ids(listedParty(resolution, 5, parties))).toEqual(expected);
  });
});

describe('the bodies an unresolved answer’s entries are, as the screen folds them (since rules 1.221.0)', () => {
  it.each<[string, ResolutionCandidate[], Map<string, string[]>, string[][]]>([
    [
      'entries of one party are one body, with the party’s entries not shown (counted for its level)',
      [UK, UN],
      FOLDED,
      [['qx-uk:1', 'qx-un:1', 'qx-sdn:1']],
    ],
    [
      'an entry the screen did not fold is a body of its own',
      [UK, OTHER_LISTED],
      FOLDED,
      [['qx-uk:1', 'qx-un:1', 'qx-sdn:1'], ['qx-uk:2']],
    ],
    ['nothing folded: one body an entry', [UK, UN], UNFOLDED, [['qx-uk:1'], ['qx-un:1']]],
  ])('%s', (_rule, entries, parties, expected) => {
    expect(listedBodies(entries, parties)).toEqual(expected);
  });
});

describe('a party not assessed names a listed candidate with its lists (since rules 1.221.0)', () => {
  it.each<[string, PartyResolution, string]>([
    [
      'the closest candidate listed, below the resolution threshold: "not resolved" (the screen alerts on it), its lists',
      answer(ResolutionStatus.NOT_FOUND, [UK_BELOW, BODY_BELOW]),
      'partner "Quarrow Shipping" not resolved: not assessed (closest candidate: QUARROW SHIPPING CO (qx-uk), 0.789, below the 0.85 a resolution needs)',
    ],
    [
      'a body on no list closest, a listed candidate at 0.70 or more after it: named too',
      answer(ResolutionStatus.NOT_FOUND, [{ ...BODY, score: 0.8 }, UK_BELOW]),
      'partner "Quarrow Shipping" not resolved: not assessed (closest candidate: Quarrow Shipping Institute, 0.8, below the 0.85 a resolution needs); also a listed candidate: QUARROW SHIPPING CO (qx-uk; 0.789)',
    ],
    [
      'nothing listed at 0.70 or more: as before',
      answer(ResolutionStatus.NOT_FOUND, [BODY_BELOW, LISTED_BELOW]),
      'partner "Quarrow Shipping" not found in the graph or lists: not assessed (closest candidate: Quarrow Tidal Foundation, 0.65, below the 0.85 a resolution needs)',
    ],
    [
      'ambiguous between a listed body and one on no list: the lists named, the listed candidate after them added',
      answer(
        ResolutionStatus.AMBIGUOUS,
        [
          { ...UK, score: 1 },
          { ...BODY, score: 1 },
          { ...OTHER_LISTED, score: 0.9 },
        ],
        { ...BODY, score: 1 },
      ),
      'partner "Quarrow Shipping" is ambiguous between QUARROW SHIPPING CO (qx-uk; 1) and Quarrow Shipping Institute (1): not assessed; also a listed candidate: QUARROW SHIPPING TRADING CO (qx-uk; 0.9)',
    ],
  ])('%s', (_rule, resolution, expected) => {
    expect(unassessedReason('PARTNER', resolution)).toBe(expected);
  });

  it('one listed party counted: the entries with their lists, the level and that nothing is walked', () => {
    expect(
      listedPartyReason('partner', '"Quarrow Shipping"', [UK, { ...UN, lists: ['qx-un', 'qx-sdn'] }], 'CRITICAL'),
    ).toBe(
      'partner "Quarrow Shipping" not resolved: every candidate at 0.7 or more is one listed party, QUARROW SHIPPING CO (qx-uk; 0.95) and QUARROW SHIPPING CO (qx-un, qx-sdn; 0.95): counted at CRITICAL, its highest listing\'s level; relationships not walked',
    );
  });
});
