import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/api-key';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { AppError } from '../common/app-error';
import { IdArgument } from '../common/graphql-arguments';
import { toImportResult } from './import-result';
import { ImportResult, Watchlist, WatchlistEntry } from './models/watchlist.model';
import { checkFormat, WATCHLIST_PARSERS } from './parsers/parser-registry';
import { checkListId, UPLOAD_FILE_NAMES } from './upload-storage';
import { WatchlistImportService } from './watchlist-import.service';
import type { WatchlistFormat } from './watchlist-record';
import { WatchlistsService } from './watchlists.service';

/**
 * The formats importWatchlist takes as text: one file, no side files (OFAC's need theirs: use REST
 * or the CLI) and not binary (the METI end-user list is .xlsx).
 */
export const GRAPHQL_IMPORT_FORMATS = (Object.keys(UPLOAD_FILE_NAMES) as WatchlistFormat[]).filter(
  (format) => WATCHLIST_PARSERS[format].sideFiles === undefined && format !== 'jp-meti-eul',
);

@Resolver(() => Watchlist)
@RequireRole('reader')
export class WatchlistsResolver {
  constructor(
    private readonly service: WatchlistsService,
    private readonly importer: WatchlistImportService,
  ) {}

  @Query(() => [Watchlist], { description: 'Every imported list with its active version and its history.' })
  watchlists(): Promise<Watchlist[]> {
    return this.service.watchlists();
  }

  @Query(() => WatchlistEntry, { description: 'One list entry with its listings and their history.' })
  watchlistEntry(
    @IdArgument('id', 'The entry id, `<listId>:<entryId>` (e.g. from a screening match).')
    id: string,
  ): Promise<WatchlistEntry> {
    return this.service.entry(id);
  }

  @Mutation(() => [ImportResult], {
    description:
      'Imports a list file given as text as a new version of the list (needs the admin role); the answer is the same as REST and `import --json`. For large or binary files, and OFAC with its side files, use REST or the CLI (the request body is limited to 10 MB).',
  })
  @RequireRole('admin')
  async importWatchlist(
    @IdArgument('list', 'The list id: 1 to 64 lower-case letters, digits, ".", "_" or "-".')
    list: string,
    @Args('format', { description: `The file format: ${GRAPHQL_IMPORT_FORMATS.join(', ')}.` })
    format: string,
    @Args('content', { description: 'The whole list file as text (UTF-8), as published.' })
    content: string,
    @Args('issuedAt', {
      type: () => String,
      nullable: true,
      description: 'The date the list was issued (YYYY-MM-DD), used when the file does not say.',
    })
    issuedAt: string | null,
    @Args('strict', {
      type: () => Boolean,
      nullable: true,
      description: 'True: refuse the whole file, changing nothing, if any record is invalid. Default false.',
    })
    strict: boolean | null,
    @Args('allowMassDelisting', {
      type: () => Boolean,
      nullable: true,
      description: 'True: activate even when the version delists more than MAX_DELISTING_SHARE of the entries.',
    })
    allowMassDelisting: boolean | null,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportResult[]> {
    checkListId(list);
    const checked = checkFormat(format, GRAPHQL_IMPORT_FORMATS, ' (other formats: use REST or the CLI)');
    if (content.length === 0) {
      throw new AppError('WATCHLIST_FILE_EMPTY', 'content is empty: give the list file as text', {
        argument: 'content',
      });
    }
    const directory = await mkdtemp(join(tmpdir(), 'partner-graph-upload-'));
    try {
      const path = join(directory, basename(UPLOAD_FILE_NAMES[checked] ?? checked));
      await writeFile(path, content, 'utf8');
      const summaries = await this.importer.importFile({
        format: checked,
        importedBy: caller.userId,
        path,
        listId: list,
        strict: strict === true,
        issuedAt: issuedAt ?? undefined,
        useFileDate: false,
        allowMassDelisting: allowMassDelisting === true,
      });
      return summaries.map(toImportResult);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }
}
