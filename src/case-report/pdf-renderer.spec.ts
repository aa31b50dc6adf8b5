import { describe, expect, it } from 'vitest';
import { AppError } from '../common/app-error';
import { toPublicError } from '../common/error-mapper';
import { PdfRenderer } from './pdf-renderer';

describe(PdfRenderer.name, () => {
  it('refuses with REPORT_RENDERER_UNAVAILABLE (503) naming the path when Chromium is missing', async () => {
    const sut = new PdfRenderer({ executablePath: '/nonexistent/chromium-for-tests' });

    const error = await sut.htmlToPdf('<p>x</p>').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'REPORT_RENDERER_UNAVAILABLE', details: { setting: 'CHROMIUM_PATH' } });
    expect((error as Error).message).toContain('/nonexistent/chromium-for-tests');
    expect(toPublicError(error)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503 });
    await sut.close();
  });

  it('tries again on the next PDF after a failed start, rather than keeping the failure', async () => {
    const sut = new PdfRenderer({ executablePath: '/nonexistent/chromium-for-tests' });

    const errors = [
      await sut.htmlToPdf('<p>1</p>').catch((caught: unknown) => caught),
      await sut.htmlToPdf('<p>2</p>').catch((caught: unknown) => caught),
    ];

    expect(errors.map((error) => (error as AppError).code)).toEqual([
      'REPORT_RENDERER_UNAVAILABLE',
      'REPORT_RENDERER_UNAVAILABLE',
    ]);
  });

  it('refuses new PDFs once closed', async () => {
    const sut = new PdfRenderer({ executablePath: '/nonexistent/chromium-for-tests' });
    await sut.close();

    await expect(sut.htmlToPdf('<p>x</p>')).rejects.toMatchObject({ code: 'REPORT_RENDERER_UNAVAILABLE' });
  });
});
