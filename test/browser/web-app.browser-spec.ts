import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/common/project-root';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { removeLists } from '../helpers/remove-lists';
import { browserForSuite, screenshot } from '../helpers/browser';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

// The web app in a real browser (the system Chromium, nothing downloaded) against the real server
// on the test Neo4j with the seed loaded. Every page must leave the console free of errors.
// SCREENSHOTS=1 writes each page to docs/screenshots/ (committed, shown in the README).

const READER_KEY = 'reader-key-for-web-app-tests';
const ADMIN_KEY = 'admin-key-for-web-app-tests-1';
const ROOT = findProjectRoot();

const LATIN_NAME = 'Beijing Institute of Technology';
const CHINESE_NAME = '北京理工大学';
const OTHER_UNIVERSITY = 'Northwestern Polytechnical University';
/** An entry of the CSL fixture the list import test uploads (source: Nonproliferation Sanctions). */
const LISTED_NAME = '183rd Guard Air Defense Missile Regiment';

// Functions given to page.evaluate run in the page, where these are the browser's own globals (the
// project compiles for Node, without the DOM library).
declare const document: any;
declare const window: any;
declare const MutationObserver: any;
declare const PopStateEvent: any;
declare const HTMLInputElement: any;

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('the web app in a browser', () => {
  let local: TestApp;
  let withKeys: TestApp;
  const { open } = browserForSuite();
  const importedLists: string[] = [];

  /** Types the text into the search box one change at a time and returns ms until its results show. */
  const timeKeystroke = (page: Page, text: string): Promise<number> =>
    page.evaluate(async (value) => {
      const input = document.querySelector('#search-input');
      const results = document.querySelector('.results');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const shown = () => results.dataset.query === value.trim() && results.dataset.loading === 'false';
      const start = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (shown()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(results, { attributes: true, childList: true, subtree: true });
      });
      return performance.now() - start;
    }, text);

  const searchFor = async (page: Page, text: string) => {
    await page.fill('#search-input', text);
    await page.waitForSelector(`.results[data-query="${text}"][data-loading="false"]`);
  };

  beforeAll(async () => {
    await prepareDatabase();
    local = await bootTestApp();
    withKeys = await bootTestApp({ API_KEYS: `${READER_KEY}:reader,${ADMIN_KEY}:admin` });
  });

  afterAll(async () => {
    if (local && importedLists.length > 0) {
      await removeLists(local.app.get(Neo4jService), importedLists);
    }
    await local?.close();
    await withKeys?.close();
  });

  it('loads the search page and finds an entity by its Latin name as you type, timing both', async () => {
    const page = await open(local, '/');
    await page.waitForSelector('#search-input');
    const firstLoad = await page.evaluate(() => {
      const ready = performance.getEntriesByName('partner-graph:ready')[0];
      const navigation = (performance as any).getEntriesByType('navigation')[0] as { loadEventEnd: number };
      return { ready: ready?.startTime ?? Number.NaN, loadEvent: navigation.loadEventEnd };
    });

    const prefix = LATIN_NAME.slice(0, -6);
    await searchFor(page, prefix);
    const timings: number[] = [];
    for (let length = prefix.length + 1; length <= LATIN_NAME.length; length++) {
      timings.push(await timeKeystroke(page, LATIN_NAME.slice(0, length)));
    }

    // The same query straight from the page, without React: the server's and the network's share.
    const apiTimings: number[] = [];
    for (let length = prefix.length + 1; length <= LATIN_NAME.length; length++) {
      apiTimings.push(
        await page.evaluate(
          async (query) => {
            const start = performance.now();
            const response = await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                query: 'query($q: String!) { searchEntities(query: $q, limit: 25) { score entity { id } } }',
                variables: { q: query },
              }),
            });
            await response.json();
            return performance.now() - start;
          },
          LATIN_NAME.slice(0, length),
        ),
      );
    }

    const names = await page.locator('.hit .hit-name').allTextContents();
    expect(names[0]).toBe(LATIN_NAME);
    expect(await page.locator('.hit').first().textContent()).toContain('CN');
    const sorted = [...timings].sort((left, right) => left - right);
    console.log(
      `[web timings] first page load: app ready ${firstLoad.ready.toFixed(0)} ms, load event ${firstLoad.loadEvent.toFixed(0)} ms; ` +
        `search after a keystroke (${timings.length} keystrokes): median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, ` +
        `max ${sorted[sorted.length - 1].toFixed(0)} ms; the same searchEntities call alone: median ${median(apiTimings).toFixed(0)} ms`,
    );
    await screenshot(page, 'search');
  });

  it('finds the same university by its Chinese name', async () => {
    const page = await open(local, '/');
    await searchFor(page, CHINESE_NAME);

    expect(await page.locator('.hit .hit-name').first().textContent()).toBe(LATIN_NAME);
    expect(await page.locator('.hit .hit-matched').first().textContent()).toContain(CHINESE_NAME);
  });

  it('opens an entity with its names by script, relationships with sources, and a graph that expands', async () => {
    const page = await open(local, '/');
    await searchFor(page, LATIN_NAME);
    await page.locator('.hit a').first().click();
    await page.waitForSelector('h1#entity-title');

    expect(await page.textContent('h1#entity-title')).toBe(LATIN_NAME);
    expect(await page.locator('.names').textContent()).toContain(CHINESE_NAME);
    expect(await page.locator('.relationship-group summary').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SUPERVISED_BY \(this →\): \d+/)]),
    );
    expect(await page.locator('.relationship-group ul.sources a').count()).toBeGreaterThan(0);

    const canvas = page.locator('.graph-canvas').first();
    await page.waitForFunction(
      () => Number(document.querySelector('.graph-canvas')?.getAttribute('data-node-count')) > 1,
    );
    const before = Number(await canvas.getAttribute('data-node-count'));
    // The state node links every Chinese body: hidden by default, and the page says so.
    expect(await page.locator('.hubs-note').textContent()).toContain('Hidden hubs');

    const options = await page
      .locator('#graph-node option')
      .evaluateAll((elements) => elements.map((element) => (element as unknown as { value: string }).value));
    let after = before;
    for (const option of options) {
      if (after > before) {
        break;
      }
      await page.selectOption('#graph-node', option);
      await page.getByRole('button', { name: /^Expand/ }).click();
      await page.waitForSelector('.graph-section .loading', { state: 'detached' });
      after = Number(await canvas.getAttribute('data-node-count'));
    }
    expect(after).toBeGreaterThan(before);
    await screenshot(page, 'entity', true);

    // A relationship-type filter hides and shows what is drawn: no new layout, the count comes back.
    const layouts = await canvas.getAttribute('data-layout-count');
    const filterChanges = () => page.evaluate(() => performance.getEntriesByName('partner-graph:graph-filter').length);
    const toggle = async (box: ReturnType<typeof page.locator>) => {
      const seen = await filterChanges();
      await box.click();
      await page.waitForFunction(
        (count) => performance.getEntriesByName('partner-graph:graph-filter').length > count,
        seen,
      );
      return Number(await canvas.getAttribute('data-node-count'));
    };
    const boxes = page.locator('.type-filter input[type="checkbox"]');
    let filtered = after;
    for (let index = 0; index < (await boxes.count()) && filtered === after; index++) {
      filtered = await toggle(boxes.nth(index));
      if (filtered === after) {
        await toggle(boxes.nth(index));
      } else {
        expect(await toggle(boxes.nth(index))).toBe(after);
      }
    }
    expect(filtered).toBeLessThan(after);
    expect(await canvas.getAttribute('data-layout-count')).toBe(layouts);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 180_000);

  it('finds and draws the paths between two entities picked by search, with their sources', async () => {
    const page = await open(local, '/paths');
    const pick = async (label: string, name: string) => {
      await page.getByLabel(label, { exact: true }).fill(name);
      await page.waitForSelector(`[role="listbox"][aria-label="${label}: matches"] [role="option"]`);
      await page.getByLabel(label, { exact: true }).press('Enter');
    };
    await pick('From', LATIN_NAME);
    await pick('To', OTHER_UNIVERSITY);
    await page.getByRole('button', { name: 'Find paths' }).click();
    await page.waitForSelector('ol.paths li.path');

    expect(await page.locator('ol.paths li.path').first().textContent()).toContain(LATIN_NAME);
    expect(await page.locator('ol.paths ul.sources li').count()).toBeGreaterThan(0);
    expect(Number(await page.locator('.path-drawing .graph-canvas').getAttribute('data-node-count'))).toBeGreaterThan(
      2,
    );
    await screenshot(page, 'paths');
  });

  it('screens a name and shows each match with the features that explain its score', async () => {
    const page = await open(local, '/screening');
    await page.getByLabel('Name', { exact: true }).fill(LATIN_NAME);
    await page.getByLabel('Country (ISO code or name)').fill('cn');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.waitForSelector('.screening-result');

    const best = page.locator('ol.matches > li').first();
    expect(await best.locator('a').first().textContent()).toBe(LATIN_NAME);
    expect(await best.locator('.features').textContent()).toMatch(/token_alignment/);
    expect(await page.locator('.screening-result').textContent()).toMatch(
      /Risk level: (CRITICAL|HIGH|MEDIUM|LOW|NONE)/,
    );
    await screenshot(page, 'screening', true);
  });

  it('screens a small CSV batch with a progress bar and offers the results as a CSV download', async () => {
    const page = await open(local, '/screening');
    const csv = `name,type,country\n${LATIN_NAME},Organization,cn\n${CHINESE_NAME},,\nZzyzx Qwerty Nonexistent Body,Company,\n`;
    await page.setInputFiles('#batch-file', { name: 'parties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Screen 3 rows' }).click();
    await page.waitForSelector('a.download');

    expect(await page.locator('#batch-progress').getAttribute('value')).toBe('3');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.download')]);
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('line,name,type,country,dateOfBirth,riskLevel,topMatch,topScore,topLists,matches,reasons');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`2,${LATIN_NAME},Organization,cn,`);
    expect(lines[2]).toContain(`3,${CHINESE_NAME},`);
    expect(lines[2]).toContain(LATIN_NAME);
    await screenshot(page, 'screening-batch');
  });

  it('imports a list file from the Lists page as an admin and shows its summary and its row', async () => {
    const listId = `web-test-${Date.now()}`;
    importedLists.push(listId);
    const page = await open(local, '/lists');
    await page.waitForSelector('table.lists, .state.empty');
    await page.getByLabel('List id').fill(listId);
    await page.getByLabel('Format').selectOption('csl-csv');
    await page.setInputFiles('#import-file', join(ROOT, 'test', 'fixtures', 'watchlists', 'csl', 'csl.csv'));
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForSelector('.import-summary', { timeout: 180_000 });

    expect(await page.locator('.import-summary').textContent()).toMatch(new RegExp(`${listId}: version .* imported`));
    await page.waitForSelector(`table.lists code:text-is("${listId}")`);
    await screenshot(page, 'lists');

    // A fresh page knows the new list: its entries show it in search and their listings on their page.
    const searchPage = await open(local, '/');
    await searchFor(searchPage, LISTED_NAME);
    const hit = searchPage
      .locator('.hit')
      .filter({ has: searchPage.locator('.badge.list') })
      .first();
    expect(await hit.locator('.hit-name').textContent()).toBe(LISTED_NAME);
    await hit.locator('a').click();
    await searchPage.waitForSelector('table.listings');
    expect(await searchPage.locator('table.listings tbody tr').first().textContent()).toContain(
      'Nonproliferation Sanctions (ISN)',
    );
  }, 240_000);

  it('asks for a key, keeps it out of storage, and hides what a reader may not use', async () => {
    const page = await open(withKeys, '/');
    await page.waitForSelector('#api-key');
    await screenshot(page, 'sign-in');
    await page.fill('#api-key', 'not-a-valid-key-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('.state.error');
    expect(await page.locator('.state.error').textContent()).toContain('UNAUTHENTICATED');

    await page.fill('#api-key', READER_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('.user-name');

    expect(await page.locator('.user .badge.role').textContent()).toBe('reader');
    expect(await page.locator('nav[aria-label="Pages"] a').allTextContents()).toEqual([
      'Search',
      'Paths',
      'Lists',
      'Cases',
      'Alerts',
    ]);
    expect(await page.evaluate(() => window.localStorage.length + window.sessionStorage.length)).toBe(0);
    await page.getByRole('link', { name: 'Lists' }).click();
    await page.waitForSelector('table.lists, .state.empty');
    expect(await page.locator('.import-form').count()).toBe(0);
  });

  it('shows an admin signed in with a key the import form, and an unknown entity as an error with its code', async () => {
    const page = await open(withKeys, '/lists');
    await page.fill('#api-key', ADMIN_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('.import-form');
    expect(await page.locator('nav[aria-label="Pages"] a').allTextContents()).toEqual([
      'Search',
      'Paths',
      'Screening',
      'Lists',
      'Cases',
      'Alerts',
    ]);

    await page.evaluate(() => {
      window.history.pushState(null, '', '/entity/no-such%3Aentity');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForSelector('.state.error');
    expect(await page.locator('.state.error .error-code').textContent()).toBe('NOT_FOUND');
    expect(await page.locator('.state.error').textContent()).toContain('no-such:entity');
  });
});
