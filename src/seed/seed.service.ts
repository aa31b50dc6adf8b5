import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { dataRoot } from '../common/project-root';
import { loadSeedFiles } from './seed-transform';
import { SeedRepository } from './seed.repository';

const SEED_ID = 'partner-graph-seed';

export interface SeedSummary {
  sources: number;
  entities: number;
  relationships: number;
  skipped: boolean;
}

@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(private readonly repository: SeedRepository) {}

  /**
   * Loads the curated seed (seed/). Idempotent: every write is a MERGE. With `onlyIfChanged`, a
   * graph that already holds this exact seed is left alone (what `up` uses on every start). The seed
   * run records `seededBy` (`cli:<os user>` from the CLI).
   */
  async seed(options: { onlyIfChanged: boolean; seededBy: string }): Promise<SeedSummary> {
    const batch = loadSeedFiles(join(dataRoot(), 'seed'));
    const checksum = createHash('sha256').update(JSON.stringify(batch)).digest('hex');
    const counts = {
      sources: batch.sources.length,
      entities: batch.entities.length,
      relationships: batch.relationships.length,
    };
    if (options.onlyIfChanged) {
      const previous = await this.repository.findSeedRun(SEED_ID);
      if (previous?.checksum === checksum) {
        this.logger.log('The seed is already loaded');
        return { ...counts, skipped: true };
      }
    }
    await this.repository.upsertSources(batch.sources);
    await this.repository.upsertEntities(batch.entities);
    await this.repository.upsertRelationships(batch.relationships);
    await this.repository.recordSeedRun(SEED_ID, checksum, counts.entities, counts.relationships, options.seededBy);
    this.logger.log(
      `Seeded ${counts.entities} entities, ${counts.relationships} relationships, ${counts.sources} sources`,
    );
    return { ...counts, skipped: false };
  }
}
