/**
 * `npm run bench:web`: the analysts' web app in the system Chromium (playwright-core, nothing
 * downloaded) against the built app running as a process of its own on a quiet port, on the local
 * Neo4j named by NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA_DIR (started here if it is not running; the
 * first start migrates, seeds and imports the sample lists). Give BENCH_WEB_URL to measure a server
 * that is already running instead.
 *
 * Measures, over WEB_RUNS runs (default 20):
 * - first load: navigation start to the app's `partner-graph:ready` mark (the search box usable), with
 *   an empty cache (a new browser context each run) and with a warm one (reloads);
 * - search round trip: a name set in the search box to its results shown, split into the time
 *   before the request, the server's (request to first byte), the download and the render; names drawn from the database (graph entities and list entries), and the same query
 *   sent with fetch alone; and typing: the last 6 characters of each name a key every 120 ms, from the
 *   last keystroke to the results for the whole name shown;
 * - the graph view on the Entity page at 500+ nodes: the hub with the most neighbours, expanded through
 *   the page's own Expand button until 500 nodes are drawn (within 2 hops); layout-and-draw time of
 *   that drawing (the `partner-graph:graph-render` measure), and of a type filter change (the
 *   `partner-graph:graph-filter` measure: elements hidden or shown, positions kept, no layout);
 * - the bundle: bytes of what the first page loads, raw and gzip.
 * Prints the figures with the load average (the machine is shared) and writes .data/bench-web-result.json.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { int } from 'neo4j-driver';
import { chromium, type Page } from 'playwright-core';
import { findProjectRoot } from '../src/common/project-root';
import { BenchProcesses, sleep, startBenchNeo4j, waitReady, withDatabaseSession } from './lib/api-processes';

// Functions given to page.evaluate run in the page, with the browser's globals.
declare const document: any;
declare const MutationObserver: any;
declare const HTMLInputElement: any;

const root = findProjectRoot();
const runs = Number(process.env.WEB_RUNS ?? 20);
/**
 * Searches sent (and not timed) before the timed ones, for names other than those timed: a server
 * that has just started answers its first searches several times slower (Neo4j's full-text index
 * not yet in memory), which is not what an analyst meets on a server that has been up.
 */
const warmUpSearches = Number(process.env.WEB_WARM_UP_SEARCHES ?? 30);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Spread {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((left, right) => left - right);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    runs: sorted.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
  };
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const processes = new BenchProcesses();
/** The first start migrates, seeds and imports the sample lists: it may take long on a loaded machine. */
const APP_READY_TIMEOUT_MS = 3_600_000;

/** Names to search for (graph entities and list entries) and the best-connected hub, from the database. */
function fromDatabase(): Promise<{ names: string[]; hub: { id: string; name: string; degree: number } }> {
  return withDatabaseSession(async (session) => {
    const names = await session.run(
      `MATCH (entity:Entity) WHERE entity.name IS NOT NULL AND size(entity.name) >= 6
       WITH entity, rand() AS order ORDER BY order LIMIT $count
       RETURN entity.name AS name`,
      { count: int(runs + warmUpSearches) },
    );
    const hub = await session.run(
      `MATCH (hub:Entity)-[relationship]-(other:Entity)
       WHERE NOT type(relationship) IN ['LISTED_ON', 'SAME_AS']
       WITH hub, count(DISTINCT other) AS degree ORDER BY degree DESC LIMIT 1
       RETURN hub.id AS id, hub.name AS name, degree`,
    );
    const record = hub.records[0];
    return {
      names: names.records.map((entry) => String(entry.get('name'))),
      hub: { id: String(record.get('id')), name: String(record.get('name')), degree: Number(record.get('degree')) },
    };
  });
}

/** What index.html loads before the app is usable: its script and stylesheet (the graph chunk is loaded later). */
function bundle(): { file: string; bytes: number; gzipBytes: number }[] {
  const directory = join(root, 'dist', 'web-app');
  const index = readFileSync(join(directory, 'index.html'), 'utf8');
  const initial = [...index.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((match) => match[1]);
  const all = readdirSync(join(directory, 'assets')).map((file) => `assets/${file}`);
  return all
    .map((file) => {
      const content = readFileSync(join(directory, file));
      return {
        file: initial.includes(file) ? `${file} (first page)` : file,
        bytes: statSync(join(directory, file)).size,
        gzipBytes: gzipSync(content).length,
      };
    })
    .sort((left, right) => right.bytes - left.bytes);
}

async function readyTime(page: Page): Promise<{ ready: number; domInteractive: number; loadEvent: number }> {
  await page.waitForSelector('#search-input');
  await page.waitForFunction(() => performance.getEntriesByName('partner-graph:ready').length > 0);
  return page.evaluate(() => {
    const navigation = (performance as any).getEntriesByType('navigation')[0] as {
      domInteractive: number;
      loadEventEnd: number;
    };
    return {
      ready: performance.getEntriesByName('partner-graph:ready')[0].startTime,
      domInteractive: navigation.domInteractive,
      loadEvent: navigation.loadEventEnd,
    };
  });
}

interface SearchTiming {
  /** The value set to the results for it shown. */
  total: number;
  /** The value set to the request sent: the page's pause and scheduling. */
  beforeRequest: number;
  /** Request sent to the first byte of the answer: the server's time, on this loopback. */
  server: number;
  /** First to last byte of the answer. */
  download: number;
  /** Last byte to the results shown: JSON parsing, React's render and the browser's commit. */
  afterResponse: number;
  /** Requests to /graphql the search sent (a stale one aborted counts). */
  requests: number;
}

/**
 * Sets the search box to `text` and returns ms until the results for it are shown, split with the
 * browser's resource timing of the /graphql request it sent.
 */
function timeSearch(page: Page, text: string): Promise<SearchTiming> {
  return page.evaluate(async (value) => {
    const graphqlEntries = () =>
      (performance as any)
        .getEntriesByType('resource')
        .filter((entry: { name: string }) => entry.name.endsWith('/graphql')) as Array<{
        startTime: number;
        requestStart: number;
        responseStart: number;
        responseEnd: number;
      }>;
    (performance as any).clearResourceTimings();
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
    const end = performance.now();
    const entries = graphqlEntries();
    const last = entries[entries.length - 1];
    return {
      total: end - start,
      beforeRequest: last ? last.startTime - start : NaN,
      server: last ? last.responseStart - last.requestStart : NaN,
      download: last ? last.responseEnd - last.responseStart : NaN,
      afterResponse: last ? end - last.responseEnd : NaN,
      requests: entries.length,
    };
  }, text);
}

/**
 * Types the last `typed` characters of `text` into the search box one keystroke every
 * `intervalMs` (a typist, after the start of the name is already in), and returns ms from the last
 * keystroke to the results for the whole name shown, with the requests the keystrokes sent.
 */
function timeTyping(
  page: Page,
  text: string,
  typed: number,
  intervalMs: number,
): Promise<{ ms: number; requests: number }> {
  return page.evaluate(
    async ({ value, count, interval }) => {
      const input = document.querySelector('#search-input');
      const results = document.querySelector('.results');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (next: string) => {
        setValue.call(input, next);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const shown = () => results.dataset.query === value.trim() && results.dataset.loading === 'false';
      const start = Math.max(1, value.length - count);
      type(value.slice(0, start));
      await new Promise<void>((resolve) => {
        // Its results shown, so that its request is not counted with the typed keys'.
        const poll = () =>
          results.dataset.query === value.slice(0, start).trim() && results.dataset.loading === 'false'
            ? resolve()
            : setTimeout(poll, 10);
        poll();
      });
      (performance as any).clearResourceTimings();
      let last = 0;
      for (let length = start + 1; length <= value.length; length++) {
        await new Promise((resolve) => setTimeout(resolve, interval));
        last = performance.now();
        type(value.slice(0, length));
      }
      if (!shown()) {
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (shown()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(results, { attributes: true, childList: true, subtree: true });
        });
      }
      const requests = (performance as any)
        .getEntriesByType('resource')
        .filter((entry: { name: string }) => entry.name.endsWith('/graphql')).length as number;
      return { ms: performance.now() - last, requests };
    },
    { value: text, count: typed, interval: intervalMs },
  );
}

function timeApiSearch(page: Page, text: string): Promise<number> {
  return page.evaluate(async (query) => {
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
  }, text);
}

async function graphRenders(page: Page): Promise<Array<{ duration: number; nodes: number }>> {
  return page.evaluate(() =>
    (performance as any)
      .getEntriesByName('partner-graph:graph-render')
      .map((entry: { duration: number; detail: { nodes: number } }) => ({
        duration: entry.duration,
        nodes: entry.detail.nodes,
      })),
  );
}

async function filterChanges(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    (performance as any)
      .getEntriesByName('partner-graph:graph-filter')
      .map((entry: { duration: number }) => entry.duration),
  );
}

async function layoutCount(page: Page): Promise<number> {
  return Number(await page.locator('.graph-canvas').first().getAttribute('data-layout-count'));
}

async function nodeCount(page: Page): Promise<number> {
  return Number(await page.locator('.graph-canvas').first().getAttribute('data-node-count'));
}

async function main(): Promise<void> {
  let url = process.env.BENCH_WEB_URL ?? null;
  const neo4j = url ? null : await startBenchNeo4j(' (or BENCH_WEB_URL)');
  const outcome = neo4j?.outcome ?? 'not managed here';
  if (!url) {
    const port = Number(process.env.BENCH_WEB_PORT ?? 4100 + Math.floor(Math.random() * 800));
    url = `http://127.0.0.1:${port}`;
    processes.startApi('app', 'up', port);
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    await waitReady(url, 'the app', APP_READY_TIMEOUT_MS);
    const { names, hub } = await fromDatabase();
    const loadAtStart = load();
    process.stderr.write(`App ready at ${url}; Neo4j ${outcome}; load average ${loadAtStart}\n`);

    // First load with an empty cache: a new context each run.
    const cold: number[] = [];
    const coldInteractive: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${url}/`);
      const times = await readyTime(page);
      cold.push(times.ready);
      coldInteractive.push(times.domInteractive);
      await context.close();
    }

    // Warm: the same tab reloads (assets from the cache; index.html revalidated).
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await readyTime(page);
    const warm: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.reload();
      warm.push((await readyTime(page)).ready);
    }

    // Search round trips: each name set in the box, then the same query alone.
    await timeSearch(page, 'warm up the search index');
    for (const name of names.splice(runs)) {
      await timeApiSearch(page, name);
    }
    const search: SearchTiming[] = [];
    const api: number[] = [];
    for (const name of names) {
      search.push(await timeSearch(page, name));
      api.push(await timeApiSearch(page, name));
    }
    // Typing: the last 6 characters of each name, a keystroke every 120 ms (about 100 words a minute).
    const typing: Array<{ ms: number; requests: number }> = [];
    for (const name of names) {
      await timeSearch(page, 'x');
      typing.push(await timeTyping(page, name, 6, 120));
    }
    const searchPart = (part: Exclude<keyof SearchTiming, 'requests'>) =>
      spread(search.map((timing) => timing[part]).filter((value) => Number.isFinite(value)));

    // The graph view at 500+ nodes: the hub, then its best-connected neighbours expanded.
    const graphPage = await context.newPage();
    await graphPage.goto(`${url}/entity/${encodeURIComponent(hub.id)}`);
    await graphPage.waitForFunction(
      () => Number(document.querySelector('.graph-canvas')?.dataset.nodeCount) > 1,
      null,
      {
        timeout: 120_000,
      },
    );
    await graphPage.waitForSelector('.graph-section .loading', { state: 'detached' });
    const expansions: string[] = [];
    const options = await graphPage
      .locator('#graph-node option')
      .evaluateAll((elements) => elements.map((element) => (element as unknown as { value: string }).value));
    for (const option of options) {
      if ((await nodeCount(graphPage)) >= 500 || expansions.length >= 60) {
        break;
      }
      if (option === hub.id) {
        continue;
      }
      await graphPage.selectOption('#graph-node', option);
      await graphPage.getByRole('button', { name: /^Expand/ }).click();
      await graphPage.waitForSelector('.graph-section .loading', { state: 'detached' });
      expansions.push(option);
    }
    const drawn = await nodeCount(graphPage);
    const edges = Number(await graphPage.locator('.graph-canvas').first().getAttribute('data-edge-count'));
    await sleep(500);
    const atSize = (await graphRenders(graphPage)).filter((render) => render.nodes >= Math.min(500, drawn) * 0.9);
    // Without expansions the hub alone reaches the size: open its page again for more drawings.
    for (let run = 1; expansions.length === 0 && run < Math.min(runs, 10); run++) {
      const again = await context.newPage();
      await again.goto(`${url}/entity/${encodeURIComponent(hub.id)}`);
      await again.waitForFunction(
        (size) =>
          (performance as any)
            .getEntriesByName('partner-graph:graph-render')
            .some((entry: { detail: { nodes: number } }) => entry.detail.nodes >= size),
        Math.min(500, drawn) * 0.9,
        { timeout: 120_000 },
      );
      atSize.push(
        ...(await graphRenders(again)).filter((render) => render.nodes >= Math.min(500, drawn) * 0.9).slice(0, 1),
      );
      await again.close();
    }
    // A filter change at that size: a relationship type hidden, then shown again. The page hides and
    // shows elements (the `partner-graph:graph-filter` measure); a new layout would add a
    // `partner-graph:graph-render` measure and raise the canvas's data-layout-count.
    const redraws: number[] = [];
    const layoutsBefore = await layoutCount(graphPage);
    const rendersBefore = (await graphRenders(graphPage)).length;
    const typeBox = graphPage.locator('.type-filter input[type="checkbox"]').first();
    for (let run = 0; run < Math.min(runs, 10); run++) {
      const before = (await filterChanges(graphPage)).length;
      await typeBox.click();
      await graphPage.waitForFunction(
        (count) => (performance as any).getEntriesByName('partner-graph:graph-filter').length > count,
        before,
      );
      const after = await filterChanges(graphPage);
      redraws.push(after[after.length - 1]);
    }
    const layoutsDuringFilters = (await layoutCount(graphPage)) - layoutsBefore;
    const rendersDuringFilters = (await graphRenders(graphPage)).length - rendersBefore;

    const result = {
      measuredAt: new Date().toISOString(),
      url,
      loadAverageAtStart: loadAtStart,
      warmUpSearches,
      loadAverageAtEnd: load(),
      firstLoadColdMs: spread(cold),
      firstLoadColdDomInteractiveMs: spread(coldInteractive),
      firstLoadWarmMs: spread(warm),
      searchRoundTripMs: searchPart('total'),
      searchParts: {
        beforeRequestMs: searchPart('beforeRequest'),
        serverMs: searchPart('server'),
        downloadMs: searchPart('download'),
        afterResponseMs: searchPart('afterResponse'),
        requests: search.reduce((sum, timing) => sum + timing.requests, 0),
      },
      searchApiAloneMs: spread(api),
      searchTypingLastKeystrokeMs: spread(typing.map((one) => one.ms)),
      searchTypingRequests: typing.reduce((sum, one) => sum + one.requests, 0),
      graph: {
        hub,
        expandedNodes: expansions.length,
        nodesDrawn: drawn,
        edgesDrawn: edges,
        renderAtSizeMs: atSize.length > 0 ? spread(atSize.map((render) => render.duration)) : null,
        filterChangeMs: spread(redraws),
        layoutsDuringFilterChanges: layoutsDuringFilters,
        layoutMeasuresDuringFilterChanges: rendersDuringFilters,
      },
      bundle: bundle(),
    };
    mkdirSync(join(root, '.data'), { recursive: true });
    writeFileSync(join(root, '.data', 'bench-web-result.json'), JSON.stringify(result, null, 2));
    const line = (label: string, value: Spread | null) =>
      value
        ? `  ${label}: median ${value.median} ms, p95 ${value.p95} ms (min ${value.min}, max ${value.max}; ${value.runs} runs)`
        : `  ${label}: not measured`;
    process.stdout.write(
      [
        `\n${result.measuredAt} bench:web against ${url}; load average ${result.loadAverageAtStart} at start, ${result.loadAverageAtEnd} at end`,
        line('first load, empty cache (navigation to app ready)', result.firstLoadColdMs),
        line('first load, empty cache (DOM interactive)', result.firstLoadColdDomInteractiveMs),
        line('reload, warm cache (navigation to app ready)', result.firstLoadWarmMs),
        line(
          `search (after ${warmUpSearches} untimed searches for other names), name set to results shown`,
          result.searchRoundTripMs,
        ),
        line('  of which: value set to request sent', result.searchParts.beforeRequestMs),
        line('  of which: request sent to first byte (server)', result.searchParts.serverMs),
        line('  of which: first to last byte', result.searchParts.downloadMs),
        line('  of which: last byte to results shown (parse, render)', result.searchParts.afterResponseMs),
        `  requests sent for ${search.length} searches: ${result.searchParts.requests}`,
        line('search, the same GraphQL call alone', result.searchApiAloneMs),
        line('search while typing (a key every 120 ms): last key to results shown', result.searchTypingLastKeystrokeMs),
        `  requests sent for ${typing.length * 6} typed keystrokes: ${result.searchTypingRequests}`,
        `  graph: hub ${hub.name} (${hub.id}, ${hub.degree} neighbours), ${expansions.length} nodes expanded, ${drawn} nodes and ${edges} edges drawn`,
        line(`graph layout and draw at ${drawn} nodes`, result.graph.renderAtSizeMs),
        line('graph filter change (hide or show, no layout)', result.graph.filterChangeMs),
        `  layouts run during the ${redraws.length} filter changes: ${layoutsDuringFilters} (layout measures: ${rendersDuringFilters})`,
        '  bundle (bytes, gzip):',
        ...result.bundle.map((file) => `    ${file.file}: ${file.bytes} (${file.gzipBytes})`),
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await processes.stopAll();
    await neo4j?.stop();
  }
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  processes.killAll();
  process.exit(1);
});
