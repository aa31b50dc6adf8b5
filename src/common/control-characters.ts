/**
 * Control characters a name sent by a caller may not hold: the C0 range and DEL (tabs, line breaks,
 * NUL, escape…), which no name has and which break logs and reports. The C1 range (U+0080–U+009F) is
 * let through: list files written in Windows-1252 and read as Latin-1 carry it where a quote or dash
 * was meant (U+0092 for ’), so the lists' own names, and the matches the API answers with, hold it.
 * The matcher reads any control character as a word break.
 */
export const REFUSED_CONTROL_CHARACTER = /(?![\u0080-\u009f])\p{Cc}/u;

/** What a refusal for REFUSED_CONTROL_CHARACTER says. */
export const REFUSED_CONTROL_CHARACTER_REASON = 'contains control characters (tabs, line breaks, NUL…)';

/**
 * A name to match must hold at least one letter or digit, in any script: "!!!", "—" or a row of emoji
 * names nobody, and answering it with NONE would read as "screened, nothing found".
 */
export const NAME_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** What a refusal for a name without NAME_WORD_CHARACTER says. */
export const NO_NAME_CHARACTER_REASON = 'has no letter or digit: there is no name to match';
