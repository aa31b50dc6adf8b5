import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { referenceDirectory } from './reference-directory';

interface IdentifierPatternsFile {
  aircraft_prefixes: string[];
  patterns: { kind: string; pattern: string }[];
}

let compiled: RegExp[] | undefined;

function patterns(): RegExp[] {
  if (!compiled) {
    const file = parse(
      readFileSync(join(referenceDirectory(), 'identifier_patterns.yml'), 'utf8'),
    ) as IdentifierPatternsFile;
    const prefixes = file.aircraft_prefixes.map(String).join('|');
    compiled = [
      new RegExp(`^(?:${prefixes})-[A-Z0-9]{2,5}$`, 'i'),
      ...file.patterns.map((entry) => new RegExp(entry.pattern, 'i')),
    ];
  }
  return compiled;
}

/**
 * An alias that is a registration code (aircraft tail number "EP-ABC", IMO number, call sign, a code
 * of letters and digits) rather than a name.
 */
export function isRegistrationCode(name: string): boolean {
  const text = name.normalize('NFKC').trim();
  return text.length >= 3 && !/\s{2,}/.test(text) && patterns().some((pattern) => pattern.test(text));
}

/**
 * Splits a party's names into names and registration codes: the first name always stays a name (an
 * aircraft is called by its tail number); later names that are codes become identifiers.
 */
export function separateIdentifiers(names: readonly string[]): { names: string[]; identifiers: string[] } {
  const kept: string[] = [];
  const identifiers: string[] = [];
  names.forEach((name, index) => {
    if (index > 0 && isRegistrationCode(name)) {
      identifiers.push(name);
    } else {
      kept.push(name);
    }
  });
  return { names: kept, identifiers };
}
