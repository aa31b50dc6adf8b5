import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { RequireRole } from '../auth/roles.decorator';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { checkFormat } from './parsers/parser-registry';
import type { WatchlistFormat } from './watchlist-record';
import { type ImportSummary, WatchlistImportService } from './watchlist-import.service';

const LIST_ID = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** Upload names the parsers expect for each format (OFAC's side files cannot come over HTTP). */
const UPLOAD_FILE_NAMES: Partial<Record<WatchlistFormat, string>> = {
  'ofac-sdn': 'sdn.csv',
  'ofac-cons': 'cons_prim.csv',
  'un-xml': 'consolidated.xml',
  'csl-csv': 'csl.csv',
  'bis-dpl': 'dpl.txt',
  ftm: 'upload.entities.ftm.json',
  'ftm-delta': 'upload.entities.delta.json',
  'uk-sanctions': 'UK-Sanctions-List.upload',
  'uk-sanctions-jsonl': 'uksl-records.jsonl',
  'ca-nro': 'named-research-organizations.html',
  'jp-meti-eul': 'end-user-list.xlsx',
};

@Controller('api/watchlists')
@RequireRole('admin')
export class WatchlistsController {
  constructor(
    private readonly importer: WatchlistImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The request body is the list file, streamed to a private temporary folder (never held in
   * memory) and refused once it passes MAX_UPLOAD_BYTES; then imported like a file on disk.
   */
  @Post(':list/import')
  @HttpCode(200)
  async import(
    @Param('list') listId: string,
    @Query('format') format: string | undefined,
    @Query('strict') strict: string | undefined,
    @Query('issuedAt') issuedAt: string | undefined,
    @Req() request: Request,
  ): Promise<ImportSummary[]> {
    if (!LIST_ID.test(listId)) {
      throw new AppError('INVALID_ARGUMENT', 'list must be 1 to 64 lower-case letters, digits, ".", "_" or "-"', {
        argument: 'list',
      });
    }
    const uploadFormat = checkFormat(
      format,
      Object.keys(UPLOAD_FILE_NAMES) as WatchlistFormat[],
      ' (the csv format needs a mapping file: use the CLI)',
    );
    const directory = await mkdtemp(join(tmpdir(), 'partner-graph-upload-'));
    const path = join(directory, basename(UPLOAD_FILE_NAMES[uploadFormat] ?? uploadFormat));
    try {
      await this.receive(request, path);
      // The temporary file's date is the upload's, not the list's: only the file's own date or issuedAt count.
      return await this.importer.importFile({
        format: uploadFormat,
        path,
        listId,
        strict: strict === 'true',
        issuedAt,
        useFileDate: false,
      });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }

  private async receive(request: Request, path: string): Promise<void> {
    const limit = this.config.maxUploadBytes;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      throw new AppError('WATCHLIST_UPLOAD_TOO_LARGE', `The upload is ${declared} bytes; the limit is ${limit}`);
    }
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > limit) {
          callback(new AppError('WATCHLIST_UPLOAD_TOO_LARGE', `The upload passed the limit of ${limit} bytes`));
          return;
        }
        callback(null, chunk);
      },
    });
    await pipeline(request, counter, createWriteStream(path));
    if (received === 0) {
      throw new AppError('WATCHLIST_FILE_EMPTY', 'The request body is empty: send the list file as the body');
    }
  }
}
