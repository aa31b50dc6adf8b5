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
