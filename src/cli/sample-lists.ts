import { cliUserId, SYSTEM_UPGRADE_USER_ID } from '../auth/api-key';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { dataRoot } from '../common/project-root';
import { parserFor } from '../watchlists/parsers/parser-registry';
import { WatchlistImportService } from '../watchlists/watchlist-import.service';
import { WatchlistsService } from '../watchlists/watchlists.service';

export interface SampleListManifest {
  lists: Array<{
    format: string;
    path: string;
    /** The list id when it is not the format's own. */
    list?: string;
    /** The issue date of the copy when the file itself carries none (recorded as the operator's). */
    issuedAt?: string;
  }>;
}

export function readSampleListManifest(root: string = dataRoot()): SampleListManifest {
  return JSON.parse(readFileSync(join(root, 'seed', 'watchlists.json'), 'utf8')) as SampleListManifest;
}

/**
 * Imports each real list file named in seed/watchlists.json whose list the graph does not have yet
 * (no active version), marked as a sample; lists already there are left alone, whatever version they
 * hold. So a first start screens against real data, and an existing install gets lists added to the
 * manifest since at its next start. Returns how many lists were imported.
 *
 * Since rules 1.149.0 one exception: a list whose active version is the shipped sample file itself, read by an
 * older reading of its format (a smaller read version: before rules 1.145.0 the entries' address towns were not
 * stored), is imported again from that file as a new version, recorded as the system's (`system:importer-upgrade`),
 * so an upgraded install gets what the importer now reads without waiting for the list's next import. The earlier
 * version is kept, as every import keeps it. A list the operator imported (or an older sample copy) is left alone:
 * its file is not here, and its next import or sync reads it again (`sameImport`); the log says so.
 */
export async function importMissingSampleLists(
  services: {
    importer: WatchlistImportService;
    watchlists: WatchlistsService;
  },
  root: string = dataRoot(),
  manifest: SampleListManifest = readSampleListManifest(root),
): Promise<number> {
  const present = new Set(
    (await services.watchlists.watchlists()).filter((list) => list.activeVersion !== null).map((list) => list.id),
  );
  const logger = new Logger('SampleLists');
  let imported = 0;
  for (const list of manifest.lists) {
    const listId = list.list ?? parserFor(list.format).defaultListId;
    const path = join(root, list.path);
    let importedBy = cliUserId();
    if (listId !== null && present.has(listId)) {
      const reading = await services.importer.activeReading(listId, list.format, path);
      if (!reading || reading.readVersion >= reading.currentReadVersion) {
        continue;
      }
      const read = `read by the ${list.format} importer at read version ${reading.readVersion} (it now reads at ${reading.currentReadVersion})`;
      if (!reading.sample || !reading.sameFile) {
        logger.warn(
          `${listId}: its active version ${reading.versionId} was ${read} from ${reading.sample ? 'an older sample copy' : 'a file imported by an operator'}; the list's next import or sync reads it again`,
        );
        continue;
      }
      logger.log(
        `${listId}: its active version ${reading.versionId} is the shipped sample file ${read}: importing it again as a new version (importer upgrade; the earlier version is kept)`,
      );
      importedBy = SYSTEM_UPGRADE_USER_ID;
    }
    const started = Date.now();
    const [summary] = await services.importer.importFile({
      format: list.format,
      importedBy,
      path,
      listId: list.list,
      issuedAt: list.issuedAt,
      sample: true,
    });
    imported += 1;
    logger.log(
      `${importedBy === SYSTEM_UPGRADE_USER_ID ? 'Read again' : 'Imported'} sample list ${summary.list}: ${summary.entries} entries (version ${summary.version}, ${summary.status}) in ${Date.now() - started} ms`,
    );
  }
  return imported;
}
