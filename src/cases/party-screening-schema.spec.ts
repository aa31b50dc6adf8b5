import { describe, expect, it } from 'vitest';
import { ResolutionStatus } from '../risk/risk.enums';
import { partyScreeningSchema } from './case-findings';

const body = { id: 'graph:body-1', name: 'Example Body', kind: 'University' };
const person = { id: 'list:person-1', name: 'Example Person', kind: 'Person' };
const resolved = (entity: typeof body) => ({ status: ResolutionStatus.RESOLVED, entity, candidates: [] });
const ambiguous = (entity: typeof body) => ({
  status: ResolutionStatus.AMBIGUOUS,
  entity: null,
  candidates: [
    { score: 0.9, entity },
    { score: 0.88, entity: { ...entity, id: `${entity.id}-other` } },
  ],
});
const notFound = { status: ResolutionStatus.NOT_FOUND, entity: null, candidates: [{ score: 0.4, entity: person }] };

describe(partyScreeningSchema.name, () => {
  it.each([
    { role: 'PERSON', resolution: null, schema: 'Person', reason: 'a person is screened as a person, resolved or not' },
    { role: 'PERSON', resolution: resolved(body), schema: 'Person', reason: 'whatever the resolution says' },
    { role: 'PARTNER', resolution: resolved(body), schema: 'Organization', reason: 'a partner resolved to a body' },
    { role: 'FUNDER', resolution: resolved(person), schema: 'Person', reason: 'a funder resolved to a person' },
    { role: 'PARTNER', resolution: resolved(person), schema: 'Person', reason: 'a partner resolved to a person' },
    { role: 'FUNDER', resolution: ambiguous(person), schema: 'Person', reason: 'a funder ambiguous between persons' },
    {
      role: 'FUNDER',
      resolution: ambiguous(body),
      schema: 'Organization',
      reason: 'a funder ambiguous between bodies',
    },
    {
      role: 'FUNDER',
      resolution: notFound,
      schema: 'Organization',
      reason: 'a funder neither reading resolved: read as a body first, as assessPartnership reads it',
    },
    { role: 'PARTNER', resolution: null, schema: 'Organization', reason: 'a partner before its first resolution' },
  ])('screens a $role as $schema: $reason', ({ role, resolution, schema }) => {
    expect(partyScreeningSchema(role, resolution)).toBe(schema);
  });
});
