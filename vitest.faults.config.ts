import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// The fault suite (`npm run test:faults`): kills, outages and garbage against real processes and a
// real Neo4j. Slow and rough on the machine, so it is not part of `npm test`; same setup as the
// integration project in vitest.config.ts.
const graphqlCommonJs = createRequire(__filename).resolve('graphql');
const plugins = [swc.vite({ module: { type: 'es6' } })];

export default defineConfig({
  plugins,
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
  test: {
    name: 'faults',
    include: ['test/faults/**/*.fault-spec.ts'],
    environment: 'node',
    globalSetup: ['test/setup/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
