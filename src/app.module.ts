import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { ApiKeyGuard } from './auth/api-key.guard';
import { CaseReportModule } from './case-report/case-report.module';
import { CasesModule } from './cases/cases.module';
import { CasesService } from './cases/cases.service';
import { AuthModule } from './auth/auth.module';
import { formatGraphqlError } from './common/error-mapper';
import { graphqlLimitsPlugin } from './common/graphql-limits.plugin';
import { HttpExceptionFilter } from './common/http-exception.filter';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG, ConfigModule } from './config/config.module';
import { GraphModule } from './graph/graph.module';
import graphqlMetadata from './graphql-schema/graphql-metadata';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { Neo4jModule } from './neo4j/neo4j.module';
import { RiskModule } from './risk/risk.module';
import { ReferenceModule } from './reference/reference.module';
import { ScreeningModule } from './screening/screening.module';
import { SeedModule } from './seed/seed.module';
import { SyncModule } from './sync/sync.module';
import { UsersModule } from './users/users.module';
import { WatchlistsModule } from './watchlists/watchlists.module';
import { WebModule } from './web/web.module';
import { YenteModule } from './yente/yente.module';

@Module({
  imports: [
    Neo4jModule,
    EventEmitterModule.forRoot(),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        autoSchemaFile: true,
        sortSchema: true,
        // The fields the model classes declare by type and doc comment (tools/graphql-metadata.mjs).
        metadata: graphqlMetadata,
        path: '/graphql',
        // Introspection needs a key like any other query (graphql-request.gate.ts runs first).
        introspection: true,
        // Refuses GET and simple-content-type POSTs that a browser could send cross-site without a preflight.
        csrfPrevention: true,
        context: ({ req }: { req: Request }) => ({ req }),
        formatError: formatGraphqlError,
        plugins: [
          graphqlLimitsPlugin({
            maxDepth: config.graphqlMaxDepth,
            maxComplexity: config.graphqlMaxComplexity,
            maxWork: config.graphqlMaxWork,
            maxRootFields: config.graphqlMaxRootFields,
          }),
        ] as ApolloDriverConfig['plugins'],
      }),
    }),
    HealthModule,
    GraphModule,
    SeedModule,
    WatchlistsModule,
    ScreeningModule.forApi(),
    RiskModule,
    SyncModule.forApi(),
    YenteModule,
    ReferenceModule,
    UsersModule,
    CasesModule,
    CaseReportModule.register({
      imports: [CasesModule],
      source: {
        inject: [CasesService],
        useFactory: (cases: CasesService) => ({
          view: (caseId: string, snapshotId?: string) => cases.caseReportView(caseId, snapshotId ?? null),
        }),
      },
    }),
    MetricsModule,
    AuthModule,
    // Last: its catch-all (index.html for the app's own paths) must not shadow an API route.
    WebModule.forRoot(),
  ],
  providers: [
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
  ],
})
export class AppModule {
  /** The application with the configuration loaded once by the caller. */
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [ConfigModule.forRoot(config)] };
  }
}
