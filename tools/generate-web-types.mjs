// Generates web/src/api/generated.ts: the web app's GraphQL documents (web/src/api/documents/*.graphql)
// validated against the committed schema.graphql, each as a typed constant whose result and
// variables types are derived from the schema (enums as string unions, input objects as types).
// Run by `npm run build:web` before the web typecheck and the bundle, so a schema change that a page
// depends on breaks the web build. `--check` writes nothing and exits 1 when the committed file is
// not what the schema and documents give (web/src/api/generated.spec.ts runs it).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  Kind,
  parse,
  print,
  typeFromAST,
  validate,
  visit,
} from 'graphql';
import * as prettier from 'prettier';

const root = join(import.meta.dirname, '..');
// The spec points these elsewhere to show that a schema change breaks the generation.
const schemaFile = process.env.WEB_TYPES_SCHEMA ?? join(root, 'schema.graphql');
const documentsDirectory = join(root, 'web', 'src', 'api', 'documents');
const outputFile = process.env.WEB_TYPES_OUTPUT ?? join(root, 'web', 'src', 'api', 'generated.ts');

const SCALARS = { ID: 'string', String: 'string', Int: 'number', Float: 'number', Boolean: 'boolean' };

/** The generated module's text (before formatting) for a schema and named document texts. */
export function generateText(schemaText, documents) {
  const schema = buildSchema(schemaText);
  const sources = documents.map((document) => ({ ...document, ast: parse(document.text) }));
  const all = { kind: Kind.DOCUMENT, definitions: sources.flatMap((source) => source.ast.definitions) };
  const errors = validate(schema, all);
  if (errors.length > 0) {
    throw new Error(
      `The web app's GraphQL documents do not match schema.graphql:\n${errors
        .map((error) => `  ${error.message}${error.locations ? ` (${JSON.stringify(error.locations)})` : ''}`)
        .join('\n')}`,
    );
  }
  const fragments = new Map();
  const operations = [];
  for (const definition of all.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (!definition.name) {
        throw new Error('Every operation needs a name (server logs and metrics tell them apart by it)');
      }
      operations.push(definition);
    }
  }
  const names = operations.map((operation) => operation.name.value);
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) {
    throw new Error(`Operation names used twice: ${repeated.join(', ')}`);
  }

  const enums = new Set();
  const inputs = new Set();

  /** Fields of a selection set, fragments spread in, each key with every selection set asked of it. */
  const collect = (parentType, selectionSet, into = new Map()) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const entry = into.get(key) ?? { name: selection.name.value, selectionSets: [] };
        if (selection.selectionSet) {
          entry.selectionSets.push(selection.selectionSet);
        }
        into.set(key, entry);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        collect(parentType, fragments.get(selection.name.value).selectionSet, into);
      } else {
        collect(parentType, selection.selectionSet, into);
      }
    }
    return into;
  };

  const outputType = (type, selectionSets) => {
    if (isNonNullType(type)) {
      return bareOutputType(type.ofType, selectionSets);
    }
    return `${bareOutputType(type, selectionSets)} | null`;
  };
  const bareOutputType = (type, selectionSets) => {
    if (isListType(type)) {
      return `Array<${outputType(type.ofType, selectionSets)}>`;
    }
    if (isScalarType(type)) {
      return SCALARS[type.name] ?? 'unknown';
    }
    if (isEnumType(type)) {
      enums.add(type.name);
      return type.name;
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      return objectType(type, selectionSets);
    }
    throw new Error(`Selections on ${type.toString()} are not supported by this generator`);
  };
  /**
   * A selection's type: spreads of fragments on the same type by name (`EntitySummaryFragment`),
   * joined with `&` to the other fields when none of those fields is also in a fragment; else
   * every field written out.
   */
  const objectType = (type, selectionSets) => {
    const spreads = selectionSets.flatMap((selectionSet) =>
      selectionSet.selections.filter(
        (selection) =>
          selection.kind === Kind.FRAGMENT_SPREAD &&
          fragments.get(selection.name.value).typeCondition.name.value === type.name,
      ),
    );
    if (spreads.length > 0) {
      const own = selectionSets.map((selectionSet) => ({
        ...selectionSet,
        selections: selectionSet.selections.filter((selection) => !spreads.includes(selection)),
      }));
      const ownKeys = [...collect(type, { selections: own.flatMap((selectionSet) => selectionSet.selections) }).keys()];
      const spreadKeys = new Set(
        spreads.flatMap((spread) => [...collect(type, fragments.get(spread.name.value).selectionSet).keys()]),
      );
      if (!ownKeys.some((key) => spreadKeys.has(key))) {
        const names = [...new Set(spreads.map((spread) => `${spread.name.value}Fragment`))];
        return [...names, ...(ownKeys.length > 0 ? [fieldsType(type, own)] : [])].join(' & ');
      }
    }
    return fieldsType(type, selectionSets);
  };
  const fieldsType = (type, selectionSets) => {
    const fields = new Map();
    selectionSets.forEach((selectionSet) => collect(type, selectionSet, fields));
    const members = [...fields].map(([key, { name, selectionSets: nested }]) => {
      if (name === '__typename') {
        return `${key}: '${type.name}';`;
      }
      return `${key}: ${outputType(type.getFields()[name].type, nested)};`;
    });
    return `{ ${members.join(' ')} }`;
  };

  const inputType = (type) => {
    if (isNonNullType(type)) {
      return bareInputType(type.ofType);
    }
    return `${bareInputType(type)} | null`;
  };
  const bareInputType = (type) => {
    if (isListType(type)) {
      return `Array<${inputType(type.ofType)}>`;
    }
    if (isScalarType(type)) {
      return SCALARS[type.name] ?? 'unknown';
    }
    if (isEnumType(type)) {
      enums.add(type.name);
      return type.name;
    }
    if (isInputObjectType(type)) {
      if (!inputs.has(type.name)) {
        inputs.add(type.name);
        Object.values(type.getFields()).forEach((field) => inputType(field.type));
      }
      return type.name;
    }
    throw new Error(`Input type ${type.toString()} is not supported by this generator`);
  };
  const member = (name, type) => `${name}${isNonNullType(type) ? '' : '?'}: ${inputType(type)};`;

  const fragmentsUsed = (node, seen = new Set()) => {
    visit(node, {
      FragmentSpread(spread) {
        if (!seen.has(spread.name.value)) {
          seen.add(spread.name.value);
          fragmentsUsed(fragments.get(spread.name.value), seen);
        }
      },
    });
    return seen;
  };

  const blocks = [];
  for (const [name, fragment] of fragments) {
    const type = schema.getType(fragment.typeCondition.name.value);
    blocks.push(
      `/** fragment ${name} on ${type.name} */\nexport type ${name}Fragment = ${objectType(type, [fragment.selectionSet])};`,
    );
  }
  for (const operation of operations) {
    const name = operation.name.value;
    const rootType =
      operation.operation === 'query'
        ? schema.getQueryType()
        : operation.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    const suffix =
      operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
    const variables = (operation.variableDefinitions ?? []).map((definition) =>
      member(definition.variable.name.value, typeFromAST(schema, definition.type)),
    );
    const text = [operation, ...[...fragmentsUsed(operation)].map((fragment) => fragments.get(fragment))]
      .map((definition) => print(definition))
      .join('\n');
    blocks.push(
      [
        `export type ${name}${suffix} = ${objectType(rootType, [operation.selectionSet])};`,
        `export type ${name}Variables = ${variables.length > 0 ? `{ ${variables.join(' ')} }` : 'Record<string, never>'};`,
        `export const ${name}Document: Operation<${name}${suffix}, ${name}Variables> = {\n  document: ${JSON.stringify(text)},\n};`,
      ].join('\n'),
    );
  }

  const enumBlocks = [...enums].sort().map((name) => {
    const values = schema
      .getType(name)
      .getValues()
      .map((value) => `'${value.name}'`);
    return `export type ${name} = ${values.join(' | ')};`;
  });
  const inputBlocks = [...inputs].sort().map((name) => {
    const fields = Object.values(schema.getType(name).getFields()).map((field) => member(field.name, field.type));
    return `export interface ${name} { ${fields.join(' ')} }`;
  });
  return [
    '// Generated by tools/generate-web-types.mjs from schema.graphql and web/src/api/documents/*.graphql:',
    '// do not edit. `npm run build:web` regenerates it; web/src/api/generated.spec.ts fails when it is stale.',
    "import type { Operation } from './client';",
    '',
    ...enumBlocks,
    '',
    ...inputBlocks,
    '',
    ...blocks.flatMap((block) => [block, '']),
  ].join('\n');
}

export async function generate() {
  const documents = readdirSync(documentsDirectory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ name: file, text: readFileSync(join(documentsDirectory, file), 'utf8') }));
  const text = generateText(readFileSync(schemaFile, 'utf8'), documents);
  const options = (await prettier.resolveConfig(outputFile)) ?? {};
  return prettier.format(text, { ...options, filepath: outputFile });
}

if (process.argv[1] === import.meta.filename) {
  const check = process.argv.includes('--check');
  try {
    const text = await generate();
    const current = (() => {
      try {
        return readFileSync(outputFile, 'utf8');
      } catch {
        return null;
      }
    })();
    if (check) {
      if (current !== text) {
        process.stderr.write(
          `${relative(root, outputFile)} is stale: run \`node tools/generate-web-types.mjs\` and commit it\n`,
        );
        process.exit(1);
      }
    } else if (current !== text) {
      writeFileSync(outputFile, text);
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
