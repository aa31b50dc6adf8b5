/**
 * Since rules 1.232.0 the sentences every route says of a text input's common faults, from this one place, each
 * after the field it names (`input.title: is empty or only spaces`): screen (GraphQL, REST, the CLI's rows),
 * partnerRisk and assessPartnership, a case and its parties, the graph's searchEntities and the yente-compatible
 * routes. Before, one fault read two or three ways (`give an id or a name` / `is required`; `must not be empty` / `is
 * empty or only spaces`; `at most 200 characters (got 201)` / `is 201 characters; at most 200 are allowed`).
 */

/** A field that must be given was not (a party's name when no id is given either). */
export const REQUIRED_REASON = 'is required';

/** A text given empty or only spaces where some text is needed. */
export const EMPTY_TEXT_REASON = 'is empty or only spaces';

/** A text longer than its field takes. */
export function textLengthReason(length: number, maximum: number): string | null {
  return length > maximum ? `is ${length} characters; at most ${maximum} are allowed` : null;
}

/** A list with more values than its field takes (funders, people, research areas, identifiers, aliases, dates). */
export function countReason(count: number, maximum: number): string | null {
  return count > maximum ? `at most ${maximum} values; got ${count}` : null;
}

/**
 * Why a list of texts given to a route is refused: too many values (`at` null), or the first value that is no text or
 * that `valueProblem` refuses (`at` its position); null when every value is taken.
 */
export function textListProblem(
  values: readonly unknown[],
  maximum: number,
  valueProblem: (value: string) => string | null,
): { at: number | null; reason: string } | null {
  const tooMany = countReason(values.length, maximum);
  if (tooMany !== null) {
    return { at: null, reason: tooMany };
  }
  for (const [at, value] of values.entries()) {
    const reason = typeof value === 'string' ? valueProblem(value) : 'must be text';
    if (reason !== null) {
      return { at, reason };
    }
  }
  return null;
}

/** The longest graph id any route takes (a list entry's id is its list's id and the entry's own). */
export const MAX_ID_LENGTH = 300;

/**
 * Why an id given to a route is refused for its length, or null: since rules 1.232.0 one sentence on the graph's
 * queries, partnerRisk and assessPartnership, and a case's parties (`must be a non-empty id of at most 300
 * characters`, `must be an id of 1 to 300 characters` and `is 301 characters; at most 300 are allowed` before).
 */
export function idLengthReason(id: string): string | null {
  return id.length === 0 ? EMPTY_TEXT_REASON : textLengthReason(id.length, MAX_ID_LENGTH);
}
