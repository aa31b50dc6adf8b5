/**
 * Since res26: whether a resolution query's expected body can be answered by name, read from the graph and the
 * candidate index the bench runs on (no list of names or ids): a resolver can only return a body whose name the index
 * holds. The answer is `answerable` when one of the ids the query expects, or a body linked SAME_AS to one (current
 * links, either direction, one hop: the links the bench's verdict itself reads), is an entry of the index. Otherwise the
 * honest answer is NOT_FOUND, and the label says why, the reason nearest to an answer first:
 *
 * - `not indexed`: the graph holds the body with a name of its own, but the index leaves it out (a registry record not
 *   in force, a delisted entry): only a lookup by its id reaches it;
 * - `placeholder`: the graph holds the body only as a node without a name of its own (a registry relationship's other
 *   end, `unresolved`, or named by its id);
 * - `absent`: the graph holds no node of any id expected;
 * - `no body expected`: the query expects no body at all (a made-up confuser, a person who is not listed, a real body
 *   the bench finds no node of by its name, domain or ids).
 */
export type NotAnswerableReason = 'not indexed' | 'placeholder' | 'absent' | 'no body expected';

export type Answerability = { answerable: true } | { answerable: false; why: NotAnswerableReason };

/** A node of the graph as the bench reads it for this label. */
export interface ExpectedNode {
  id: string;
  /** The node's own name, null when it has none. */
  name: string | null;
  /** The reference import's placeholder mark (a relationship's target not in the file). */
  unresolved: boolean;
  /** The ids of the nodes linked to it by a current SAME_AS, either direction. */
  sameAs: readonly string[];
}

/** A node without a name of its own: none, only its id, or a registry relationship's placeholder. */
export function isPlaceholder(node: ExpectedNode): boolean {
  return node.unresolved || node.name === null || node.name.trim() === '' || node.name === node.id;
}

export function answerabilityOf(
  expected: readonly string[],
  nodes: ReadonlyMap<string, ExpectedNode>,
  indexed: (id: string) => boolean,
): Answerability {
  if (expected.length === 0) {
    return { answerable: false, why: 'no body expected' };
  }
  const reachable = new Set(expected);
  for (const id of expected) {
    nodes.get(id)?.sameAs.forEach((other) => reachable.add(other));
  }
  if ([...reachable].some(indexed)) {
    return { answerable: true };
  }
  const held = [...reachable].map((id) => nodes.get(id)).filter((node): node is ExpectedNode => node !== undefined);
  if (held.some((node) => !isPlaceholder(node))) {
    return { answerable: false, why: 'not indexed' };
  }
  return { answerable: false, why: held.length > 0 ? 'placeholder' : 'absent' };
}

/** A resolution bench verdict (bench/quality-resolution.ts). */
export type Verdict = 'right' | 'wrong' | 'ambiguous' | 'not found' | 'namesake';

/**
 * Since res27: the verdict the answerable-by-name split counts. A query can expect NOT_FOUND although the index holds
 * the body it names: group 5's listed name given with a country not its own (rule 1, a conflicting country, expects
 * NOT_FOUND; RESOLVED to the person is counted right too). Its NOT_FOUND is the answer the query expects, so the split
 * counts it right, not among the answerable misses; every other verdict is the bench's own. A query that expects no
 * body is never answerable, and the split already reads its NOT_FOUND as the honest answer.
 */
export function splitVerdict(verdict: Verdict, expectsNotFound: boolean): Verdict {
  return expectsNotFound && verdict === 'not found' ? 'right' : verdict;
}
