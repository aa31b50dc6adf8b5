import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { MetadataLoader } from '@nestjs/graphql/dist/plugin/metadata-loader.js';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { CasesResolver } from '../cases/cases.resolver';
import { GraphResolver } from '../graph/graph.resolver';
import { RiskResolver } from '../risk/risk.resolver';
import { ScreeningResolver } from '../screening/screening.resolver';
import { UsersResolver } from '../users/users.resolver';
import { WatchlistsResolver } from '../watchlists/watchlists.resolver';
import graphqlMetadata from './graphql-metadata';

/** Every resolver the API serves; the schema test fails if app.module serves one not listed here. */
export const RESOLVERS = [
  CasesResolver,
  GraphResolver,
  RiskResolver,
  ScreeningResolver,
  UsersResolver,
  WatchlistsResolver,
];

export const SCHEMA_FILE = 'schema.graphql';

const HEADER = '# Generated from the code-first resolvers by `npm run schema`; do not edit.\n\n';

/** The GraphQL schema as SDL, sorted, built from the decorators alone: no database, no server. */
export async function printGraphqlSchema(): Promise<string> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    // What GraphQLModule does with its `metadata` option before it builds the schema.
    await new MetadataLoader().load(await graphqlMetadata());
    const factory = context.get(GraphQLSchemaFactory);
    const schema = await factory.create(RESOLVERS);
    return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await context.close();
  }
}
