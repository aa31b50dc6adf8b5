import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { listCypherFiles } from './cypher-registry';
import { Neo4jService } from './neo4j.service';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

const MIGRATION_FILE = /^V(\d{3,})__([a-z0-9_]+)\.cypher$/;

/** Reads `cypher/migrations/V###__name.cypher` files in version order. */
export function readMigrations(directory: string): Migration[] {
  const migrations = listCypherFiles(directory).map((file) => {
    const match = MIGRATION_FILE.exec(basename(file));
    if (!match) {
      throw new Error(`Migration file ${file} must be named V<number>__<name>.cypher`);
    }
    const text = readFileSync(file, 'utf8');
    return {
      version: Number(match[1]),
      name: match[2],
      checksum: createHash('sha256').update(text).digest('hex'),
      statements: splitStatements(text),
    };
  });
  migrations.sort((left, right) => left.version - right.version);
  for (let index = 1; index < migrations.length; index++) {
    if (migrations[index].version === migrations[index - 1].version) {
      throw new Error(`Two migrations share version ${migrations[index].version}`);
    }
  }
  return migrations;
}

/** Splits a migration on semicolons that end a line; `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies schema migrations in order and records each as a `:Migration` node, so a second run
 * applies nothing. Schema statements run one per transaction (Neo4j does not mix schema and data
 * changes in one transaction); each is `IF NOT EXISTS`, so a run cut short is safe to repeat.
 */
@Injectable()
export class MigrationsService {
  private readonly logger = new Logger(MigrationsService.name);

  constructor(private readonly neo4j: Neo4jService) {}

  async migrate(): Promise<{ applied: string[]; alreadyApplied: number }> {
    const migrations = readMigrations(join(this.neo4j.cypher.directory, 'migrations'));
    const appliedRows = await this.neo4j.read('schema/find-applied-migrations');
    const applied = new Map(appliedRows.map((row) => [Number(row.version), String(row.checksum)]));
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const recordedChecksum = applied.get(migration.version);
      if (recordedChecksum !== undefined) {
        if (recordedChecksum !== migration.checksum) {
          throw new Error(
            `Migration V${migration.version}__${migration.name} was changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      for (const statement of migration.statements) {
        await this.neo4j.runStatementText(statement);
      }
      await this.neo4j.runStatementText(this.neo4j.cypher.get('schema/await-indexes'));
      await this.neo4j.write('schema/record-applied-migration', {
        version: migration.version,
        name: migration.name,
        checksum: migration.checksum,
      });
      newlyApplied.push(`V${String(migration.version).padStart(3, '0')}__${migration.name}`);
      this.logger.log(`Applied migration V${migration.version}__${migration.name}`);
    }
    return { applied: newlyApplied, alreadyApplied: migrations.length - newlyApplied.length };
  }
}
