import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseMonitoringService } from '../../src/cases/case-monitoring.service';
import { CasesRepository } from '../../src/cases/cases.repository';
import { findProjectRoot } from '../../src/common/project-root';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { removeLists } from '../helpers/remove-lists';
import { browserForSuite, screenshot } from '../helpers/browser';
import { bootTestApp, graphqlData, prepareDatabase, type TestApp } from '../helpers/test-app';
import { importTestList, rebuildScreeningIndex } from '../helpers/test-lists';

// The Cases and Alerts pages, and search in Cyrillic and Persian, in a real browser (the system
// Chromium) against the real server on the test Neo4j. The lists are the project's own copies of
// the seeded list files (seed/watchlists.json), imported here under list ids of this file's own.
// SCREENSHOTS=1 writes the pages to docs/screenshots/.

const READER_KEY = 'reader-key-for-web-cases-tests-1';
const ROOT = findProjectRoot();
const FIXTURES = join(ROOT, 'test', 'fixtures', 'watchlists');

/** A university in the seeded graph that Canada's Named Research Organizations list names. */
const LISTED_PARTNER = 'Harbin Engineering University';
/** Made up: no such body exists, in the data or anywhere else. */
const MONITORED_NAME = 'Ostravelle Cryogenic Metrology Works';

declare const document: any;

interface UkRecord {
  unique_id: string;
  regime_name?: string;
  individual_entity_ship: string;
  names: { names: Array<{ name6: string; name_type: string }> };
  non_latin_names?: { names: Array<{ name_non_latin_script: string }> };
}

/** The first entity of the UK list file under the regime with a non-Latin name in the script, and its line. */
function ukEntityIn(
  lines: string[],
  regime: RegExp,
  script: RegExp,
): { line: string; primary: string; nonLatin: string } {
  for (const line of lines) {
    const record = JSON.parse(line) as UkRecord;
    if (!regime.test(record.regime_name ?? '')) {
      continue;
    }
    const nonLatin = record.non_latin_names?.names.find((name) => script.test(name.name_non_latin_script));
    const primary = record.names.names.find((name) => /primary/i.test(name.name_type));
    if (record.individual_entity_ship === 'Entity' && nonLatin && primary) {
      return { line, primary: primary.name6, nonLatin: nonLatin.name_non_latin_script };
    }
  }
  throw new Error(`The UK list copy has no entity with a name matching ${script}`);
}

describe('the Cases and Alerts pages, and search in Cyrillic and Persian, in a browser', () => {
  let local: TestApp;
  let withKeys: TestApp;
  const { open } = browserForSuite();
  const suffix = randomUUID().slice(0, 8);
  const nroList = `web-cases-nro-${suffix}`;
  const monitoredList = `web-cases-monitored-${suffix}`;
  const ukList = `web-cases-uk-${suffix}`;
  const directory = mkdtempSync(join(tmpdir(), 'web-cases-'));
  const ukLines = readFileSync(join(FIXTURES, 'uk', 'uksl-records.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  // Persian: an Iranian body's name in Arabic script; Cyrillic: a Russian body's name.
  const persian = ukEntityIn(ukLines, /Iran/, /\p{Script=Arabic}/u);
  const cyrillic = ukEntityIn(ukLines, /Russia/, /\p{Script=Cyrillic}/u);
  let monitoredCaseId = '';

  const importList = (listId: string, format: string, path: string) =>
    importTestList(local.app, { listId, format, path });
  const call = (query: string, variables: Record<string, unknown>): Promise<any> =>
    graphqlData(local, query, variables);

  beforeAll(async () => {
    await prepareDatabase();
    // Monitoring runs when the test says (below), not when the poller wakes.
    local = await bootTestApp({ SCREENING_POLL_INTERVAL_MS: '0' });
    withKeys = await bootTestApp({ API_KEYS: `${READER_KEY}:reader`, SCREENING_POLL_INTERVAL_MS: '0' });

    await importList(nroList, 'ca-nro', join(FIXTURES, 'ca-nro', 'named-research-organizations-2024-04-18.html'));
    const ukFile = join(directory, 'uksl-two-records.jsonl');
    writeFileSync(ukFile, `${persian.line}\n${cyrillic.line}\n`);
    await importList(ukList, 'uk-sanctions-jsonl', ukFile);

    // A case whose partner is not listed yet; a list that names it comes next, and monitoring raises an alert.
    const created = await call(`mutation C($input: CaseInput!) { createCase(input: $input) { id } }`, {
      input: { title: `Monitored cryogenics (${suffix})`, partner: { name: MONITORED_NAME, country: 'NL' } },
    });
    monitoredCaseId = created.createCase.id;
    await rebuildScreeningIndex(local.app, 'web cases tests: lists imported');
    await call(`mutation R($id: ID!) { runCase(id: $id) { id } }`, { id: monitoredCaseId });
    const monitoredFile = join(directory, 'monitored.ftm.json');
    writeFileSync(
      monitoredFile,
      JSON.stringify({
        id: 'ocmw-1',
        schema: 'Organization',
        caption: MONITORED_NAME,
        properties: { name: [MONITORED_NAME], country: ['nl'], topics: ['sanction'] },
      }) + '\n',
    );
    await importList(monitoredList, 'ftm', monitoredFile);
    await rebuildScreeningIndex(local.app, 'web cases tests: monitored list imported');
    const generation = await local.app.get(CasesRepository).findGraphGeneration();
    await local.app.get(CaseMonitoringService).runForGeneration(generation);
  }, 600_000);

  afterAll(async () => {
    if (local) {
      await removeLists(local.app.get(Neo4jService), [nroList, monitoredList, ukList]);
    }
    await local?.close();
    await withKeys?.close();
  });

  it('works a case for a listed partner from creation to a dismissed finding, closure and its report', async () => {
    const page = await open(local, '/cases');
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByLabel('Title').fill(`Joint acoustics laboratory (${suffix})`);
    await page.getByLabel('Partner name').fill(LISTED_PARTNER);
    await page.getByLabel('Partner country').fill('Atlantis');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Person 1 name').fill('Wenfeld Ostrakov-Lune');
    await page.getByLabel('Person 1 date of birth').fill('1971');
    await page.getByLabel('Research areas (one a line)').fill('underwater acoustics\nsonar signal processing');
    await page.getByRole('button', { name: 'Create case' }).click();

    // The API's BAD_USER_INPUT shows beside the field it names, and the field is marked invalid.
    const countryError = page.locator('#error-input-partner-country');
    await countryError.waitFor();
    expect(await countryError.textContent()).toContain('BAD_USER_INPUT');
    expect(await countryError.textContent()).toContain('alpha-2');
    expect(await page.getByLabel('Partner country').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'case-new');

    await page.getByLabel('Partner country').fill('cn');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForSelector('h1#case-title');
    expect(await page.locator('.party').first().textContent()).toContain(LISTED_PARTNER);
    expect(await page.locator('.finding').count()).toBe(0);

    await page.getByRole('button', { name: 'Run the case' }).click();
    const listMatch = page
      .locator('li.finding')
      .filter({ has: page.locator(`a.matched-entity[href^="/entity/${encodeURIComponent(`${nroList}:`)}"]`) })
      .first();
    await listMatch.waitFor({ timeout: 120_000 });
    expect(await listMatch.locator('h3').textContent()).toMatch(/LIST_MATCH/);
    expect(await listMatch.locator('.badge.list').first().textContent()).toContain(nroList);
    expect(await listMatch.locator('ul.explanation li').count()).toBeGreaterThan(0);
    expect(await page.locator('table.snapshots tbody tr').count()).toBe(1);

    // A reason is required: the API refuses an empty one and the page says so beside the box.
    await listMatch.getByRole('button', { name: 'Record decision' }).click();
    await listMatch.locator('.field-error').waitFor();
    expect(await listMatch.locator('.field-error').textContent()).toContain('reason');

    await listMatch.getByLabel('Dismissed').check();
    await listMatch.getByLabel('Reason (required)').fill('Same name, but the list entry is a different body.');
    await listMatch.getByRole('button', { name: 'Record decision' }).click();
    await listMatch.locator('.decision-dismissed').waitFor();
    expect(await listMatch.locator('.decision-dismissed').textContent()).toContain('different body');
    await screenshot(page, 'case', true);

    // The matched list entry opens on the Entity page.
    const matchedHref = await listMatch.locator('a.matched-entity').getAttribute('href');
    expect(decodeURIComponent(matchedHref!)).toMatch(new RegExp(`^/entity/${nroList}:`));

    await page.getByLabel('Mitigation', { exact: true }).fill('Export-control review of every shared dataset');
    await page.getByLabel('Owner', { exact: true }).fill('research office');
    await page.getByRole('button', { name: 'Add mitigation' }).click();
    await page.locator('ul.mitigations li').first().waitFor();

    await page.getByLabel('Outcome').selectOption('REJECTED');
    await page.getByLabel('Summary (required)').fill('Rejected: the partner is a defence university.');
    await page.getByRole('button', { name: 'Close case' }).click();
    await page.waitForSelector('.case-status:text("CLOSED")');
    expect(await page.getByRole('button', { name: 'Run the case' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Record decision' }).count()).toBe(0);

    expect(await page.locator('.chain').textContent()).toContain('Hash chain verified');
    const actions = await page.locator('table.audit tbody td code').allTextContents();
    expect(actions).toEqual(expect.arrayContaining(['CASE_CREATED', 'SNAPSHOT_TAKEN', 'DECISION', 'CASE_CLOSED']));

    const [report] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: 'Report (HTML), latest snapshot' }).click(),
    ]);
    await report.waitForLoadState();
    expect(await report.content()).toContain(LISTED_PARTNER);
    await report.close();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Report (PDF), latest snapshot' }).click(),
    ]);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // The list shows the case, and the status filter keeps it apart from the open ones.
    await page.locator('nav[aria-label="Pages"]').getByRole('link', { name: 'Cases' }).click();
    await page.getByLabel('Status').selectOption('CLOSED');
    await page.waitForSelector('table.cases');
    expect(await page.locator('table.cases').textContent()).toContain(`Joint acoustics laboratory (${suffix})`);
    await page.getByLabel('Status').selectOption('OPEN');
    await page.waitForSelector(`table.cases a:text("Monitored cryogenics (${suffix})")`);
    expect(await page.locator('table.cases').textContent()).not.toContain(`Joint acoustics laboratory (${suffix})`);
    await screenshot(page, 'cases');
  }, 300_000);

  it('lists the alert that monitoring raised after a list named a monitored partner, and acknowledges it', async () => {
    const page = await open(local, '/alerts');
    const alert = page.locator('li.alert').filter({ hasText: MONITORED_NAME }).first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain(monitoredCaseId);
    expect(await alert.locator('.badge').allTextContents()).toEqual(expect.arrayContaining(['NEW']));
    await screenshot(page, 'alerts');

    await alert.getByRole('button', { name: /^Acknowledge the alert on/ }).click();
    await page.waitForFunction(
      (name) => ![...document.querySelectorAll('li.alert')].some((item: any) => item.textContent.includes(name)),
      MONITORED_NAME,
    );
    await page.getByLabel('Show').selectOption('ACKNOWLEDGED');
    const acknowledged = page.locator('li.alert').filter({ hasText: MONITORED_NAME }).first();
    await acknowledged.waitFor();
    expect(await acknowledged.textContent()).toMatch(/acknowledged by local:/);
  });

  it('shows a reader the cases and alerts without any control that writes, and the report fetched with the key', async () => {
    // Run again now that a list names its partner, so the case has a finding to show.
    await call(`mutation R($id: ID!) { runCase(id: $id) { id } }`, { id: monitoredCaseId });
    const page = await open(withKeys, `/cases/${encodeURIComponent(monitoredCaseId)}`);
    await page.fill('#api-key', READER_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('h1#case-title');

    expect(await page.locator('nav[aria-label="Pages"] a').allTextContents()).toEqual(
      expect.arrayContaining(['Cases', 'Alerts']),
    );
    expect(await page.locator('.finding').count()).toBeGreaterThan(0);
    expect(await page.locator('main button').count()).toBe(0);
    expect(await page.locator('main form').count()).toBe(0);

    // With keys configured a plain link cannot send the key: the page fetches the report with it.
    const [report] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: 'Report (HTML), latest snapshot' }).click(),
    ]);
    await report.waitForLoadState();
    expect(await report.content()).toContain(MONITORED_NAME);
    await report.close();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Report (PDF), latest snapshot' }).click(),
    ]);
    expect(
      readFileSync(await download.path())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');

    await page.locator('nav[aria-label="Pages"]').getByRole('link', { name: 'Cases' }).click();
    await page.waitForSelector('table.cases');
    expect(await page.getByRole('link', { name: 'New case' }).count()).toBe(0);
    await page.locator('nav[aria-label="Pages"]').getByRole('link', { name: 'Alerts' }).click();
    await page.waitForSelector('ol.alerts, .state.empty');
    expect(await page.locator('li.alert button').count()).toBe(0);
  });

  for (const [script, entry] of [
    ['Persian', persian],
    ['Cyrillic', cyrillic],
  ] as const) {
    it(`finds a listed body by its ${script} name and renders that name in its own direction`, async () => {
      const page = await open(local, '/');
      await page.fill('#search-input', entry.nonLatin);
      await page.waitForSelector(`.results[data-loading="false"] .hit`);
      const hit = page
        .locator('.hit')
        .filter({ has: page.locator(`a[href^="/entity/${encodeURIComponent(`${ukList}:`)}"]`) })
        .first();
      await hit.waitFor();
      expect((await hit.locator('.hit-name').textContent())!.toLowerCase()).toBe(entry.primary.toLowerCase());
      expect(await hit.locator('.hit-matched').textContent()).toContain(entry.nonLatin);
      await screenshot(page, `search-${script.toLowerCase()}`);

      await hit.locator('a').click();
      await page.waitForSelector('h1#entity-title');
      const name = page.locator('.names .name', { hasText: entry.nonLatin });
      expect(await name.getAttribute('dir')).toBe('auto');
      const direction = await name.evaluate((element: any) => getComputedStyle(element).direction);
      expect(direction).toBe(script === 'Persian' ? 'rtl' : 'ltr');
    });
  }
});

declare function getComputedStyle(element: unknown): { direction: string };
