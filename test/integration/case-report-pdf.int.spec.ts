import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCaseReportHtml } from '../../src/case-report/case-report-html';
import { PdfRenderer } from '../../src/case-report/pdf-renderer';
import { HOSTILE_NAME, madeUpCaseView } from '../fixtures/case-report/made-up-case';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The PDF of the report, printed by the real system Chromium and read back with poppler-utils. */
describe('PDF report through the system Chromium', () => {
  let sut: PdfRenderer;
  let folder: string;

  beforeAll(async () => {
    sut = new PdfRenderer({ executablePath: CHROMIUM });
    folder = await mkdtemp(join(tmpdir(), 'case-report-'));
  });

  afterAll(async () => {
    await sut?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("contains the partner's name and renders page 1 to an image", async () => {
    const view = madeUpCaseView();
    const pdf = await sut.htmlToPdf(renderCaseReportHtml(view, { generatedAt: '2026-11-30T12:00:00.000Z' }), {
      footerText: `Case ${view.case.id}`,
    });
    const pdfPath = join(folder, 'report.pdf');
    await writeFile(pdfPath, pdf);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Northbridge Institute of Applied Optics');
    expect(text).toContain('Kestrel Dynamics Holding');
    expect(text).toContain('Page 1 of');
    expect(text).toContain('2026-11-30T12:00:00.000Z');

    await run('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(folder, 'page')]);
    const png = await readFile(join(folder, 'page.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('prints a hostile name as the text it is', async () => {
    const view = madeUpCaseView();
    view.parties[0].name = HOSTILE_NAME;
    view.findings[0].paths[0].nodes[1].name = HOSTILE_NAME;
    const pdfPath = join(folder, 'hostile.pdf');
    await writeFile(
      pdfPath,
      await sut.htmlToPdf(renderCaseReportHtml(view, { generatedAt: '2026-11-30T12:00:00.000Z' })),
    );

    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
    expect(stdout.replace(/\s+/g, ' ')).toContain(`<script>alert('x')</script>`);
  });

  it('fetches nothing a document refers to, even when the HTML asks', async () => {
    let requests = 0;
    const server: Server = createServer((_request, response) => {
      requests += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const pdf = await sut.htmlToPdf(
        `<!DOCTYPE html><html><head><link rel="stylesheet" href="${url}/style.css"></head><body><p>Plain text</p><img src="${url}/image.png"><script src="${url}/script.js"></script></body></html>`,
      );

      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(requests).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('prints several PDFs at once with one browser', async () => {
    const html = renderCaseReportHtml(madeUpCaseView(), { generatedAt: '2026-11-30T12:00:00.000Z' });

    const pdfs = await Promise.all([1, 2, 3].map(() => sut.htmlToPdf(html)));

    expect(pdfs.every((pdf) => pdf.subarray(0, 5).toString('latin1') === '%PDF-')).toBe(true);
    expect(sut.browsersStarted).toBe(1);
  });
});
