import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { findProjectRoot } from '../../src/common/project-root';

/** The system Chromium, never one Playwright downloads; CHROMIUM_PATH names another. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** With SCREENSHOTS=1, screenshot() writes pages to docs/screenshots/ (committed, shown in the README). */
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? join(findProjectRoot(), 'docs', 'screenshots') : null;

export interface BrowserPages {
  /** Opens `path` of a booted app in a new page whose console errors and page errors fail the test. */
  open(app: { url: string }, path: string): Promise<Page>;
}

/**
 * A Chromium for the calling `describe`: launched in its `beforeAll`, closed in its `afterAll`. After each test the
 * pages it opened are closed, and any console error or page error they logged fails it.
 */
export function browserForSuite(): BrowserPages {
  let browser: Browser | undefined;
  const opened: Array<{ page: Page; consoleErrors: string[] }> = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterEach(async () => {
    const errors = opened.flatMap((entry) => entry.consoleErrors);
    await Promise.all(opened.splice(0).map((entry) => entry.page.close()));
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open(app, path) {
      if (!browser) {
        throw new Error('The browser starts in beforeAll: open pages from a test or a later hook');
      }
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          consoleErrors.push(message.text());
        }
      });
      page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
      opened.push({ page, consoleErrors });
      await page.goto(`${app.url}${path}`);
      return page;
    },
  };
}

/** Writes the page to docs/screenshots/<name>.png when SCREENSHOTS=1; does nothing otherwise. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (SCREENSHOTS) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
  }
}
