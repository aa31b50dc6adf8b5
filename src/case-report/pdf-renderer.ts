import { existsSync } from 'node:fs';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { type Browser, chromium } from 'playwright-core';
import { AppError } from '../common/app-error';
import { escapeMarkup } from './markup';

export interface PdfRendererOptions {
  /** The system Chromium (CHROMIUM_PATH); nothing is ever downloaded. */
  executablePath: string;
  /** How long loading the HTML and printing it may take. */
  timeoutMs?: number;
  /** PDFs rendered at the same time; more wait their turn (each page costs the browser memory). */
  maxConcurrent?: number;
}

export interface PdfPageOptions {
  /** Text printed at the foot of every page beside "page n of m" (escaped). */
  footerText?: string;
}

/**
 * HTML to PDF through headless Chromium (playwright-core driving the machine's own browser). One
 * browser for the whole application, started on the first PDF and closed when the module stops; each
 * PDF gets its own browser context with JavaScript off and every network request refused, so a
 * report can only show what its HTML holds.
 */
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRenderer.name);
  private browser: Promise<Browser> | null = null;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private closed = false;
  private started = 0;

  constructor(private readonly options: PdfRendererOptions) {}

  async htmlToPdf(html: string, page: PdfPageOptions = {}): Promise<Buffer> {
    await this.takeTurn();
    try {
      const browser = await this.launch();
      const timeout = this.options.timeoutMs ?? 30_000;
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const tab = await context.newPage();
        tab.setDefaultTimeout(timeout);
        await tab.route('**/*', (route) => route.abort());
        await tab.setContent(html, { waitUntil: 'load' });
        return await tab.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footerTemplate(page.footerText ?? ''),
        });
      } finally {
        await context.close();
      }
    } finally {
      this.endTurn();
    }
  }

  /** How many times a browser was started: 1 for the life of a healthy process. */
  get browsersStarted(): number {
    return this.started;
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = null;
    if (browser) {
      await browser.then((opened) => opened.close()).catch(() => undefined);
    }
  }

  private launch(): Promise<Browser> {
    if (this.closed) {
      return Promise.reject(new AppError('REPORT_RENDERER_UNAVAILABLE', 'The PDF renderer is shutting down'));
    }
    if (!this.browser) {
      const launching = this.start();
      this.browser = launching;
      // A failed start is not kept: Chromium may be installed before the next request.
      launching.catch(() => {
        if (this.browser === launching) {
          this.browser = null;
        }
      });
    }
    return this.browser;
  }

  private async start(): Promise<Browser> {
    const executablePath = this.options.executablePath;
    if (!existsSync(executablePath)) {
      throw new AppError(
        'REPORT_RENDERER_UNAVAILABLE',
        `PDF reports need Chromium at ${executablePath} (set CHROMIUM_PATH, or apt-get install chromium); the HTML report works without it`,
        { setting: 'CHROMIUM_PATH' },
      );
    }
    try {
      const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'], headless: true });
      this.started += 1;
      browser.on('disconnected', () => {
        if (!this.closed) {
          this.logger.warn('Chromium exited; the next PDF starts it again');
          this.browser = null;
        }
      });
      this.logger.log(`Chromium ${browser.version()} started for PDF reports`);
      return browser;
    } catch (error) {
      this.logger.error(`Chromium at ${executablePath} did not start: ${(error as Error).message}`);
      throw new AppError(
        'REPORT_RENDERER_UNAVAILABLE',
        `Chromium at ${executablePath} did not start; the HTML report works without it`,
        { setting: 'CHROMIUM_PATH' },
        { cause: error },
      );
    }
  }

  private async takeTurn(): Promise<void> {
    if (this.active < (this.options.maxConcurrent ?? 2)) {
      this.active += 1;
      return;
    }
    // The finishing render hands its turn straight to the next one waiting.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private endTurn(): void {
    const next = this.waiting.shift();
    if (next) {
      next();
    } else {
      this.active -= 1;
    }
  }
}

function footerTemplate(text: string): string {
  return `<div style="font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #4b5563; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${escapeMarkup(text)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
