import { describe, expect, it } from 'vitest';
import { eitherSchemaResolution, personPartyReason } from './either-schema';
import type { PartyResolution, ResolutionCandidate } from './models/risk.model';
import { ResolutionStatus } from './risk.enums';
import { shownCandidate } from './resolution-candidate.testing';

/** A candidate shown: made-up names, ids and lists. */
function candidate(
  entityId: string,
  name: string,
  type: string,
  score: number,
  lists: string[] = [],
): ResolutionCandidate {
  return shownCandidate(entityId, name, score, lists, type);
}

const QUERY = 'Oswin Tarrow Vesk';
const LISTED_PERSON = candidate('qx-sdn:101', 'VESK, Oswin Tarrow', 'Person', 1, ['qx-sdn', 'qx-un']);
const OTHER_PERSON = candidate('qx-un:202', 'VESK, Oswin Tarrov', 'Person', 0.97, ['qx-un']);
const FAR_PERSON = candidate('qx-un:303', 'VESKOV, Osip', 'Person', 0.62, ['qx-un']);
const BODY = candidate('ror:0qx1', 'Tarrow Vesk Maritime Institute', 'Organisation', 0.71);
const OTHER_BODY = candidate('ror:0qx2', 'Vesk Tarrow Institute', 'Organisation', 0.88);

function resolution(
  status: ResolutionStatus,
  explanation: string,
  candidates: ResolutionCandidate[],
  runnerUp: ResolutionCandidate | null = null,
): PartyResolution {
  const resolved = status === ResolutionStatus.RESOLVED;
  return {
    status,
    method: 'name',
    query: QUERY,
    country: null,
    entityId: resolved ? candidates[0].entityId : null,
    entity: null,
    score: candidates[0]?.score ?? null,
    matchedName: candidates[0]?.matchedName ?? null,
    threshold: 0.85,
    margin: 0.05,
    runnerUp,
    candidates,
    explanation,
  };
}

const NO_BODY = resolution(
  ResolutionStatus.NOT_FOUND,
  `No organisation in the graph or lists matched "${QUERY}" well enough: below the threshold (the best is ${BODY.name} (${BODY.entityId}, 0.710); …).`,
  [BODY],
);
const NO_BODY_AT_ALL = resolution(
  ResolutionStatus.NOT_FOUND,
  `No organisation in the graph or lists matched "${QUERY}".`,
  [],
);
const BODY_RESOLVED = resolution(ResolutionStatus.RESOLVED, `"${QUERY}" resolved to ${OTHER_BODY.name} …`, [
  OTHER_BODY,
]);
const BODIES_AMBIGUOUS = resolution(
  ResolutionStatus.AMBIGUOUS,
  `"${QUERY}" is ambiguous between two bodies; not resolved.`,
  [OTHER_BODY, BODY],
  BODY,
);
const PERSON_RESOLVED = resolution(
  ResolutionStatus.RESOLVED,
  `"${QUERY}" resolved to ${LISTED_PERSON.name} (${LISTED_PERSON.entityId}, 1.000) through the name "${LISTED_PERSON.name}": the best by 0.05 or more.`,
  [LISTED_PERSON, FAR_PERSON],
);
const PERSONS_AMBIGUOUS = resolution(
  ResolutionStatus.AMBIGUOUS,
  `"${QUERY}" is ambiguous between ${LISTED_PERSON.name} and ${OTHER_PERSON.name}; not resolved.`,
  [LISTED_PERSON, OTHER_PERSON],
  OTHER_PERSON,
);
const NO_PERSON = resolution(
  ResolutionStatus.NOT_FOUND,
  `No person in the graph or lists matched "${QUERY}" well enough: below the threshold.`,
  [FAR_PERSON],
);

interface Row {
  rule: string;
  organisation: PartyResolution;
  person: PartyResolution | null;
  status: ResolutionStatus;
  entityId: string | null;
  candidates: string[];
  /** Text the explanation holds, in this order. */
  says: string[];
}

const ROWS: Row[] = [
  {
    rule: 'a listed person no organisation answers is the person resolved, his resolution first',
    organisation: NO_BODY,
    person: PERSON_RESOLVED,
    status: ResolutionStatus.RESOLVED,
    entityId: LISTED_PERSON.entityId,
    candidates: [LISTED_PERSON.entityId, FAR_PERSON.entityId],
    says: [
      `"${QUERY}" resolved to ${LISTED_PERSON.name}`,
      'Read as an organisation first, the name was not resolved: No organisation',
    ],
  },
  {
    rule: 'a listed person with no organisation candidate at all is the person resolved',
    organisation: NO_BODY_AT_ALL,
    person: PERSON_RESOLVED,
    status: ResolutionStatus.RESOLVED,
    entityId: LISTED_PERSON.entityId,
    candidates: [LISTED_PERSON.entityId, FAR_PERSON.entityId],
    says: [`resolved to ${LISTED_PERSON.name}`, `No organisation in the graph or lists matched "${QUERY}".`],
  },
  {
    rule: 'two persons within the margin and no organisation: ambiguous between the persons, with them shown',
    organisation: NO_BODY,
    person: PERSONS_AMBIGUOUS,
    status: ResolutionStatus.AMBIGUOUS,
    entityId: null,
    candidates: [LISTED_PERSON.entityId, OTHER_PERSON.entityId],
    says: [`is ambiguous between ${LISTED_PERSON.name} and ${OTHER_PERSON.name}`, 'Read as an organisation first'],
  },
  {
    rule: 'neither reading finds the name: not found, both sentences, the closest candidates of both readings',
    organisation: NO_BODY,
    person: NO_PERSON,
    status: ResolutionStatus.NOT_FOUND,
    entityId: null,
    candidates: [BODY.entityId, FAR_PERSON.entityId],
    says: ['No organisation in the graph or lists matched', 'No person in the graph or lists matched'],
  },
  {
    rule: 'an organisation resolved is the answer as before (the person reading is not asked)',
    organisation: BODY_RESOLVED,
    person: null,
    status: ResolutionStatus.RESOLVED,
    entityId: OTHER_BODY.entityId,
    candidates: [OTHER_BODY.entityId],
    says: [`resolved to ${OTHER_BODY.name}`],
  },
  {
    rule: 'an organisation resolved stays the answer even when a person would resolve too',
    organisation: BODY_RESOLVED,
    person: PERSON_RESOLVED,
    status: ResolutionStatus.RESOLVED,
    entityId: OTHER_BODY.entityId,
    candidates: [OTHER_BODY.entityId],
    says: [`resolved to ${OTHER_BODY.name}`],
  },
  {
    rule: 'two bodies within the margin stay ambiguous: a person does not break a tie between bodies',
    organisation: BODIES_AMBIGUOUS,
    person: PERSON_RESOLVED,
    status: ResolutionStatus.AMBIGUOUS,
    entityId: null,
    candidates: [OTHER_BODY.entityId, BODY.entityId],
    says: ['is ambiguous between two bodies'],
  },
  {
    rule: 'no person reading asked (a possible listed match of the organisation reading): the organisation answer',
    organisation: NO_BODY,
    person: null,
    status: ResolutionStatus.NOT_FOUND,
    entityId: null,
    candidates: [BODY.entityId],
    says: ['No organisation in the graph or lists matched'],
  },
];

describe(eitherSchemaResolution.name, () => {
  it.each(ROWS)('$rule', (row) => {
    const sut = eitherSchemaResolution(row.organisation, row.person, 5);

    expect(sut.status).toBe(row.status);
    expect(sut.entityId).toBe(row.entityId);
    expect(sut.candidates.map((shown) => shown.entityId)).toEqual(row.candidates);
    let from = 0;
    for (const text of row.says) {
      const at = sut.explanation.indexOf(text, from);
      expect(at, `"${text}" in "${sut.explanation}"`).toBeGreaterThanOrEqual(from);
      from = at + text.length;
    }
  });

  it('never answers a listed person with "No organisation … matched" as the whole sentence', () => {
    const sut = eitherSchemaResolution(NO_BODY_AT_ALL, PERSON_RESOLVED, 5);

    expect(sut.explanation.startsWith('No organisation')).toBe(false);
    expect(sut.candidates[0].lists).toEqual(['qx-sdn', 'qx-un']);
  });
});

/** Since rules 1.158.0: what assessPartnership's reasons say of a partner or funder that resolved to a person. */
const PERSON_PARTY_ROWS: Array<{
  rule: string;
  role: 'Partner' | 'Funder';
  resolution: PartyResolution;
  reason: string | null;
}> = [
  {
    rule: 'a listed person given as the partner: the person, the lists and the score, never "not found"',
    role: 'Partner',
    resolution: eitherSchemaResolution(NO_BODY, PERSON_RESOLVED, 5),
    reason: `Partner "${QUERY}" is a person, not an organisation: no organisation in the graph or lists matched the name, and it resolved to the person ${LISTED_PERSON.name} (${LISTED_PERSON.entityId}, on qx-sdn, qx-un; 1), assessed as such.`,
  },
  {
    rule: 'a listed person given as a funder: the same sentence with its role',
    role: 'Funder',
    resolution: eitherSchemaResolution(NO_BODY_AT_ALL, PERSON_RESOLVED, 5),
    reason: `Funder "${QUERY}" is a person, not an organisation: no organisation in the graph or lists matched the name, and it resolved to the person ${LISTED_PERSON.name} (${LISTED_PERSON.entityId}, on qx-sdn, qx-un; 1), assessed as such.`,
  },
  {
    rule: 'a person of the graph on no list: said to be on no list',
    role: 'Partner',
    resolution: eitherSchemaResolution(
      NO_BODY,
      resolution(ResolutionStatus.RESOLVED, `"${QUERY}" resolved to VESK, Oswin.`, [
        candidate('seed:vesk', 'Oswin Tarrow Vesk', 'Person', 0.95),
      ]),
      5,
    ),
    reason: `Partner "${QUERY}" is a person, not an organisation: no organisation in the graph or lists matched the name, and it resolved to the person Oswin Tarrow Vesk (seed:vesk, on no list; 0.95), assessed as such.`,
  },
  { rule: 'an organisation resolved: nothing to say', role: 'Partner', resolution: BODY_RESOLVED, reason: null },
  {
    rule: 'two persons within the margin: not resolved, nothing to say here (the unassessed reason names both)',
    role: 'Partner',
    resolution: eitherSchemaResolution(NO_BODY, PERSONS_AMBIGUOUS, 5),
    reason: null,
  },
  {
    rule: 'neither reading finds the name: nothing to say here (the unassessed reason says not found)',
    role: 'Funder',
    resolution: eitherSchemaResolution(NO_BODY, NO_PERSON, 5),
    reason: null,
  },
];

describe(personPartyReason.name, () => {
  it.each(PERSON_PARTY_ROWS)('$rule', (row) => {
    expect(personPartyReason(row.role, row.resolution)).toBe(row.reason);
  });
});
