import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseMonitoringService } from '../../src/cases/case-monitoring.service';
import { CasesRepository } from '../../src/cases/cases.repository';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { removeLists } from '../helpers/remove-lists';
import { browserForSuite } from '../helpers/browser';
import { bootTestApp, graphqlData, prepareDatabase, type TestApp } from '../helpers/test-app';
import { ftmLine, importTestList, rebuildScreeningIndex } from '../helpers/test-lists';

// Deciding on a case in a real browser (the system Chromium) against the real server on the test
// Neo4j: a party override that changes the findings, an assignment that the cases list filters by,
// and a dismissed match that comes back as CHANGED_SINCE_DISMISSED after an import changes its entry.

/** A university in the seeded graph, supervised by a military body: its run has path risks. */
const GRAPH_PARTNER = 'Harbin Engineering University';
/** Made up: no such body exists, in the data or anywhere else. */
const LISTED_NAME = 'Quellmarsh Isotope Separation Bureau';

declare const document: any;

describe('deciding on a case in a browser: overrides, assignment, a dismissal that changes', () => {
  let local: TestApp;
  const browser = browserForSuite();
  const suffix = randomUUID().slice(0, 8);
  const listId = `web-decisions-${suffix}`;
  const directory = mkdtempSync(join(tmpdir(), 'web-decisions-'));

  const open = (path: string) => browser.open(local, path);
  const call = (query: string, variables: Record<string, unknown>): Promise<any> =>
    graphqlData(local, query, variables);

  const createCase = async (title: string, partner: { name: string; country: string }): Promise<string> =>
    (
      await call(`mutation C($input: CaseInput!) { createCase(input: $input) { id } }`, {
        input: { title, partner },
      })
    ).createCase.id;

  /** Imports a version of this file's list (a real import through the import service) and rebuilds the index. */
  const importList = async (file: string, lines: string[]): Promise<number> => {
    const path = join(directory, file);
    writeFileSync(path, lines.join('\n') + '\n');
    await importTestList(local.app, { listId, format: 'ftm', path });
    await rebuildScreeningIndex(local.app, 'web decisions tests: list imported');
    return local.app.get(CasesRepository).findGraphGeneration();
  };

  beforeAll(async () => {
    await prepareDatabase();
    // Monitoring runs when the test says, not when the poller wakes.
    local = await bootTestApp({ SCREENING_POLL_INTERVAL_MS: '0' });
    await importList('decisions-v1.ftm.json', [ftmLine('qisb-1', LISTED_NAME, [])]);
  }, 600_000);

  afterAll(async () => {
    if (local) {
      await removeLists(local.app.get(Neo4jService), [listId]);
    }
    await local?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('overrides a party to "not in the graph" with a reason, and the next run drops its path findings', async () => {
    const caseId = await createCase(`Override (${suffix})`, { name: GRAPH_PARTNER, country: 'cn' });
    const page = await open(`/cases/${encodeURIComponent(caseId)}`);
    await page.getByRole('button', { name: 'Run the case' }).click();
    const pathFindings = page.locator('li.finding').filter({ has: page.locator('h3 code:text-is("PATH_RISK")') });
    await pathFindings.first().waitFor({ timeout: 120_000 });
    expect(await pathFindings.count()).toBeGreaterThan(0);
    const party = page.locator('li.party').first();
    expect(await party.locator('.resolution .badge').textContent()).toBe('RESOLVED');

    await party.getByText(`Override the resolution of ${GRAPH_PARTNER}`).click();
    await party.getByLabel('The party is').selectOption({ label: 'not in the graph' });
    // The reason is required: the API refuses an empty one and the page says so beside the box.
    await party.getByRole('button', { name: 'Override' }).click();
    await party.locator('.field-error').waitFor();
    expect(await party.locator('.field-error').textContent()).toContain('reason');
    await party.getByLabel('Reason for the override').fill('A namesake: the partner is a private firm.');
    await party.getByRole('button', { name: 'Override' }).click();
    await party.locator('.override-note').waitFor();
    expect(await party.locator('.override-note').textContent()).toContain('A namesake: the partner is a private firm.');
    expect(await party.locator('.resolution').textContent()).toContain('Not in the graph');

    await page.getByRole('button', { name: 'Run the case' }).click();
    await page.waitForSelector('table.snapshots tbody tr:nth-child(2)', { timeout: 120_000 });
    expect(await pathFindings.count()).toBe(0);
    const actions = await page.locator('table.audit tbody td code').allTextContents();
    expect(actions).toEqual(expect.arrayContaining(['PARTY_OVERRIDDEN', 'SNAPSHOT_TAKEN']));
  }, 300_000);

  it('assigns a case, and the cases list filtered by that assignee shows it and no other', async () => {
    const assignee = `analyst-${suffix}`;
    const title = `Assignment (${suffix})`;
    const caseId = await createCase(title, { name: 'Zelvanter Optics Cooperative', country: 'nl' });
    await createCase(`Not assigned (${suffix})`, { name: 'Zelvanter Optics Cooperative', country: 'nl' });
    const page = await open(`/cases/${encodeURIComponent(caseId)}`);
    await page.getByLabel('Assign to (user id)').fill(assignee);
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.waitForSelector(`.case-facts dd:text-is("${assignee}")`);

    await page.locator('nav[aria-label="Pages"]').getByRole('link', { name: 'Cases' }).click();
    await page.getByLabel('Assigned to (user id)').fill(assignee);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/assignedTo=/);
    await page.waitForSelector(`table.cases a:text-is("${title}")`);
    const rows = page.locator('table.cases tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(assignee);

    // The filter is kept in the address: a reload shows the same list.
    await page.reload();
    await page.waitForSelector(`table.cases a:text-is("${title}")`);
    expect(await page.getByLabel('Assigned to (user id)').inputValue()).toBe(assignee);
  }, 120_000);

  it('shows CHANGED_SINCE_DISMISSED when a dismissed match changes with an import and monitoring runs', async () => {
    const caseId = await createCase(`Dismissed then changed (${suffix})`, { name: LISTED_NAME, country: 'nl' });
    await call(`mutation R($id: ID!) { runCase(id: $id) { id } }`, { id: caseId });
    const page = await open(`/cases/${encodeURIComponent(caseId)}`);
    const listMatch = page
      .locator('li.finding')
      .filter({ has: page.locator(`a.matched-entity[href^="/entity/${encodeURIComponent(`${listId}:`)}"]`) })
      .first();
    await listMatch.waitFor();
    await listMatch.getByLabel('Dismissed').check();
    await listMatch.getByLabel('Reason (required)').fill('A different bureau of the same name.');
    await listMatch.getByRole('button', { name: 'Record decision' }).click();
    await listMatch.locator('.decision-dismissed').waitFor();

    // The list's next version changes the entry the dismissal rested on (a new alias), and monitoring runs.
    const generation = await importList('decisions-v2.ftm.json', [
      ftmLine('qisb-1', LISTED_NAME, ['QISB Enrichment Directorate']),
    ]);
    await local.app.get(CaseMonitoringService).runForGeneration(generation);

    const alerts = await open('/alerts');
    const alert = alerts
      .locator('li.alert')
      .filter({ hasText: caseId })
      .filter({ has: alerts.locator('.badge:text-is("CHANGED_SINCE_DISMISSED")') })
      .first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain(LISTED_NAME);

    // Run again, the case shows the finding flagged.
    await page.getByRole('button', { name: 'Run the case' }).click();
    await page.locator('li.finding .changed-flag').first().waitFor({ timeout: 120_000 });
    expect(await page.locator('li.finding .changed-flag').first().textContent()).toContain('Changed since dismissed');
    expect(
      await page.evaluate(() => document.querySelectorAll('table.snapshots tbody tr').length as number),
    ).toBeGreaterThanOrEqual(2);
  }, 300_000);
});
