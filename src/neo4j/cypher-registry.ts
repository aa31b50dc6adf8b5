import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { dataRoot } from '../common/project-root';

const INCLUDE = /__INCLUDE ([a-z0-9-]+)\(([^()]*(?:\[[^\]]*\][^()]*)*)\)__/g;

/**
 * Every Cypher statement the app runs, read once from `cypher/<feature>/<name>.cypher`.
 * A query is addressed by `<feature>/<name>`; asking for one that has no file is a programming
 * error and fails loudly. Migrations live in `cypher/migrations/` and are read by the migrator.
 *
 * A predicate that several statements share lives once in `cypher/fragments/<name>.cypher`, written
 * over placeholders `__1__`, `__2__`…; a statement includes it as `__INCLUDE <name>(<arg>, <arg>)__`
 * and gets it expanded here, in parentheses, when the files are read.
 */
export class CypherRegistry {
  private readonly statements = new Map<string, string>();

  constructor(readonly directory: string = join(dataRoot(), 'cypher')) {
    const fragments = new Map<string, string>();
    const texts = new Map<string, string>();
    for (const file of listCypherFiles(directory)) {
      const name = relative(directory, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      if (name.startsWith('migrations/')) {
        continue;
      }
      const text = readFileSync(file, 'utf8').trim();
      if (name.startsWith('fragments/')) {
        fragments.set(name.slice('fragments/'.length), withoutCommentLines(text));
      } else {
        texts.set(name, text);
      }
    }
    for (const [name, text] of texts) {
      this.statements.set(name, expandIncludes(name, text, fragments));
    }
  }

  get(name: string): string {
    const statement = this.statements.get(name);
    if (statement === undefined) {
      throw new Error(`Cypher file cypher/${name}.cypher is missing`);
    }
    return statement;
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }
}

function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

/** Splits `a, $m[b.c], d` at the commas outside brackets. */
function includeArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '[') {
      depth += 1;
    }
    if (character === ']') {
      depth -= 1;
    }
    if (character === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(current.trim());
  return parts.filter((part) => part.length > 0);
}

export function expandIncludes(statement: string, text: string, fragments: Map<string, string>): string {
  const expanded = text.replace(INCLUDE, (_whole, fragmentName: string, rawArguments: string) => {
    const fragment = fragments.get(fragmentName);
    if (fragment === undefined) {
      throw new Error(`cypher/${statement}.cypher includes cypher/fragments/${fragmentName}.cypher, which is missing`);
    }
    const values = includeArguments(rawArguments);
    const wanted = new Set([...fragment.matchAll(/__(\d+)__/g)].map((match) => Number(match[1]))).size;
    if (values.length !== wanted) {
      throw new Error(
        `cypher/${statement}.cypher includes ${fragmentName} with ${values.length} argument(s); it takes ${wanted}`,
      );
    }
    return `(${fragment.replace(/__(\d+)__/g, (_placeholder, index: string) => values[Number(index) - 1])})`;
  });
  if (expanded.includes('__INCLUDE')) {
    throw new Error(`cypher/${statement}.cypher has an __INCLUDE that is not "__INCLUDE <fragment>(<args>)__"`);
  }
  return expanded;
}

export function listCypherFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      files.push(...listCypherFiles(path));
    } else if (entry.endsWith('.cypher')) {
      files.push(path);
    }
  }
  return files.sort();
}
