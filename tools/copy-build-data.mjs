// Copies what the compiled app reads at run time into dist/, so dist/ + node_modules + package.json
// run on their own (`node dist/cli/main.js up`): the risk rules and the name reference data beside
// the code that reads them (dist/risk/rules, dist/matching/reference), and under dist/data/ the
// Cypher statements, the seed graph and the sample lists `up` imports into an empty graph (their
// folders, so OFAC's side files come along) with a manifest that names the copies.
// Run by `npm run build` after tsc.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const copy = (from, to) => {
  rmSync(join(dist, to), { recursive: true, force: true });
  cpSync(join(root, from), join(dist, to), { recursive: true });
};

copy('cypher', 'data/cypher');
copy('src/risk/rules', 'risk/rules');
copy('src/matching/reference', 'matching/reference');
// The name reference data parsed once here: JSON loads in milliseconds where YAML takes most of a
// second, which `match-pairs` and every CLI start would pay (src/matching/reference-data.ts).
for (const file of readdirSync(join(root, 'src', 'matching', 'reference')).filter((name) => name.endsWith('.yml'))) {
  const parsed = parse(readFileSync(join(root, 'src', 'matching', 'reference', file), 'utf8'));
  writeFileSync(join(dist, 'matching', 'reference', `${file}.json`), JSON.stringify(parsed));
}
// ICU's country names in the reference data's 28 languages, read here once with the compiled code
// (tsc has run): asking ICU for them took most of a second at every start. The table records the Node
// and ICU it was read with; a process on others asks ICU itself (src/matching/region-names-table.ts).
{
  const require = createRequire(import.meta.url);
  const { regionNames } = require(join(dist, 'matching', 'reference-data.js'));
  const { writeRegionNamesTable } = require(join(dist, 'matching', 'region-names-table.js'));
  writeRegionNamesTable(join(dist, 'matching', 'reference'), regionNames());
}
copy('seed', 'data/seed');

const manifest = JSON.parse(readFileSync(join(root, 'seed', 'watchlists.json'), 'utf8'));
const copied = new Set();
manifest.lists = manifest.lists.map((list) => {
  const folder = dirname(list.path);
  const target = join('data', 'seed', 'sample-lists', basename(folder));
  if (!copied.has(folder)) {
    mkdirSync(join(dist, target), { recursive: true });
    cpSync(join(root, folder), join(dist, target), { recursive: true });
    copied.add(folder);
  }
  return {
    ...list,
    path: relative(join(dist, 'data'), join(dist, target, basename(list.path)))
      .split('\\')
      .join('/'),
  };
});
cpSync(
  join(root, 'test', 'fixtures', 'watchlists', 'NOTICE.md'),
  join(dist, 'data', 'seed', 'sample-lists', 'NOTICE.md'),
);
writeFileSync(join(dist, 'data', 'seed', 'watchlists.json'), `${JSON.stringify(manifest, null, 2)}\n`);
