import { distance } from 'fastest-levenshtein';

export interface UnknownField {
  field: string;
  /** The known field the caller probably meant, when one is close. */
  suggestion: string | null;
}

/**
 * The first key of `body` that is not a known field, with the closest known field: a synonym the
 * caller gave (`birthDate` for `dateOfBirth`), or one a couple of edits away. Silently dropping an
 * unknown field would screen without the data the caller believed they sent.
 */
export function findUnknownField(
  body: Record<string, unknown>,
  known: readonly string[],
  synonyms: Record<string, string> = {},
): UnknownField | null {
  for (const key of Object.keys(body)) {
    if (known.includes(key)) {
      continue;
    }
    const lower = key.toLowerCase();
    const synonym = Object.entries(synonyms).find(([name]) => name.toLowerCase() === lower)?.[1];
    if (synonym) {
      return { field: key, suggestion: synonym };
    }
    let best: { name: string; distance: number } | null = null;
    for (const candidate of known) {
      const edits = distance(lower, candidate.toLowerCase());
      if (best === null || edits < best.distance) {
        best = { name: candidate, distance: edits };
      }
    }
    const close = best !== null && best.distance <= Math.max(2, Math.floor(key.length / 4));
    return { field: key, suggestion: close ? best!.name : null };
  }
  return null;
}
