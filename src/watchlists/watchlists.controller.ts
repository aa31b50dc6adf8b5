import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, HttpCode, Inject, Param, Post, Query, Req, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Caller } from '../auth/api-key';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { checkFormat, WATCHLIST_PARSERS } from './parsers/parser-registry';
import { SIDE_FILE_KINDS, type SideFileKind } from './parsers/watchlist-parser';
import {
  checkListId,
  removeUploadDirectory,
  type StoredPart,
  UPLOAD_FILE_NAMES,
  uploadDirectory,
  uploadStorage,
} from './upload-storage';
import type { WatchlistFormat } from './watchlist-record';
import { type ImportResult, toImportResult } from './import-result';
import { WatchlistImportService } from './watchlist-import.service';

@Controller('api/watchlists')
@RequireRole('admin')
export class WatchlistsController {
  constructor(
    private readonly importer: WatchlistImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The request body is the list file, streamed to a private temporary folder (never held in
   * memory) and refused once it passes MAX_UPLOAD_BYTES; then imported like a file on disk. A format
   * with side files (OFAC: alt, add, comments) takes a multipart/form-data body with the parts `file`,
   * `alt`, `add` and `comments` (like any write with a form content type, it needs the CSRF header);
   * without `alt` and `add` it is refused unless `sideFiles=none` says to import the names alone.
   */
  @Post(':list/import')
  @HttpCode(200)
  @UseInterceptors(
    FileFieldsInterceptor([{ name: 'file', maxCount: 1 }, ...SIDE_FILE_KINDS.map((name) => ({ name, maxCount: 1 }))], {
      storage: uploadStorage,
    }),
  )
  async import(
    @Param('list') listId: string,
    @Query('format') format: string | undefined,
    @Query('strict') strict: string | undefined,
    @Query('issuedAt') issuedAt: string | undefined,
    @Query('allowMassDelisting') allowMassDelisting: string | undefined,
    @Query('sideFiles') sideFiles: string | undefined,
    @Req() request: Request,
    @CurrentCaller() caller: Caller,
    @UploadedFiles() parts: Partial<Record<'file' | SideFileKind, StoredPart[]>> | undefined,
  ): Promise<ImportResult[]> {
    checkListId(listId);
    const uploadFormat = checkFormat(
      format,
      Object.keys(UPLOAD_FILE_NAMES) as WatchlistFormat[],
      ' (the csv format needs a mapping file: use the CLI)',
    );
    if (sideFiles !== undefined && sideFiles !== 'none') {
      throw new AppError('INVALID_ARGUMENT', 'sideFiles takes only the value none', { argument: 'sideFiles' });
    }
    try {
      const directory = await uploadDirectory(request);
      const path = join(directory, basename(UPLOAD_FILE_NAMES[uploadFormat] ?? uploadFormat));
      if (parts === undefined || Object.keys(parts).length === 0) {
        await this.receive(request, path);
      } else {
        await placeParts(uploadFormat, parts, path);
      }
      checkSideFiles(uploadFormat, parts ?? {}, sideFiles === 'none');
      // The temporary file's date is the upload's, not the list's: only the file's own date or issuedAt count.
      const summaries = await this.importer.importFile({
        format: uploadFormat,
        importedBy: caller.userId,
        path,
        listId,
        strict: strict === 'true',
        issuedAt,
        useFileDate: false,
        allowMassDelisting: allowMassDelisting === 'true',
      });
      return summaries.map(toImportResult);
    } finally {
      await removeUploadDirectory(request);
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

/** Moves the uploaded parts to the names the format's parser reads (the main file, its side files beside it). */
async function placeParts(
  format: WatchlistFormat,
  parts: Partial<Record<'file' | SideFileKind, StoredPart[]>>,
  path: string,
): Promise<void> {
  const main = parts.file?.[0];
  if (!main || main.size === 0) {
    throw new AppError(
      'WATCHLIST_FILE_EMPTY',
      'The multipart upload has no part "file" (the list file), or it is empty',
    );
  }
  await rename(main.path, path);
  const names = WATCHLIST_PARSERS[format].sideFiles ?? {};
  for (const kind of SIDE_FILE_KINDS) {
    const part = parts[kind]?.[0];
    if (!part) {
      continue;
    }
    const name = names[kind];
    if (!name) {
      throw new AppError('INVALID_ARGUMENT', `The ${format} format has no ${kind} side file`, { argument: kind });
    }
    await rename(part.path, join(dirname(path), name));
  }
}

/**
 * An OFAC upload without its alias and address files would import every entry without its aliases
 * and addresses (and, over an earlier complete version, remove them): refused unless the caller says
 * `sideFiles=none`.
 */
function checkSideFiles(
  format: WatchlistFormat,
  parts: Partial<Record<SideFileKind, StoredPart[]>>,
  withoutSideFiles: boolean,
): void {
  const names = WATCHLIST_PARSERS[format].sideFiles;
  if (!names || withoutSideFiles) {
    return;
  }
  const missing = (['alt', 'add'] as const).filter((kind) => names[kind] && !parts[kind]?.length);
  if (missing.length > 0) {
    throw new AppError(
      'WATCHLIST_SIDE_FILES_MISSING',
      `A ${format} upload needs its side files: send multipart/form-data with the parts file, ` +
        `${missing.map((kind) => `${kind} (${names[kind]})`).join(', ')} and optionally comments, ` +
        'or add sideFiles=none to import the entries without their aliases and addresses',
      { argument: missing[0] },
    );
  }
}
