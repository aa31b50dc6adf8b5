/**
 * Characters no text a caller sends to match or resolve may hold, on every route (screen, partnerRisk,
 * assessPartnership, a case's parties, the graph's searchEntities and ids, the yente-compatible routes, REST and the
 * CLI's rows): since rules 1.226.0 one check, `refusedCharacterReason`, and one sentence naming the field.
 * - The C0 range and DEL (tabs, line breaks, NUL, escape…), which no name has and which break logs and reports.
 *   The C1 range (U+0080–U+009F) is let through: list files written in Windows-1252 and read as Latin-1 carry it
 *   where a quote or dash was meant (U+0092 for ’), so the lists' own names, and the matches the API answers
 *   with, hold it.
 * - The bidirectional overrides U+202D and U+202E, which display text in an order other than the one stored (a
 *   report would show one name and the matcher read another). The embeddings and isolates (U+202A–U+202C,
 *   U+2066–U+2069) and the marks (U+200E, U+200F) are let through: the lists' own Persian and Urdu names carry them
 *   (a UK list entry's other-script name opens with U+202B), a caller may paste one, and the matcher reads any
 *   format character as a word break.
 * - An unpaired surrogate (a JSON "\ud800" with no partner), which is no character at all and which no
 *   report, log or database stores faithfully.
 */
export const REFUSED_CONTROL_CHARACTER = /(?![\u0080-\u009f])\p{Cc}|[\u202d\u202e]|\p{Cs}/u;

/**
 * Why `value` is refused for the characters it holds, or null when it is taken: one sentence on every route, naming
 * the first refused character by its code point ("contains U+0000, a control character: …").
 */
export function refusedCharacterReason(value: string): string | null {
  const found = REFUSED_CONTROL_CHARACTER.exec(value);
  if (found === null) {
    return null;
  }
  const code = found[0].codePointAt(0)!;
  const kind =
    code === 0x202d || code === 0x202e
      ? 'a bidirectional override'
      : code >= 0xd800 && code <= 0xdfff
        ? 'an unpaired surrogate'
        : 'a control character';
  return `contains U+${code.toString(16).toUpperCase().padStart(4, '0')}, ${kind}: control characters (tabs, line breaks, NUL…), bidirectional overrides and unpaired surrogates are refused`;
}

/**
 * The first of a party's text fields holding a refused character, as `field` (`name`, `identifiers[2]`) and why; null
 * when every one is taken. Fields are looked at in the order given, lists value by value; what is no text is left to
 * the route's own checks.
 */
export function refusedTextField(fields: Record<string, unknown>): { field: string; reason: string } | null {
  for (const [key, value] of Object.entries(fields)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    for (const [at, item] of values.entries()) {
      const reason = typeof item === 'string' ? refusedCharacterReason(item) : null;
      if (reason !== null) {
        return { field: Array.isArray(value) ? `${key}[${at}]` : key, reason };
      }
    }
  }
  return null;
}

/**
 * A name to match must hold at least one letter or digit, in any script: "!!!", "—" or a row of emoji
 * names nobody, and answering it with NONE would read as "screened, nothing found".
 */
export const NAME_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** What a refusal for a name without NAME_WORD_CHARACTER says. */
export const NO_NAME_CHARACTER_REASON = 'has no letter or digit: there is no name to match';
