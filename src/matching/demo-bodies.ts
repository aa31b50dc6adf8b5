/**
 * Since rules 1.210.0: fictional demo bodies (the seed's entities marked `demo`, source `src:partner-graph-demo`) are
 * reached only by one of their own names written whole, case, punctuation and spacing aside: never through initials,
 * an acronym reading, a spelling variant, a sound-alike or a left-out word. Made-up data never answers a real query.
 */

/** A name as a demo body's name is compared with a query's: letters and digits only, in lower case. */
export function wholeNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The keys of a query's names (its name and aliases) as written. */
export function queryWholeNameKeys(name: string, aliases: readonly string[] = []): Set<string> {
  return new Set([name, ...aliases].map(wholeNameKey).filter((key) => key.length > 0));
}

/** Whether one of a demo body's names (`keys`, by `wholeNameKey`) is one of the query's names written whole. */
export function demoNamedWhole(keys: readonly string[], queryKeys: ReadonlySet<string>): boolean {
  return keys.some((key) => queryKeys.has(key));
}

/** The phrase every answer that names a demo body adds to it. */
export const DEMO_BODY_PHRASE = 'a fictional demo body';
