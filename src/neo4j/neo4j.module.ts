import { Global, Logger, Module } from '@nestjs/common';
import type { Driver } from 'neo4j-driver';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CypherRegistry } from './cypher-registry';
import { LocalNeo4j } from './local-neo4j';
import { MigrationsService } from './migrations.service';
import { createDriver, Neo4jService } from './neo4j.service';

export const NEO4J_DRIVER = Symbol('NEO4J_DRIVER');

/** The Bolt URI the app uses: the configured server, or the local one it starts itself. */
export function databaseUri(config: AppConfig): string {
  return config.neo4jUri ?? new LocalNeo4j(config.localNeo4j).uri;
}

@Global()
@Module({
  providers: [
    { provide: CypherRegistry, useFactory: () => new CypherRegistry() },
    {
      provide: NEO4J_DRIVER,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<Driver> => {
        const uri = databaseUri(config);
        const driver = createDriver(config, uri);
        try {
          await driver.verifyConnectivity({ database: config.neo4jDatabase });
        } catch (error) {
          await driver.close();
          const hint =
            config.neo4jUri === null
              ? 'start it with `partner-graph db start` (or `npm start`, which starts it for you)'
              : 'check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD';
          // DATABASE_UNAVAILABLE, so that a command reports it with its exit code (3) in one line.
          throw new AppError(
            'DATABASE_UNAVAILABLE',
            `Neo4j at ${uri} is not reachable (${(error as Error).message}); ${hint}`,
          );
        }
        new Logger('Neo4jModule').log(`Connected to Neo4j at ${uri}`);
        return driver;
      },
    },
    {
      provide: Neo4jService,
      inject: [NEO4J_DRIVER, CypherRegistry, APP_CONFIG],
      useFactory: (driver: Driver, cypher: CypherRegistry, config: AppConfig) =>
        new Neo4jService(driver, cypher, config),
    },
    MigrationsService,
  ],
  exports: [Neo4jService, MigrationsService, CypherRegistry],
})
export class Neo4jModule {}
