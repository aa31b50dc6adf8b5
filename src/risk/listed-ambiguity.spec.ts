import { describe, expect, it } from 'vitest';
import { listedAmbiguity, listedAmbiguityReason } from './listed-ambiguity';
import type { PartyResolution, ResolutionCandidate } from './models/risk.model';
import { nothingFound } from './partnership.service';
import { ResolutionStatus } from './risk.enums';
import { nameAnswer, shownCandidate } from './resolution-candidate.testing';

/** A candidate shown, typed a person (as before; the rows do not read the type). */
function candidate(entityId: string, name: string, score: number, lists: string[] = []): ResolutionCandidate {
  return shownCandidate(entityId, name, score, lists, 'Person');
}

const SDN = candidate('qx-sdn:1', 'QUARROW, Tidal Oswin', 1, ['qx-sdn']);
const UK = candidate('qx-uk:1', 'Tidal Oswin QUARROW', 1, ['qx-uk']);
const UK_NEAR = candidate('qx-uk:2', 'Tidal Osvin QUARROW', 0.96, ['qx-uk']);
const UK_OUTSIDE = candidate('qx-uk:3', 'Tidal QUARROWSKI', 0.94, ['qx-uk']);
const BODY = candidate('ror:0qx1', 'Quarrow Tidal Institute', 0.98);
const BODY_OUTSIDE = candidate('ror:0qx2', 'Quarrow Tidal Foundation', 0.9);
const LOW = candidate('qx-uk:4', 'Tidal QUARROW', 0.69, ['qx-uk']);

function answer(
  status: ResolutionStatus,
  candidates: ResolutionCandidate[],
  runnerUp: ResolutionCandidate | null = candidates[1] ?? null,
): PartyResolution {
  return nameAnswer('Tidal Oswin Quarrow', status, candidates, runnerUp);
}

const ids = (found: ResolutionCandidate[] | null) => found?.map((one) => one.entityId) ?? null;

describe('an AMBIGUOUS party whose every candidate within the margin is listed counts their listings (since rules 1.190.0)', () => {
  it.each<[string, PartyResolution, string[] | null]>([
    [
      'two lists name one person, both at 1.0: both entries',
      answer(ResolutionStatus.AMBIGUOUS, [SDN, UK]),
      ['qx-sdn:1', 'qx-uk:1'],
    ],
    [
      'a third entry within the margin (0.04 behind) is one of them; one outside it (0.06 behind) is not',
      answer(ResolutionStatus.AMBIGUOUS, [SDN, UK, UK_NEAR, UK_OUTSIDE]),
      ['qx-sdn:1', 'qx-uk:1', 'qx-uk:2'],
    ],
    ['a body on no list within the margin: nothing counted', answer(ResolutionStatus.AMBIGUOUS, [SDN, BODY, UK]), null],
    [
      'a body on no list outside the margin does not stop it',
      answer(ResolutionStatus.AMBIGUOUS, [SDN, UK, BODY_OUTSIDE]),
      ['qx-sdn:1', 'qx-uk:1'],
    ],
    [
      'the runner-up the ambiguity names is one of them even outside the margin (a sibling or twin ambiguity): on no list, nothing counted',
      answer(ResolutionStatus.AMBIGUOUS, [SDN, BODY_OUTSIDE], BODY_OUTSIDE),
      null,
    ],
    [
      'the runner-up the ambiguity names, listed, outside the margin: counted with the best',
      answer(ResolutionStatus.AMBIGUOUS, [SDN, UK_OUTSIDE], UK_OUTSIDE),
      ['qx-sdn:1', 'qx-uk:3'],
    ],
    [
      'a runner-up below the screening threshold (0.70): nothing counted',
      answer(ResolutionStatus.AMBIGUOUS, [SDN, LOW], LOW),
      null,
    ],
    [
      'every candidate shown (5) within the margin: one not shown might be on no list, nothing counted',
      answer(ResolutionStatus.AMBIGUOUS, [
        SDN,
        UK,
        UK_NEAR,
        { ...UK, entityId: 'qx-uk:5' },
        { ...UK, entityId: 'qx-uk:6' },
      ]),
      null,
    ],
    ['a NOT_FOUND answer is not an ambiguity', answer(ResolutionStatus.NOT_FOUND, [SDN, UK]), null],
    ['a RESOLVED answer is not an ambiguity', answer(ResolutionStatus.RESOLVED, [SDN, UK]), null],
  ])('%s', (_rule, resolution, expected) => {
    expect(ids(listedAmbiguity(resolution, 5))).toEqual(expected);
  });

  it.each<[string, ResolutionCandidate[], string]>([
    [
      'two entries: "both listed", the level and that relationships are not walked',
      [SDN, UK],
      'partner "Tidal Oswin Quarrow" is ambiguous between QUARROW, Tidal Oswin (qx-sdn; 1) and Tidal Oswin QUARROW (qx-uk; 1), both listed: counted at CRITICAL whichever it is; relationships not walked',
    ],
    [
      'three entries: "all listed"',
      [SDN, UK, UK_NEAR],
      'partner "Tidal Oswin Quarrow" is ambiguous between QUARROW, Tidal Oswin (qx-sdn; 1), Tidal Oswin QUARROW (qx-uk; 1) and Tidal Osvin QUARROW (qx-uk; 0.96), all listed: counted at CRITICAL whichever it is; relationships not walked',
    ],
  ])('says %s', (_rule, between, expected) => {
    expect(listedAmbiguityReason('partner', '"Tidal Oswin Quarrow"', between, 'CRITICAL')).toBe(expected);
  });
});

describe('"Nothing found" names the parties not assessed (since rules 1.190.0)', () => {
  it.each<[string, number, Array<{ role: string; query: string }>, string]>([
    ['every party assessed: as before', 2, [], 'Nothing found for the parties assessed.'],
    [
      'one party not assessed: named, not counted',
      1,
      [{ role: 'PERSON', query: 'Tidal Oswin Quarrow' }],
      'Nothing found for the party assessed; person "Tidal Oswin Quarrow", not assessed (above), is not counted.',
    ],
    [
      'two parties not assessed',
      1,
      [
        { role: 'FUNDER', query: 'Quarrow Tidal Foundation' },
        { role: 'PERSON', query: 'Tidal Oswin Quarrow' },
      ],
      'Nothing found for the party assessed; funder "Quarrow Tidal Foundation", person "Tidal Oswin Quarrow", not assessed (above), are not counted.',
    ],
  ])('%s', (_rule, assessed, notAssessed, expected) => {
    expect(nothingFound(assessed, notAssessed)).toBe(expected);
  });
});
