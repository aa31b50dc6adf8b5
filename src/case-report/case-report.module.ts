import {
  type ClassProvider,
  type DynamicModule,
  type ExistingProvider,
  type FactoryProvider,
  Module,
  type ModuleMetadata,
  type ValueProvider,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CaseReportController } from './case-report.controller';
import { CASE_REPORT_SOURCE, type CaseReportSource } from './case-report.view';
import { PdfRenderer } from './pdf-renderer';

export interface CaseReportModuleOptions {
  /** The modules the source needs (e.g. the cases module exporting it). */
  imports?: ModuleMetadata['imports'];
  /** How to obtain the CaseReportSource: a class, an existing provider, a factory or a value. */
  source:
    | Omit<ClassProvider<CaseReportSource>, 'provide'>
    | Omit<ExistingProvider<CaseReportSource>, 'provide'>
    | Omit<FactoryProvider<CaseReportSource>, 'provide'>
    | Omit<ValueProvider<CaseReportSource>, 'provide'>;
}

/**
 * GET /api/cases/:id/report.html and report.pdf. The report renders views it is given; where they
 * come from (the cases feature) is the application's choice, e.g.
 * `CaseReportModule.register({ imports: [CasesModule], source: { useExisting: CasesReportSource } })`.
 */
@Module({})
export class CaseReportModule {
  static register(options: CaseReportModuleOptions): DynamicModule {
    return {
      module: CaseReportModule,
      imports: options.imports ?? [],
      controllers: [CaseReportController],
      providers: [
        { provide: CASE_REPORT_SOURCE, ...options.source },
        {
          provide: PdfRenderer,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new PdfRenderer({ executablePath: config.chromiumPath }),
        },
      ],
    };
  }
}
