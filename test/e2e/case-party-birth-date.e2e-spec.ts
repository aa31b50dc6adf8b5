import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootWithFtmLines } from '../helpers/app-with-lists';
import { graphqlData, type TestApp } from '../helpers/test-app';
import { ftmPersonLine } from '../helpers/test-lists';

const READER_KEY = 'case-birth-date-reader-key-0001';
const SCREENER_KEY = 'case-birth-date-screener-key-01';

const PARTY_FIELDS = 'id role name dateOfBirth resolution { status entity { id } }';
const CASE_FIELDS = `id riskLevel parties { ${PARTY_FIELDS} } findings { kind matchedEntity { id } }`;

/** The made-up listed person: his one list entry gives a date of birth and a nationality. */
const LISTED = { name: 'Orvel Tassimund Quarrane', born: '1958-07-03', nationality: 'is' };
/** A namesake: the same name, born on another day (made up too). */
const NAMESAKE_BORN = '1991-11-20';

/**
 * Since rules 1.200.0: a case's partner and funders take dates of birth as its people do, stored on the party (the
 * write in the audit trail with who made it), resolved through the one path every party takes
 * (`PartnershipService.resolveParty`: a name no organisation answers is read as a person too, with the dates), shown in
 * the case and its report, and read again when the case is run. A namesake of a listed person whose date conflicts
 * with the listing's is not resolved to him; the listed person's own date resolves him.
 */
describe('a date of birth on a case party (GraphQL and the report)', () => {
  let sut: TestApp;
  const reader = { 'x-api-key': READER_KEY };
  const screener = { 'x-api-key': SCREENER_KEY };
  const listId = `test-case-birth-date-${randomUUID().slice(0, 8)}`;
  const listed = `${listId}:oqt-1`;

  const call = (query: string, variables: Record<string, unknown>, headers = screener): Promise<any> =>
    graphqlData(sut, query, variables, headers);

  const createCase = async (input: Record<string, unknown>): Promise<any> =>
    (await call(`mutation Create($input: CaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`, { input }))
      .createCase;

  const runCase = async (id: string): Promise<any> =>
    (await call(`mutation Run($id: ID!) { runCase(id: $id) { ${CASE_FIELDS} } }`, { id })).runCase;

  const addParty = async (caseId: string, input: Record<string, unknown>): Promise<any> =>
    (
      await call(
        `mutation A($caseId: ID!, $input: AddCasePartyInput!) { addCaseParty(caseId: $caseId, input: $input) { ${CASE_FIELDS} } }`,
        { caseId, input },
      )
    ).addCaseParty;

  const updateParty = async (partyId: string, input: Record<string, unknown>): Promise<any> =>
    (
      await call(
        `mutation U($partyId: ID!, $input: UpdateCasePartyInput!) { updateCaseParty(partyId: $partyId, input: $input) { ${PARTY_FIELDS} } }`,
        { partyId, input },
      )
    ).updateCaseParty;

  const auditEvents = async (caseId: string): Promise<any[]> =>
    (
      await call(
        `query Audit($caseId: ID!) { auditLog(caseId: $caseId) { verified events { seq user action detail } } }`,
        { caseId },
        reader,
      )
    ).auditLog.events;

  const listMatches = (found: any): any[] =>
    found.findings.filter((finding: any) => finding.matchedEntity?.id === listed);

  beforeAll(async () => {
    sut = await bootWithFtmLines(
      {
        API_KEYS: `${READER_KEY}:reader,${SCREENER_KEY}:screener`,
        SCREENING_POLL_INTERVAL_MS: '0',
      },
      listId,
      [ftmPersonLine('oqt-1', { name: [LISTED.name], birthDate: [LISTED.born], nationality: [LISTED.nationality] })],
      'case birth date tests: list imported',
    );
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
  });

  it.each([
    { dates: [NAMESAKE_BORN], why: 'a full date that conflicts with the listing' },
    { dates: ['1991'], why: 'a year that conflicts' },
  ])(
    'does not resolve a partner given with $why to the listed namesake, on creation nor when the case is run',
    async ({ dates }) => {
      const created = await createCase({
        title: 'Visiting fellowship',
        partner: { name: LISTED.name, dateOfBirth: dates },
      });

      expect(created.parties[0]).toMatchObject({ role: 'PARTNER', name: LISTED.name, dateOfBirth: dates });
      expect(created.parties[0].resolution.status).not.toBe('RESOLVED');
      expect(created.parties[0].resolution.entity).toBeNull();
      const run = await runCase(created.id);
      expect(run.parties[0].resolution.status).not.toBe('RESOLVED');
      expect(run.riskLevel).not.toBe('CRITICAL');
      expect(listMatches(run)).toEqual([]);
    },
  );

  it('resolves a partner given with the listed person’s own date to him, and the run counts his listing', async () => {
    const created = await createCase({
      title: 'Visiting fellowship (listed)',
      partner: { name: LISTED.name, dateOfBirth: [LISTED.born] },
    });

    expect(created.parties[0].resolution).toEqual({ status: 'RESOLVED', entity: { id: listed } });
    const run = await runCase(created.id);
    expect(run.parties[0].resolution).toEqual({ status: 'RESOLVED', entity: { id: listed } });
    expect(run.riskLevel).toBe('CRITICAL');
  });

  it('keeps a funder, at creation or added later, with a conflicting date apart from the listed namesake, and resolves one with his date', async () => {
    const created = await createCase({
      title: 'Funded studentship',
      partner: { name: 'Example Partner University' },
      funders: [{ name: LISTED.name, dateOfBirth: [NAMESAKE_BORN] }],
    });
    const added = await addParty(created.id, { role: 'FUNDER', name: LISTED.name, dateOfBirth: ['1958'] });

    expect(created.parties[1]).toMatchObject({ role: 'FUNDER', dateOfBirth: [NAMESAKE_BORN] });
    expect(created.parties[1].resolution.status).not.toBe('RESOLVED');
    expect(added.parties[2]).toMatchObject({ role: 'FUNDER', dateOfBirth: ['1958'] });
    expect(added.parties[2].resolution).toEqual({ status: 'RESOLVED', entity: { id: listed } });
  });

  it('corrects the partner’s dates with updateCaseParty: resolved again from them, the change in the audit trail with who made it', async () => {
    const created = await createCase({
      title: 'Dates corrected',
      partner: { name: LISTED.name, dateOfBirth: [LISTED.born] },
    });
    const partner = created.parties[0];
    expect(partner.resolution.status).toBe('RESOLVED');

    const updated = await updateParty(partner.id, { dateOfBirth: [NAMESAKE_BORN] });

    expect(updated).toMatchObject({ id: partner.id, dateOfBirth: [NAMESAKE_BORN] });
    expect(updated.resolution.status).not.toBe('RESOLVED');
    const run = await runCase(created.id);
    expect(run.parties[0].resolution.status).not.toBe('RESOLVED');
    expect(listMatches(run)).toEqual([]);
    const events = await auditEvents(created.id);
    const createdEvent = events.find((event) => event.action === 'CASE_CREATED');
    expect(JSON.parse(createdEvent.detail).parties[0]).toMatchObject({ role: 'PARTNER', dateOfBirth: [LISTED.born] });
    const updatedEvent = events.find((event) => event.action === 'PARTY_UPDATED');
    expect(updatedEvent.user).toBe('key-2');
    expect(JSON.parse(updatedEvent.detail)).toMatchObject({
      partyId: partner.id,
      from: { dateOfBirth: [LISTED.born] },
      to: { dateOfBirth: [NAMESAKE_BORN] },
    });
  });

  it('shows the dates a party was given in the case’s report', async () => {
    const created = await createCase({
      title: 'Report dates',
      partner: { name: LISTED.name, dateOfBirth: [NAMESAKE_BORN] },
    });
    await runCase(created.id);

    const response = await fetch(`${sut.url}/api/cases/${created.id}/report.html`, { headers: reader });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`<div class="muted">Born ${NAMESAKE_BORN}</div>`);
  });

  it.each([
    { input: { partner: { name: 'x', dateOfBirth: ['58'] } }, field: 'input.partner.dateOfBirth[0]' },
    { input: { partner: { name: 'x', dateOfBirth: ['1958-13'] } }, field: 'input.partner.dateOfBirth[0]' },
    {
      input: { partner: { name: 'x' }, funders: [{ name: 'y', dateOfBirth: ['1958-02-32'] }] },
      field: 'input.funders[0].dateOfBirth[0]',
    },
    {
      input: { partner: { name: 'x' }, people: [{ name: 'y', dateOfBirth: ['1958-00'] }] },
      field: 'input.people[0].dateOfBirth[0]',
    },
    {
      input: { partner: { name: 'x', dateOfBirth: Array.from({ length: 11 }, () => '1958') } },
      field: 'input.partner.dateOfBirth',
    },
  ])('refuses a date of birth that is not one, naming $field', async ({ input, field }) => {
    const answer = await sut.graphql(
      `mutation Create($input: CaseInput!) { createCase(input: $input) { id } }`,
      { input: { title: 'Bad date', ...input } },
      screener,
    );

    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
