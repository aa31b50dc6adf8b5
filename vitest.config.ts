import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Nest builds the schema with graphql's CommonJS build; everything the tests load must use that
// same copy, or graphql's realm check refuses the schema ("from another module or realm").
const graphqlCommonJs = createRequire(__filename).resolve('graphql');
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] };

// SWC keeps decorator metadata, which Nest's dependency injection needs (esbuild drops it).
const plugins = [swc.vite({ module: { type: 'es6' } })];

export default defineConfig({
  plugins,
  test: {
    projects: [
      {
        plugins,
        resolve,
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'bench/**/*.spec.ts', 'web/src/**/*.spec.ts'],
          environment: 'node',
          // Parser specs read the real shipped files (tens of MB); on a loaded machine 5 s is too short.
          testTimeout: 30_000,
        },
      },
      {
        plugins,
        resolve,
        test: {
          name: 'integration',
          include: [
            'test/integration/**/*.int.spec.ts',
            'test/e2e/**/*.e2e-spec.ts',
            'test/browser/**/*.browser-spec.ts',
          ],
          environment: 'node',
          globalSetup: ['test/setup/global-setup.ts', 'test/setup/build-web.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
