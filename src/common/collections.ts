/** Groups items by a key, keeping their order within each group. */
export function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) {
      group.push(item);
    } else {
      groups.set(key, [item]);
    }
  }
  return groups;
}

/** A stored list property as strings; anything else (null, a scalar) as the empty list. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** The named properties of a record, in the order named (what a view or an audit entry copies from it). */
export function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) {
    picked[key] = record[key];
  }
  return picked;
}

/** Stands for a remembered answer of `undefined`, so that a miss costs one map lookup, not two. */
const UNDEFINED_ANSWER = Symbol('undefined answer');

/** The words of `left` that `right` lacks, compared by `text` (as many times as `left` has them more). */
export function wordsWithout<T extends { text: string }>(left: readonly T[], right: readonly T[]): T[] {
  const counts = new Map<string, number>();
  right.forEach((word) => counts.set(word.text, (counts.get(word.text) ?? 0) + 1));
  return left.filter((word) => {
    const count = counts.get(word.text) ?? 0;
    counts.set(word.text, count - 1);
    return count <= 0;
  });
}
/**
 * Remembers a pure function's answers by key and forgets them all once it holds `limit` keys: a bound on
 * memory that costs nothing per lookup (no recency to keep). An answer of `undefined` is remembered too.
 */
export class BoundedMemo<K, V> {
  private readonly answers = new Map<K, V | typeof UNDEFINED_ANSWER>();

  constructor(private readonly limit: number) {}

  /** The remembered answer for `key`, or `work(key)`, remembered. */
  get(key: K, work: (key: K) => V): V {
    const known = this.answers.get(key);
    if (known !== undefined) {
      return known === UNDEFINED_ANSWER ? (undefined as V) : known;
    }
    const answer = work(key);
    if (this.answers.size >= this.limit) {
      this.answers.clear();
    }
    this.answers.set(key, answer === undefined ? UNDEFINED_ANSWER : answer);
    return answer;
  }
}
