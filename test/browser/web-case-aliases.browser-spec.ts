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

/** Made up: listed bodies, and names as an analyst might type them (none alike). */
const LISTED_PARTNER = 'Threlkeld Vantage Photonics LLC';
const LISTED_FUNDER = 'Corrowdale Beacon Endowment LLC';
const TYPED_PARTNER = 'Ambleside Quarry Optics';
const TYPED_FUNDER = 'Pellingham Reed Trust';

/**
 * Since rules 1.232.0 the New case form and the case page take a party's other names (the API takes them on a case's
 * parties since 1.232.0): a partner and a funder typed under one name resolve by an other name the listed body holds,
 * in a real Chromium against the real server on the test Neo4j.
 */
describe('the New case form and the case page take other names for every party, in a browser', () => {
  let sut: TestApp;
  const { open } = browserForSuite();
  const suffix = randomUUID().slice(0, 8);
  const listId = `web-case-aliases-${suffix}`;

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp({ SCREENING_POLL_INTERVAL_MS: '0' });
    const directory = mkdtempSync(join(tmpdir(), 'web-case-aliases-'));
    const body = (id: string, name: string) =>
      JSON.stringify({
        id,
        schema: 'Company',
        caption: name,
        properties: { name: [name], country: ['nl'], topics: ['sanction'] },
      });
    writeFileSync(
      join(directory, 'bodies.ftm.json'),
      `${body('partner', LISTED_PARTNER)}\n${body('funder', LISTED_FUNDER)}\n`,
    );
    await importTestList(sut.app, { listId, format: 'ftm', path: join(directory, 'bodies.ftm.json') });
    await rebuildScreeningIndex(sut.app, 'web case aliases tests: list imported');
  }, 600_000);

  afterAll(async () => {
    if (sut) {
      await removeLists(sut.app.get(Neo4jService), [listId]);
    }
    await sut?.close();
  });

  it('creates a case whose partner and funder resolve by the other names typed, shows them, and clears one', async () => {
    const page = await open(sut, '/cases');
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Title').fill(`Other names typed (${suffix})`);
    await page.getByLabel('Partner name').fill(TYPED_PARTNER);
    await page.getByLabel('Partner other names').fill(` ${LISTED_PARTNER} ; Ambleside Optics, Kendal ; `);
    await page.getByRole('button', { name: 'Add a funder' }).click();
    await page.getByLabel('Funder 1 name').fill(TYPED_FUNDER);
    await page.getByLabel('Funder 1 other names').fill(LISTED_FUNDER);
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Person 1 name').fill('Idony Brackenthwaite');
    await page.getByLabel('Person 1 other names').fill('I. Brackenthwaite');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForSelector('h1#case-title');

    const parties = page.locator('li.party');
    expect(await parties.nth(0).locator('h3').textContent()).toContain(
      `also known as ${LISTED_PARTNER}; Ambleside Optics, Kendal`,
    );
    expect(await parties.nth(1).locator('h3').textContent()).toContain(`also known as ${LISTED_FUNDER}`);
    expect(await parties.nth(2).locator('h3').textContent()).toContain('also known as I. Brackenthwaite');
    const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const stored = await graphqlData(
      sut,
      `query Q($id: ID!) { case(id: $id) { parties { id role aliases resolution { status entity { id } } } } }`,
      { id: caseId },
    );
    const [partner, funder, person] = stored.case.parties;
    expect(partner).toMatchObject({
      aliases: [LISTED_PARTNER, 'Ambleside Optics, Kendal'],
      resolution: { status: 'RESOLVED', entity: { id: `${listId}:partner` } },
    });
    expect(funder).toMatchObject({
      aliases: [LISTED_FUNDER],
      resolution: { status: 'RESOLVED', entity: { id: `${listId}:funder` } },
    });
    expect(person.aliases).toEqual(['I. Brackenthwaite']);

    // The case page's correction shows the other names held and sends [] when they are emptied (the API clears them).
    const correct = page.locator('details.correct-party').nth(1);
    await correct.locator('summary').click();
    const field = correct.getByLabel('Party other names');
    expect(await field.inputValue()).toBe(LISTED_FUNDER);
    await field.fill('');
    await correct.getByRole('button', { name: 'Correct party' }).click();
    await page.waitForFunction(
      (name) =>
        !document.querySelectorAll('li.party')[1]?.querySelector('h3')?.textContent?.includes(`also known as ${name}`),
      LISTED_FUNDER,
    );
    const corrected = await graphqlData(
      sut,
      `query Q($id: ID!) { case(id: $id) { parties { aliases resolution { status } } } }`,
      { id: caseId },
    );
    expect(corrected.case.parties[1]).toMatchObject({ aliases: [], resolution: { status: 'NOT_FOUND' } });
  });
});
