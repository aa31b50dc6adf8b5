import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { RequireRole } from '../auth/roles.decorator';
import { AppError } from '../common/app-error';
import { findUnknownField } from '../common/unknown-fields';
import { contentHashOf, REPORT_CONTENT_SECURITY_POLICY, renderCaseReportHtml } from './case-report-html';
import { CASE_REPORT_SOURCE, type CaseReportSource, type CaseReportView } from './case-report.view';
import { PdfRenderer } from './pdf-renderer';

/** Case and snapshot ids as the API hands them out: letters, digits and `_ . : -`, at most 128. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const QUERY_PARAMETERS = ['snapshot'] as const;
/** The query string as sent; view() checks it (only `snapshot` is known). */
type ReportQuery = Record<string, unknown>;

/**
 * The report for the file, as HTML or PDF, for a case's latest snapshot or the one named by
 * `?snapshot=`. Never cached: a report carries what the case says now.
 */
@Controller('api/cases')
@RequireRole('reader')
export class CaseReportController {
  constructor(
    @Inject(CASE_REPORT_SOURCE) private readonly source: CaseReportSource,
    private readonly pdf: PdfRenderer,
  ) {}

  @Get(':id/report.html')
  async html(@Param('id') caseId: string, @Query() query: ReportQuery, @Res() response: Response): Promise<void> {
    const { view, html } = await this.render(caseId, query);
    sendReport(response, html, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': `inline; filename="${fileName(caseId, view, 'html')}"`,
      'Content-Security-Policy': REPORT_CONTENT_SECURITY_POLICY,
      'X-Report-Content-Hash': contentHashOf(html) ?? '',
    });
  }

  @Get(':id/report.pdf')
  async pdfReport(@Param('id') caseId: string, @Query() query: ReportQuery, @Res() response: Response): Promise<void> {
    const { view, html } = await this.render(caseId, query);
    const contentHash = contentHashOf(html) ?? '';
    const pdf = await this.pdf.htmlToPdf(html, {
      footerText: `Case ${view.case.id} · ${view.snapshot ? `snapshot ${view.snapshot.id}` : 'not assessed'} · ${contentHash.slice(0, 19)}`,
    });
    sendReport(response, pdf, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName(caseId, view, 'pdf')}"`,
      'X-Report-Content-Hash': contentHash,
    });
  }

  /** The report's view and its HTML, generated now (the PDF is printed from the same HTML). */
  private async render(caseId: string, query: ReportQuery): Promise<{ view: CaseReportView; html: string }> {
    const view = await this.view(caseId, query);
    return { view, html: renderCaseReportHtml(view, { generatedAt: new Date() }) };
  }

  private async view(caseId: string, query: ReportQuery): Promise<CaseReportView> {
    if (!ID.test(caseId)) {
      throw new AppError('INVALID_ARGUMENT', 'id must be 1 to 128 letters, digits, "_", ".", ":" or "-"', {
        argument: 'id',
      });
    }
    const unknown = findUnknownField(query, QUERY_PARAMETERS);
    if (unknown) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `Unknown query parameter ${unknown.field}${unknown.suggestion ? ` (did you mean ${unknown.suggestion}?)` : ''}`,
        { argument: unknown.field },
      );
    }
    const snapshot = query.snapshot;
    if (snapshot !== undefined && (typeof snapshot !== 'string' || !ID.test(snapshot))) {
      throw new AppError(
        'INVALID_ARGUMENT',
        'snapshot must be one snapshot id: 1 to 128 letters, digits, "_", ".", ":" or "-"',
        { argument: 'snapshot' },
      );
    }
    return this.source.view(caseId, snapshot);
  }
}

/** A report answer: never cached, never sniffed, with the headers of its kind. */
function sendReport(response: Response, body: string | Buffer, headers: Record<string, string>): void {
  response
    .status(200)
    .set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers })
    .send(body);
}

/** `case-<id>-<snapshot>.<extension>` (`case-<id>.<extension>` before the first run), with anything but letters, digits, `_ . -` replaced. */
function fileName(caseId: string, view: CaseReportView, extension: 'html' | 'pdf'): string {
  const safe = (value: string): string => value.replace(/[^A-Za-z0-9_.-]/g, '_');
  return view.snapshot
    ? `case-${safe(caseId)}-${safe(view.snapshot.id)}.${extension}`
    : `case-${safe(caseId)}.${extension}`;
}
