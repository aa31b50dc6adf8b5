import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of the source tree, read from the imports the TypeScript compiler sees:
 * infrastructure (common, config, neo4j, auth) imports no feature, and the feature folders import
 * each other one way only (no cycles). The composition roots (app.module.ts, bootstrap.ts, cli/)
 * may import everything.
 */
const SOURCE_ROOT = resolve(__dirname);
const INFRASTRUCTURE = new Set(['common', 'config', 'neo4j', 'auth']);
const COMPOSITION_ROOTS = new Set(['app.module.ts', 'bootstrap.ts', 'cli']);

interface ImportEdge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function topFolder(path: string): string {
  return relative(SOURCE_ROOT, path).split(sep)[0];
}

/** Every relative import in a source file of src/: the importing file and the specifier as written. */
function* relativeImports(): Generator<{ file: string; specifier: string }> {
  for (const file of sourceFiles(SOURCE_ROOT)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const imported of info.importedFiles) {
      if (imported.fileName.startsWith('.')) {
        yield { file, specifier: imported.fileName };
      }
    }
  }
}

/** Every relative import between two different top-level folders of src/. */
function folderImports(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const { file, specifier } of relativeImports()) {
    const from = topFolder(file);
    const to = topFolder(resolve(dirname(file), specifier));
    if (from !== to) {
      edges.push({ from, to, file: relative(SOURCE_ROOT, file), specifier });
    }
  }
  return edges;
}

/** Every relative import between two files of src/, as paths relative to src/ (type-only imports too). */
function fileImports(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const { file, specifier } of relativeImports()) {
    const base = resolve(dirname(file), specifier);
    const target = [`${base}.ts`, join(base, 'index.ts'), base].find(
      (candidate) => candidate.endsWith('.ts') && existsSync(candidate),
    );
    if (target !== undefined) {
      edges.push({
        from: relative(SOURCE_ROOT, file),
        to: relative(SOURCE_ROOT, target),
        file: relative(SOURCE_ROOT, file),
        specifier,
      });
    }
  }
  return edges;
}

/** The groups of files that import each other round a circle (strongly connected, Tarjan). */
function circles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    order.set(node, order.size);
    low.set(node, order.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!order.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, order.get(target)!));
      }
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (next.get(node) ?? []).includes(node)) {
        groups.push(group.sort());
      }
    }
  };
  for (const node of next.keys()) {
    if (!order.has(node)) {
      visit(node);
    }
  }
  return groups;
}

/** The folders on a cycle, each cycle once, found by depth-first search. */
function findCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    next.set(edge.from, (next.get(edge.from) ?? new Set()).add(edge.to));
  }
  const cycles = new Map<string, string[]>();
  const visit = (folder: string, trail: string[]): void => {
    const at = trail.indexOf(folder);
    if (at >= 0) {
      const cycle = trail.slice(at);
      cycles.set([...cycle].sort().join(','), [...cycle, folder]);
      return;
    }
    for (const target of next.get(folder) ?? []) {
      visit(target, [...trail, folder]);
    }
  };
  for (const folder of next.keys()) {
    visit(folder, []);
  }
  return [...cycles.values()];
}

/** Packages of the GraphQL layer: the screening threads of `partner-graph screen` must not load them. */
const GRAPHQL_PACKAGES = /^(@nestjs\/graphql|@nestjs\/apollo|@apollo\/server|graphql)(\/|$)/;

/**
 * What a source file loads when it runs: static imports and re-exports that are not type-only (an
 * import whose every name is marked `type` is erased), `import()`, `require()` and the CLI's
 * `loadModule()` (src/cli/load-module.ts, a `require` of its own folder's build) of a literal. A
 * value import the compiler would erase because it is used only as a type still counts: the rule
 * errs on the side of reporting.
 */
/** Functions whose one literal argument names a module loaded at run time. */
const RUNTIME_LOADERS = new Set(['require', 'loadModule']);

function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) {
        specifiers.push(node.moduleSpecifier.text);
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) {
        specifiers.push(node.moduleSpecifier.text);
      }
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && RUNTIME_LOADERS.has(node.expression.text))) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/**
 * Every package a source file of src/ loads at run time, directly or through the files it loads,
 * each with the chain of files (relative to src/) that reaches it.
 */
function packagesLoadedBy(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const queue: Array<{ file: string; chain: string[] }> = [{ file: resolve(SOURCE_ROOT, entry), chain: [entry] }];
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    for (const specifier of runtimeSpecifiers(file)) {
      if (!specifier.startsWith('.')) {
        if (!packages.has(specifier)) {
          packages.set(specifier, chain);
        }
        continue;
      }
      const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
      const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (target !== undefined) {
        queue.push({ file: target, chain: [...chain, relative(SOURCE_ROOT, target)] });
      }
    }
  }
  return packages;
}

/** The GraphQL packages `entry` loads, each as "package <- the chain of files that loads it". */
function graphqlLoadedBy(entry: string): string[] {
  return [...packagesLoadedBy(entry)]
    .filter(([name]) => GRAPHQL_PACKAGES.test(name))
    .map(([name, chain]) => `${name} <- ${chain.join(' <- ')}`);
}

describe('source dependency rules', () => {
  const edges = folderImports();

  it('finds the imports between folders it checks', () => {
    expect(edges.some((edge) => edge.from === 'risk' && edge.to === 'neo4j')).toBe(true);
  });

  it('keeps infrastructure free of imports from features and composition roots', () => {
    const offending = edges
      .filter((edge) => INFRASTRUCTURE.has(edge.from) && !INFRASTRUCTURE.has(edge.to))
      .map((edge) => `${edge.file} imports ${edge.specifier}`);
    expect(offending).toEqual([]);
  });

  it('imports no composition root from a feature or infrastructure', () => {
    const offending = edges
      .filter((edge) => COMPOSITION_ROOTS.has(edge.to) && !COMPOSITION_ROOTS.has(edge.from))
      .map((edge) => `${edge.file} imports ${edge.specifier}`);
    expect(offending).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(findCycles(edges).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('detects a cycle when two folders import each other', () => {
    const cycles = findCycles([
      { from: 'graph', to: 'risk', file: 'graph/a.ts', specifier: '../risk/b' },
      { from: 'risk', to: 'graph', file: 'risk/b.ts', specifier: '../graph/a' },
    ]);
    expect(cycles).toHaveLength(1);
  });

  it('has no circle of imports between files, inside a folder or across', () => {
    expect(circles(fileImports()).map((group) => group.join(', '))).toEqual([]);
  });

  it('detects a circle of three files, type-only imports included', () => {
    const groups = circles([
      { from: 'a.ts', to: 'b.ts', file: 'a.ts', specifier: './b' },
      { from: 'b.ts', to: 'c.ts', file: 'b.ts', specifier: './c' },
      { from: 'c.ts', to: 'a.ts', file: 'c.ts', specifier: './a' },
      { from: 'c.ts', to: 'd.ts', file: 'c.ts', specifier: './d' },
    ]);
    expect(groups).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('keeps the GraphQL layer out of what screen loads in its screening threads', () => {
    // The worker thread, the command's own thread (screen-file.ts loads its context with loadModule()) and
    // the module both boot: the GraphQL models and resolvers cost each thread about a second to load.
    for (const entry of [
      'cli/screen-worker.ts',
      'cli/screen-file.ts',
      'cli/screen-local.ts',
      'cli/screen-cli.module.ts',
    ]) {
      expect(graphqlLoadedBy(entry), entry).toEqual([]);
    }
  });

  it('finds GraphQL loaded through the API screening module, which holds the resolver', () => {
    expect(graphqlLoadedBy('screening/screening.module.ts').some((line) => line.startsWith('@nestjs/graphql'))).toBe(
      true,
    );
  });

  it('follows import(), require(), loadModule() and re-exports, but not type-only imports', () => {
    const packages = packagesLoadedBy('cli/screen-file.ts');
    // Reached only through `loadModule('./cli-context.js')`, the CLI's late require.
    expect(packages.get('@nestjs/core')).toContain('cli/cli-context.ts');
    // screen-file.ts imports ScreeningInput from a GraphQL input file, as a type only.
    expect(packages.has('@nestjs/swagger')).toBe(false);
  });
});
