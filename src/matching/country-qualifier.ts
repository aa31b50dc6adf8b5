// Since rules 1.233.0 (issue 9, qualifiers vs deciding words): a country a name writes in brackets after itself, or
// after a last comma ("Quarrow Tarvel (Norland)", "Quarrow Tarvel, Norland"), read as a qualifier of the name when the
// other party's country agrees with it or is not known: the registry writes a company's national record so.
import { countryAfterName, countryInBrackets } from './country-in-name';
import { type PreparedName, prepareName } from './normalise';

/** A name without the country it writes after itself: the name before it, prepared, and the country as written. */
export interface CountryWritten {
  /** The name before the brackets or the last comma, prepared in the name's mode. */
  bare: PreparedName;
  /** The country as the name writes it ("Norland"). */
  text: string;
  /** Its ISO 3166-1 code, small letters. */
  code: string;
}

const written = new WeakMap<PreparedName, CountryWritten | null>();

/**
 * The country an organisation's name writes after itself, in brackets (`countryInBrackets`) or after its last comma
 * (`countryAfterName`: a name of two words or more, no other comma), with the name before it; undefined otherwise and
 * for a person's name. Kept per prepared name (a party's names are prepared once).
 */
export function countryWrittenAfter(name: PreparedName): CountryWritten | undefined {
  if (name.mode !== 'org') {
    return undefined;
  }
  const known = written.get(name);
  if (known !== undefined) {
    return known ?? undefined;
  }
  const found = readCountryWritten(name);
  written.set(name, found ?? null);
  return found;
}

function readCountryWritten(name: PreparedName): CountryWritten | undefined {
  const afterComma = countryAfterName(name.raw);
  if (afterComma) {
    return { bare: prepareName(afterComma.name, name.mode), text: afterComma.text, code: afterComma.code };
  }
  const bracketed = countryInBrackets(name.raw);
  if (!bracketed) {
    return undefined;
  }
  const bare = name.raw.slice(0, name.raw.lastIndexOf('(')).trim();
  return bare.length > 0
    ? { bare: prepareName(bare, name.mode), text: bracketed.text, code: bracketed.code }
    : undefined;
}

/**
 * `raw` without the country it writes after itself, in brackets or after its last comma (the name before it), or
 * `raw` itself when it writes none: "Quarrow Tarvel (Norway)" is "Quarrow Tarvel".
 */
export function withoutCountryWritten(raw: string): string {
  const afterComma = countryAfterName(raw);
  if (afterComma) {
    return afterComma.name;
  }
  const bare = countryInBrackets(raw) ? raw.slice(0, raw.lastIndexOf('(')).trim() : '';
  return bare.length > 0 ? bare : raw;
}

/**
 * Whether the country a name writes after itself (its code) may be read as a qualifier against a party of
 * `countries` (small letters): they are not known, or one of them is it. A country the other party is known in and
 * that is another still decides.
 */
export function qualifierAgrees(code: string, countries: readonly string[]): boolean {
  return countries.length === 0 || countries.includes(code);
}
