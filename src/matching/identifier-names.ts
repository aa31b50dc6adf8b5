import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { referenceDirectory } from './reference-directory';

interface IdentifierPatternsFile {
  aircraft_prefixes: string[];
  patterns: { kind: string; label: string; pattern: string }[];
}

interface IdentifierPattern {
  kind: string;
  /** What a name of this shape is, in an answer ("a ROR id"). */
  label: string;
  pattern: RegExp;
}

let compiled: IdentifierPattern[] | undefined;

function patterns(): IdentifierPattern[] {
  if (!compiled) {
    const file = parse(
      readFileSync(join(referenceDirectory(), 'identifier_patterns.yml'), 'utf8'),
    ) as IdentifierPatternsFile;
    const prefixes = file.aircraft_prefixes.map(String).join('|');
    compiled = [
      {
        kind: 'aircraft',
        label: 'an aircraft registration',
        pattern: new RegExp(`^(?:${prefixes})-[A-Z0-9]{2,5}$`, 'i'),
      },
      ...file.patterns.map((entry) => ({
        kind: entry.kind,
        label: entry.label,
        pattern: new RegExp(entry.pattern, 'i'),
      })),
    ];
  }
  return compiled;
}

/** A name that is an identifier: which kind, how an answer says so, and the identifier itself. */
export interface IdentifierName {
  kind: string;
  label: string;
  /** The identifier as records hold it (a ROR id without its address). */
  value: string;
}

/**
 * The identifier a name is, when the whole name has the shape of one (identifier_patterns.yml): a ROR id
 * (bare, `ror.org/…` or `https://ror.org/…`), an IMO or MMSI number, an aircraft registration, a code of
 * letters and digits. A query's name that is one is looked up as that identifier as well as compared as a
 * name (since rules 1.116.0).
 */
export function identifierName(name: string): IdentifierName | null {
  const text = name.normalize('NFKC').trim();
  if (text.length < 3 || /\s{2,}/.test(text)) {
    return null;
  }
  for (const { kind, label, pattern } of patterns()) {
    const found = pattern.exec(text);
    if (found) {
      return { kind, label, value: found[1] ?? text };
    }
  }
  return null;
}

/**
 * An alias that is a registration code (aircraft tail number "EP-ABC", IMO number, call sign, a code
 * of letters and digits) rather than a name.
 */
export function isRegistrationCode(name: string): boolean {
  const text = name.normalize('NFKC').trim();
  return text.length >= 3 && !/\s{2,}/.test(text) && patterns().some(({ pattern }) => pattern.test(text));
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
