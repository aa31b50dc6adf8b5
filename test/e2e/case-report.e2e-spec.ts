import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type INestApplication, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyGuard } from '../../src/auth/api-key.guard';
import { verifyCaseReportHtml } from '../../src/case-report/case-report-html';
import { CaseReportModule } from '../../src/case-report/case-report.module';
import { PdfRenderer } from '../../src/case-report/pdf-renderer';
import { buildOpenApiDocument } from '../../src/openapi/openapi';
import { HttpExceptionFilter } from '../../src/common/http-exception.filter';
import { ConfigModule } from '../../src/config/config.module';
import { madeUpCaseView } from '../fixtures/case-report/made-up-case';
import { MadeUpReportSource } from '../fixtures/case-report/made-up-report-source';
import { testConfig } from '../helpers/test-app';

const run = promisify(execFile);
const READER_KEY = 'reader-key-for-report-tests-1';

interface ReportApp {
  app: INestApplication;
  url: string;
  source: MadeUpReportSource;
}

/**
 * The report routes over real HTTP with the application's guard and error filter, the real PDF
 * renderer and a source of made-up views (the cases feature supplies the real source).
 */
async function bootReportApp(overrides: Record<string, string> = {}): Promise<ReportApp> {
  const config = testConfig({ API_KEYS: `${READER_KEY}:reader`, ...overrides });
  const source = new MadeUpReportSource();
  const older = madeUpCaseView();
  older.snapshot = { ...older.snapshot, id: 'snap-0001', riskLevel: 'MEDIUM' };
  const neverRun = madeUpCaseView();
  neverRun.case = { ...neverRun.case, id: 'case-new', status: 'OPEN', outcome: null, closedAt: null };
  source
    .add(older)
    .add(madeUpCaseView())
    .add({ ...neverRun, snapshot: null });

  @Module({
    imports: [ConfigModule.forRoot(config), CaseReportModule.register({ source: { useValue: source } })],
    providers: [
      { provide: APP_GUARD, useClass: ApiKeyGuard },
      { provide: APP_FILTER, useClass: HttpExceptionFilter },
    ],
  })
  class ReportTestModule {}

  const app = await NestFactory.create(ReportTestModule, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, source };
}

describe('GET /api/cases/:id/report.html and report.pdf', () => {
  let sut: ReportApp;
  const reader = { 'x-api-key': READER_KEY };

  beforeAll(async () => {
    sut = await bootReportApp();
  });

  afterAll(async () => {
    await sut?.app.close();
  });

  it('answers a reader with the HTML report of the latest snapshot, never cached', async () => {
    const response = await fetch(`${sut.url}/api/cases/case-7f3a/report.html`, { headers: reader });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="case-case-7f3a-snap-0002.html"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('Northbridge Institute of Applied Optics');
    expect(verifyCaseReportHtml(html)).toBe(true);
    expect(html).toContain(response.headers.get('x-report-content-hash'));
  });

  it('gives the same document twice for one snapshot, apart from the generation time', async () => {
    const read = async (): Promise<string> =>
      (await (await fetch(`${sut.url}/api/cases/case-7f3a/report.html`, { headers: reader })).text()).replace(
        /<span id="generated-at">[^<]*<\/span>/,
        '',
      );

    expect(await read()).toBe(await read());
  });

  it('renders the snapshot named by ?snapshot=', async () => {
    const response = await fetch(`${sut.url}/api/cases/case-7f3a/report.html?snapshot=snap-0001`, { headers: reader });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(sut.source.calls.at(-1)).toEqual({ caseId: 'case-7f3a', snapshotId: 'snap-0001' });
    expect(html).toContain('<dt>Snapshot</dt><dd>snap-0001</dd>');
    expect(response.headers.get('content-disposition')).toContain('case-case-7f3a-snap-0001.html');
  });

  it("answers a PDF, as an attachment named after the case, that holds the partner's name", async () => {
    const response = await fetch(`${sut.url}/api/cases/case-7f3a/report.pdf`, { headers: reader });
    const pdf = Buffer.from(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="case-case-7f3a-snap-0002.pdf"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const folder = await mkdtemp(join(tmpdir(), 'case-report-e2e-'));
    try {
      await writeFile(join(folder, 'report.pdf'), pdf);
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(folder, 'report.pdf'), '-']);
      expect(stdout.replace(/\s+/g, ' ')).toContain('Northbridge Institute of Applied Optics');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('answers the report of a case never run, named after the case alone', async () => {
    const response = await fetch(`${sut.url}/api/cases/case-new/report.pdf`, { headers: reader });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="case-case-new.pdf"');
  });

  it.each([
    ['/api/cases/case-unknown/report.html', 'an unknown case'],
    ['/api/cases/case-7f3a/report.pdf?snapshot=snap-9999', 'an unknown snapshot'],
  ])('answers NOT_FOUND for %s (%s)', async (path, _reason) => {
    const response = await fetch(`${sut.url}${path}`, { headers: reader });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['/api/cases/bad%20id%3Cx%3E/report.html', 'id', 'an id with spaces and markup'],
    ['/api/cases/case-7f3a/report.html?snapshot=', 'snapshot', 'an empty snapshot'],
    ['/api/cases/case-7f3a/report.html?snapshot=a&snapshot=b', 'snapshot', 'two snapshots'],
    ['/api/cases/case-7f3a/report.html?snapshotId=snap-0001', 'snapshotId', 'an unknown query parameter'],
  ])('answers BAD_USER_INPUT naming the field for %s (%s: %s)', async (path, field, _reason) => {
    const response = await fetch(`${sut.url}${path}`, { headers: reader });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is documented in OpenAPI with its media types, the snapshot parameter and its errors', () => {
    const document = buildOpenApiDocument(sut.app, '0.0.0');

    for (const [extension, mediaType, errors] of [
      ['html', 'text/html', ['400', '401', '403', '404']],
      ['pdf', 'application/pdf', ['400', '401', '403', '404', '503']],
    ] as const) {
      const operation: any = document.paths[`/api/cases/{id}/report.${extension}`].get;
      expect(Object.keys(operation.responses['200'].content)).toEqual([mediaType]);
      expect(Object.keys(operation.responses).filter((status) => status !== '200')).toEqual(errors);
      expect(operation.parameters?.map((parameter: any) => parameter.name)).toEqual(['id', 'snapshot']);
    }
  });

  it('refuses a caller without a key', async () => {
    const response = await fetch(`${sut.url}/api/cases/case-7f3a/report.html`);

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('GET /api/cases/:id/report.pdf without Chromium', () => {
  let sut: ReportApp;

  beforeAll(async () => {
    sut = await bootReportApp({ CHROMIUM_PATH: '/nonexistent/chromium-for-tests' });
  });

  afterAll(async () => {
    await sut?.app.close();
  });

  it('answers 503 REPORT_RENDERER_UNAVAILABLE, and the HTML report still works', async () => {
    const pdf = await fetch(`${sut.url}/api/cases/case-7f3a/report.pdf`, { headers: { 'x-api-key': READER_KEY } });
    const html = await fetch(`${sut.url}/api/cases/case-7f3a/report.html`, { headers: { 'x-api-key': READER_KEY } });

    expect(pdf.status).toBe(503);
    expect(await pdf.json()).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'REPORT_RENDERER_UNAVAILABLE',
      details: { setting: 'CHROMIUM_PATH' },
    });
    expect(html.status).toBe(200);
  });
});

describe('the PDF renderer across the application life', () => {
  it('starts one browser for many PDFs and stops it when the application closes', async () => {
    const sut = await bootReportApp();
    const renderer = sut.app.get(PdfRenderer);
    const headers = { 'x-api-key': READER_KEY };

    const statuses = await Promise.all(
      [1, 2, 3].map(async () => (await fetch(`${sut.url}/api/cases/case-7f3a/report.pdf`, { headers })).status),
    );
    await sut.app.close();

    expect(statuses).toEqual([200, 200, 200]);
    expect(renderer.browsersStarted).toBe(1);
    await expect(renderer.htmlToPdf('<p>after close</p>')).rejects.toMatchObject({
      code: 'REPORT_RENDERER_UNAVAILABLE',
    });
  });
});
