import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { removeLists } from '../helpers/remove-lists';
import { browserForSuite } from '../helpers/browser';
import { bootTestApp, graphqlData, prepareDatabase, type TestApp } from '../helpers/test-app';
import { importTestList, rebuildScreeningIndex } from '../helpers/test-lists';

declare const document: any;

/** Made up: listed bodies with a registration number, and names as an analyst might type them (none alike). */
const LISTED_PARTNER = 'Quillhaven Cryotronics Holdings LLC';
const LISTED_FUNDER = 'Brackwater Optical Endowment LLC';
const TYPED_PARTNER = 'Marlowe Fen Instruments';
const TYPED_FUNDER = 'Hesketh Lane Trust';

/**
 * Since rules 1.226.0 the New case form and the case page take a party's identifiers (the API took them since 1.219.0):
 * a partner and a funder typed under other names resolve by a registration number on both records, in a real
 * Chromium against the real server on the test Neo4j.
 */
describe('the New case form and the case page take identifiers for every party, in a browser', () => {
  let sut: TestApp;
  const { open } = browserForSuite();
  const suffix = randomUUID().slice(0, 8);
  const listId = `web-case-identifiers-${suffix}`;
  const partnerNumber = `QH-${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  const funderNumber = `BW-${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp({ SCREENING_POLL_INTERVAL_MS: '0' });
    const directory = mkdtempSync(join(tmpdir(), 'web-case-identifiers-'));
    const body = (id: string, name: string, number: string) =>
      JSON.stringify({
        id,
        schema: 'Company',
        caption: name,
        properties: { name: [name], country: ['nl'], registrationNumber: [number], topics: ['sanction'] },
      });
    writeFileSync(
      join(directory, 'bodies.ftm.json'),
      `${body('partner', LISTED_PARTNER, partnerNumber)}\n${body('funder', LISTED_FUNDER, funderNumber)}\n`,
    );
    await importTestList(sut.app, { listId, format: 'ftm', path: join(directory, 'bodies.ftm.json') });
    await rebuildScreeningIndex(sut.app, 'web case identifiers tests: list imported');
  }, 600_000);

  afterAll(async () => {
    if (sut) {
      await removeLists(sut.app.get(Neo4jService), [listId]);
    }
    await sut?.close();
  });

  it('creates a case whose partner and funder resolve by the numbers typed, shows them, and clears one', async () => {
    const page = await open(sut, '/cases');
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Title').fill(`Numbers typed (${suffix})`);
    await page.getByLabel('Partner name').fill(TYPED_PARTNER);
    await page.getByLabel('Partner identifiers').fill(` ${partnerNumber} ; `);
    await page.getByRole('button', { name: 'Add a funder' }).click();
    await page.getByLabel('Funder 1 name').fill(TYPED_FUNDER);
    await page.getByLabel('Funder 1 identifiers').fill(funderNumber);
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Person 1 name').fill('Orrick Pendlemere');
    await page.getByLabel('Person 1 identifiers').fill('P-TEST-0001; P-TEST-0002');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForSelector('h1#case-title');

    const parties = page.locator('li.party');
    expect(await parties.nth(0).locator('h3').textContent()).toContain(`identifiers ${partnerNumber}`);
    expect(await parties.nth(1).locator('h3').textContent()).toContain(`identifiers ${funderNumber}`);
    expect(await parties.nth(2).locator('h3').textContent()).toContain('identifiers P-TEST-0001; P-TEST-0002');
    const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const stored = await graphqlData(
      sut,
      `query Q($id: ID!) { case(id: $id) { parties { id role identifiers resolution { status entity { id } } } } }`,
      { id: caseId },
    );
    const [partner, funder, person] = stored.case.parties;
    expect(partner).toMatchObject({
      identifiers: [partnerNumber],
      resolution: { status: 'RESOLVED', entity: { id: `${listId}:partner` } },
    });
    expect(funder).toMatchObject({
      identifiers: [funderNumber],
      resolution: { status: 'RESOLVED', entity: { id: `${listId}:funder` } },
    });
    expect(person.identifiers).toEqual(['P-TEST-0001', 'P-TEST-0002']);

    // The case page's correction shows the numbers held and sends [] when they are emptied (the API clears them).
    const correct = page.locator('details.correct-party').nth(1);
    await correct.locator('summary').click();
    const field = correct.getByLabel('Party identifiers');
    expect(await field.inputValue()).toBe(funderNumber);
    await field.fill('');
    await correct.getByRole('button', { name: 'Correct party' }).click();
    await page.waitForFunction(
      (number) => !document.querySelectorAll('li.party')[1]?.textContent?.includes(number),
      funderNumber,
    );
    const corrected = await graphqlData(
      sut,
      `query Q($id: ID!) { case(id: $id) { parties { identifiers resolution { status } } } }`,
      { id: caseId },
    );
    expect(corrected.case.parties[1]).toMatchObject({ identifiers: [], resolution: { status: 'NOT_FOUND' } });
  });
});
