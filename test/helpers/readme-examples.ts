/**
 * The README's examples, as test/e2e/readme-examples.e2e-spec.ts runs them. A fenced block whose
 * info string has `title="example"` is run: a `sh` block command by command, a `graphql` block as
 * one operation, with the variables of a `json title="variables"` block right after it. A command's
 * trailing `# keys: a.b, c` comment names what its JSON answer must hold (through arrays, the first
 * element). Every `graphql` block, run or not, must be one operation the schema accepts.
 */
export interface FencedBlock {
  language: string;
  example: boolean;
  variablesBlock: boolean;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
}

export interface ShellCommand {
  command: string;
  keys: string[];
  line: number;
}

export interface GraphqlExample {
  query: string;
  variables: Record<string, unknown>;
  line: number;
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = /^```(\S*)(.*)$/.exec(lines[index]);
    if (!opening || opening[1] === '') {
      continue;
    }
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !lines[index].startsWith('```'); index++) {
      body.push(lines[index]);
    }
    blocks.push({
      language: opening[1],
      example: /title="example"/.test(opening[2]),
      variablesBlock: /title="variables"/.test(opening[2]),
      text: body.join('\n'),
      line: start + 1,
    });
  }
  return blocks;
}

/**
 * Splits a shell block into commands: a command goes on over a line ending in `\` or inside an
 * open quote; `#` outside quotes at the start of a word begins a comment (the last one, `# keys:`,
 * gives the keys).
 */
export function shellCommands(block: FencedBlock): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let current = '';
  let keys: string[] = [];
  let startLine = block.line + 1;
  let quote: "'" | '"' | null = null;
  block.text.split('\n').forEach((line, offset) => {
    if (current === '') {
      startLine = block.line + 1 + offset;
    }
    let code = '';
    let comment = '';
    for (let position = 0; position < line.length; position++) {
      const character = line[position];
      if (quote === null && character === '#' && (position === 0 || /\s/.test(line[position - 1]))) {
        comment = line.slice(position + 1).trim();
        break;
      }
      if (quote === null && (character === "'" || character === '"')) {
        quote = character;
      } else if (quote === '"' && character === '\\') {
        code += character + (line[position + 1] ?? '');
        position++;
        continue;
      } else if (character === quote) {
        quote = null;
      }
      code += character;
    }
    const keysComment = /^keys:\s*(.+)$/.exec(comment);
    if (keysComment) {
      keys = keysComment[1].split(',').map((key) => key.trim());
    }
    const continues = quote !== null || /\\\s*$/.test(code);
    current += (current === '' ? '' : '\n') + code.replace(/\s+$/, '');
    if (!continues) {
      if (current.trim() !== '') {
        commands.push({ command: current, keys, line: startLine });
      }
      current = '';
      keys = [];
    }
  });
  return commands;
}

/** Each `graphql` block marked as an example, with the variables block that follows it. */
export function graphqlExamples(blocks: FencedBlock[]): GraphqlExample[] {
  return blocks.flatMap((block, index) => {
    if (block.language !== 'graphql' || !block.example) {
      return [];
    }
    const next = blocks[index + 1];
    const variables =
      next?.language === 'json' && next.variablesBlock ? (JSON.parse(next.text) as Record<string, unknown>) : {};
    return [{ query: block.text, variables, line: block.line }];
  });
}

/** The value at a dotted path, taking the first element of each array on the way; undefined when missing. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    while (Array.isArray(current)) {
      current = current[0];
    }
    if (current === null || typeof current !== 'object' || !(key in current)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A command's answer as JSON: the whole output, else its first line (JSON Lines); null when neither parses. */
export function jsonAnswer(output: string): unknown {
  const text = output.trim();
  for (const candidate of [text, text.split('\n')[0]]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // Not JSON as a whole: try the first line.
    }
  }
  return null;
}
