import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { browserForSuite, screenshot } from '../helpers/browser';
import { runCypher } from '../helpers/cypher';
import { removeLists } from '../helpers/remove-lists';
import { bootTestApp, graphqlData, prepareDatabase, type TestApp } from '../helpers/test-app';
import { ftmPersonLine, importFtmLines, rebuildScreeningIndex } from '../helpers/test-lists';

// The web app shows what the API has said since rules 1.200.0–1.202.0, in a real browser (the system Chromium)
// against the real server on the test Neo4j: a case's partner and funders take dates of birth (1.200.0, dob2), a
// namesake of another country's path is shown and not counted on the screen (1.201.0, ns3), and a party left
// unresolved because its name is only common names is "not assessed", with its closest candidate (1.202.0, comres1).
// Every name here is made up, or (the common name) made of the name-frequency tables' own words.

const suffix = randomUUID().slice(0, 8);

/** Two bodies of the graph on no list, of one made-up name: one in IS with a risk path of two hops, one in NZ. */
const NAMESAKE = 'Ardenwick Holloran University';
const ICELAND = `test-web-namesake-is-${suffix}`;
const ZEALAND = `test-web-namesake-nz-${suffix}`;
const OFFICE = `test-web-namesake-office-${suffix}`;
const STATE = `test-web-namesake-state-${suffix}`;

/** A made-up listed person whose list records an alias made only of common names (name_frequency.yml's). */
const LISTED = { name: 'Tessivane Drummelow Quennivar', alias: 'Jimenez Luis', born: '1963-05-21', nationality: 'es' };
const COMMON_NAME = 'Luis Jimenez';

/** Made up: no body or person of these names is in the graph or on a list. */
const PARTNER = 'Brisquel Ostmarra';
const FUNDER = 'Corvath Pellinore';
const ADDED_PERSON = 'Quennivar Ostmarra';

/** The party's list item on the case page (its heading holds its role, name, country and dates). */
const partyItem = (page: Page, name: string) => page.locator('li.party').filter({ hasText: name }).first();

describe('the web app shows the API answers of rules 1.200.0–1.202.0, in a browser', () => {
  let local: TestApp;
  const { open } = browserForSuite();
  const listId = `web-answers-${suffix}`;
  const call = (query: string, variables: Record<string, unknown>): Promise<any> =>
    graphqlData(local, query, variables);

  beforeAll(async () => {
    await prepareDatabase();
    local = await bootTestApp({ SCREENING_POLL_INTERVAL_MS: '0' });
    await runCypher(
      local.app.get(Neo4jService),
      `CREATE (iceland:Entity:Organisation {id: $iceland, name: $name, aliases: [], country: ['is'], riskCategories: []})
       CREATE (:Entity:Organisation {id: $zealand, name: $name, aliases: [], country: ['nz'], riskCategories: []})
       CREATE (office:Entity:Organisation {id: $office, name: 'Ardenwick Provincial Office', aliases: [], riskCategories: []})
       CREATE (state:Entity:Organisation {id: $state, name: 'Ardenwick State Council', aliases: [], riskCategories: ['state']})
       CREATE (iceland)-[:SUPERVISED_BY {sourceIds: [], status: 'current'}]->(office)
       CREATE (office)-[:PART_OF {sourceIds: [], status: 'current'}]->(state)`,
      { iceland: ICELAND, zealand: ZEALAND, office: OFFICE, state: STATE, name: NAMESAKE },
    );
    await rebuildScreeningIndex(local.app, 'web answers tests: two bodies of one name');
    await importFtmLines(
      local.app,
      listId,
      [
        ftmPersonLine('tdq-1', {
          name: [LISTED.name],
          alias: [LISTED.alias],
          birthDate: [LISTED.born],
          nationality: [LISTED.nationality],
        }),
      ],
      'web answers tests: list imported',
    );
  }, 600_000);

  afterAll(async () => {
    if (local) {
      await runCypher(local.app.get(Neo4jService), 'MATCH (node:Entity) WHERE node.id IN $ids DETACH DELETE node', {
        ids: [ICELAND, ZEALAND, OFFICE, STATE],
      });
      await removeLists(local.app.get(Neo4jService), [listId]);
    }
    await local?.close();
  });

  it('takes a date of birth for the partner, a funder, an added party and a correction, each server error at its field (rules 1.200.0)', async () => {
    const page = await open(local, '/cases/new');
    await page.getByLabel('Title').fill(`Visiting fellowship (${suffix})`);
    await page.getByLabel('Partner name').fill(PARTNER);
    await page.getByLabel('Partner date of birth').fill('1958-13');
    await page.getByRole('button', { name: 'Add a funder' }).click();
    await page.getByLabel('Funder 1 name').fill(FUNDER);
    await page.getByLabel('Funder 1 date of birth').fill('1961');
    // The partner's, funders' and people's date fields carry one hint: the formats and several dates by commas.
    const hints = await page
      .locator('.field')
      .filter({ has: page.locator('input[id$=".dateOfBirth"]') })
      .allTextContents();
    expect(hints).toHaveLength(2);
    for (const hint of hints) {
      expect(hint).toContain('YYYY, YYYY-MM or YYYY-MM-DD; several separated by commas');
    }
    await page.getByRole('button', { name: 'Create case' }).click();

    // The API refuses the month 13 and names input.partner.dateOfBirth[0]: the page shows it at the partner's field.
    const dateError = page.locator('#error-input-partner-dateOfBirth');
    await dateError.waitFor();
    expect(await dateError.textContent()).toContain('BAD_USER_INPUT');
    expect(await page.getByLabel('Partner date of birth').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Partner date of birth').fill('1958-02-01, 1959');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForSelector('h1#case-title');
    expect(await partyItem(page, PARTNER).locator('h3').textContent()).toContain('born 1958-02-01 or 1959');
    expect(await partyItem(page, FUNDER).locator('h3').textContent()).toContain('born 1961');

    // Adding a person: a date refused by the API is shown at the add form's date field, then the person is added.
    const addForm = page.getByRole('form', { name: 'Add a party' });
    await page.locator('details.add-party > summary').click();
    await addForm.getByLabel('New party role').selectOption('PERSON');
    await addForm.getByLabel('New party name').fill(ADDED_PERSON);
    await addForm.getByLabel('New party date of birth').fill('1970-00');
    await addForm.getByRole('button', { name: 'Add party' }).click();
    const addError = addForm.locator('#error-input-dateOfBirth');
    await addError.waitFor();
    expect(await addError.textContent()).toContain('BAD_USER_INPUT');
    expect(await addForm.getByLabel('New party date of birth').getAttribute('aria-invalid')).toBe('true');
    await addForm.getByLabel('New party date of birth').fill('1970-04');
    await addForm.getByRole('button', { name: 'Add party' }).click();
    await partyItem(page, ADDED_PERSON).waitFor();
    expect(await partyItem(page, ADDED_PERSON).locator('h3').textContent()).toMatch(/PERSON.*born 1970-04/);

    // Correcting the partner's dates (any role takes them): the case stores and shows the new ones.
    const partner = partyItem(page, PARTNER);
    await partner.locator('details.correct-party > summary').click();
    const correct = partner.getByRole('form', { name: `Correct ${PARTNER}` });
    expect(await correct.getByLabel('Party date of birth').inputValue()).toBe('1958-02-01, 1959');
    await correct.getByLabel('Party date of birth').fill('1958-02-01');
    await correct.getByRole('button', { name: 'Correct party' }).click();
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('li.party h3')].some(
          (heading: any) => heading.textContent.includes(name) && /born 1958-02-01$/.test(heading.textContent.trim()),
        ),
      PARTNER,
    );
    const actions = await page.locator('table.audit tbody td code').allTextContents();
    expect(actions).toEqual(expect.arrayContaining(['CASE_CREATED', 'PARTY_ADDED', 'PARTY_UPDATED']));
    await screenshot(page, 'case-party-dates', true);
  }, 300_000);

  it("shows a namesake of another country's path as not counted, with no level badge (rules 1.201.0)", async () => {
    const page = await open(local, '/screening');
    // Given NZ: the Icelandic namesake's path is shown, says it is not counted, and wears no level badge.
    await page.fill('#screen-name', NAMESAKE);
    await page.selectOption('#screen-type', 'Organization');
    await page.fill('#screen-country', 'NZ');
    await page.getByRole('button', { name: 'Screen' }).click();
    const path = page.locator('.screening-result li.path-risk');
    await path.first().waitFor();
    expect(await path.count()).toBe(1);
    expect(await path.getAttribute('class')).toContain('not-counted');
    expect(await path.locator('.badge.not-counted').textContent()).toBe('not counted');
    expect(await path.locator('.badge.level').count()).toBe(0);
    expect(await path.textContent()).toMatch(/a namesake in IS, the query says NZ; not counted\.$/);
    expect(await page.locator('.screening-result > p .badge.level').first().textContent()).toBe('NONE');
    await screenshot(page, 'screening-namesake', true);

    // Given IS: the same path counts, and wears its level.
    await page.fill('#screen-country', 'IS');
    await page.getByRole('button', { name: 'Screen' }).click();
    await page.waitForFunction(
      () => document.querySelector('.screening-result > p .badge.level')?.textContent === 'LOW',
      undefined,
    );
    const counted = page.locator('.screening-result li.path-risk');
    expect(await counted.getAttribute('class')).not.toContain('not-counted');
    expect(await counted.locator('.badge.level').textContent()).toBe('LOW');
    expect(await counted.locator('.badge.not-counted').count()).toBe(0);
  });

  it('shows a party left unresolved for its common name as not assessed, with its closest candidate, never NONE (rules 1.202.0)', async () => {
    const created = await call(`mutation C($input: CaseInput!) { createCase(input: $input) { id } }`, {
      input: { title: `Common name (${suffix})`, partner: { name: COMMON_NAME, country: 'ES' } },
    });
    const caseId: string = created.createCase.id;
    await call(`mutation R($id: ID!) { runCase(id: $id) { id } }`, { id: caseId });

    const page = await open(local, `/cases/${encodeURIComponent(caseId)}`);
    await page.waitForSelector('h1#case-title');
    const partner = partyItem(page, COMMON_NAME);
    expect(await partner.locator('.badge.resolution-not_found').textContent()).toBe('NOT_FOUND');
    const notAssessed = partner.locator('.not-assessed');
    expect(await notAssessed.textContent()).toMatch(
      new RegExp(`^Not resolved: not assessed \\(closest candidate: ${LISTED.name}, 1\\.00\\)`),
    );
    expect(decodeURIComponent((await notAssessed.locator('a.closest-candidate').getAttribute('href'))!)).toBe(
      `/entity/${listId}:tdq-1`,
    );

    // The case's level is UNKNOWN, read as "not assessed", never NONE; the reasons name the party and the candidate.
    const level = page.locator('dl.case-facts .badge.level').first();
    expect(await level.textContent()).toBe('UNKNOWN: not assessed');
    expect(await page.locator('dl.case-facts .level-none').count()).toBe(0);
    const reasons = await page.locator('ul.case-reasons li').allTextContents();
    expect(reasons.join(' ')).toContain(`"${COMMON_NAME}"`);
    expect(reasons.join(' ')).toContain('not assessed');
    expect(reasons.join(' ')).toContain(LISTED.name);
    expect(await page.locator('table.snapshots .badge.level').first().textContent()).toBe('UNKNOWN: not assessed');
    await screenshot(page, 'case-not-assessed', true);

    // The cases list reads the same.
    await page.locator('nav[aria-label="Pages"]').getByRole('link', { name: 'Cases' }).click();
    const row = page.locator('table.cases tr').filter({ hasText: `Common name (${suffix})` });
    await row.waitFor();
    expect(await row.locator('.badge.level').textContent()).toBe('UNKNOWN: not assessed');
  });
});

declare const document: any;
