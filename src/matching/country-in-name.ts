// A country a body's name writes, read against the country a query is given in (rules 1.166.0): the resolution's
// reading of "<name> of <the country's long form>" as "<name>, <country>", and of a name that writes another country.
import { currentRegionCode, getReferenceData } from './reference-data';
import { editBudget, editCost } from './token-similarity';
import { asciiForm, tokeniseRaw } from './tokenise';

/** Longest run of words read as one country's name ("democratic people s republic of korea" is six). */
const COUNTRY_WORDS_MAX = 7;
/** Function words between a name and its country, or inside a country's formal name ("of the", "de la"). */
const JOINING_WORDS = new Set(['of', 'the', 'de', 'la', 'del', 'du', 'des', 'da', 'do', 'di', 'der', 'el']);

/** A text's words in ASCII form, small letters, as the country tables key them. */
function wordsOf(text: string): string[] {
  return tokeniseRaw(text).map((word) => asciiForm(word.orig));
}

/**
 * The code of `words` read whole as a country: a country's name in English or as org_words.yml `country_names` writes
 * it (ICU's names in other languages are towns as often: "Granada"), or a formal name, a form of state
 * (org_words.yml state_form_heads, one of them at least, and state_form_words; "people s" as the tables write
 * "People's") then "of [the]" and such a name ("kingdom of norway"), not one that names another state than its
 * short name (org_words.yml other_state_formal_names: "republic of china"). Undefined otherwise.
 */
function countryOfWords(words: readonly string[]): string | undefined {
  const reference = getReferenceData();
  const key = words.join(' ');
  if (reference.englishCountryNames.has(key) && reference.countryCodes.has(key)) {
    return reference.countryCodes.get(key);
  }
  let at = 0;
  let heads = 0;
  while (
    at < words.length &&
    (reference.stateFormHeads.has(words[at]) ||
      reference.stateFormWords.has(words[at]) ||
      (words[at] === 's' && at > 0))
  ) {
    heads += reference.stateFormHeads.has(words[at]) ? 1 : 0;
    at++;
  }
  if (heads === 0 || at === 0) {
    return undefined;
  }
  let short = at;
  while (short < words.length && JOINING_WORDS.has(words[short])) {
    short++;
  }
  if (short === at || short === words.length) {
    return undefined;
  }
  const formal = [...words.slice(0, at), 'of', ...words.slice(short)].join(' ');
  if (reference.otherStateFormalNames.has(formal)) {
    return undefined;
  }
  const name = words.slice(short).join(' ');
  return reference.englishCountryNames.has(name) ? reference.countryCodes.get(name) : undefined;
}

/**
 * Since rules 1.166.0: the country text when `name` is `head` followed by "of [the]" and a country's name or formal
 * name whose code is one of `countries` (small letters): "Ministry of Tides of the Republic of Korea" is "Ministry of
 * Tides" written with its country at length, the name a query "Ministry of Tides, Korea" (or given in KR) asks for
 * whole. Null otherwise, and for a head of fewer than two words.
 */
export function countryAtLength(name: string, head: string, countries: readonly string[]): string | null {
  if (countries.length === 0) {
    return null;
  }
  const words = wordsOf(name);
  const headWords = wordsOf(head);
  if (headWords.length < 2 || words.length <= headWords.length + 1 || words[headWords.length] !== 'of') {
    return null;
  }
  if (!headWords.every((word, index) => words[index] === word)) {
    return null;
  }
  let start = headWords.length + 1;
  while (start < words.length && words[start] === 'the') {
    start++;
  }
  const code = countryOfWords(words.slice(start));
  if (code === undefined || !countries.includes(code)) {
    return null;
  }
  // The country as the name writes it: after the "of" that follows the head's own.
  const joining = [...name.matchAll(/(?<![\p{L}\p{N}])of(?![\p{L}\p{N}])/giu)][
    headWords.filter((word) => word === 'of').length
  ];
  return joining?.index !== undefined
    ? name.slice(joining.index + 2).trim()
    : words.slice(headWords.length + 1).join(' ');
}

/** The longest run of words from `at` read as one country (`countryOfWords`): where it ends and its code. */
function countryRunAt(words: readonly string[], at: number): { end: number; code: string } | undefined {
  for (let stop = Math.min(words.length, at + COUNTRY_WORDS_MAX); stop > at; stop--) {
    const code = countryOfWords(words.slice(at, stop));
    if (code !== undefined) {
      return { end: stop, code };
    }
  }
  return undefined;
}

/**
 * Each run of `words` read as one country, left to right, the longest first (`countryRunAt`), the next run read after
 * its end: where it starts and ends, and its code.
 */
function countryRuns(words: readonly string[]): Array<{ at: number; end: number; code: string }> {
  const runs: Array<{ at: number; end: number; code: string }> = [];
  let at = 0;
  while (at < words.length) {
    const country = countryRunAt(words, at);
    if (country === undefined) {
      at++;
      continue;
    }
    runs.push({ at, ...country });
    at = country.end;
  }
  return runs;
}

/**
 * The countries `name` writes, each the longest run of words read as one (`countryOfWords`), with their codes; a run
 * with a word of `skip` (the query's own words) left out.
 */
function countriesWritten(words: readonly string[], skip: ReadonlySet<string>): Array<{ text: string; code: string }> {
  const found: Array<{ text: string; code: string }> = [];
  for (const { at, end, code } of countryRuns(words)) {
    const run = words.slice(at, end);
    if (!run.some((word) => skip.has(word))) {
      found.push({ text: run.join(' '), code });
    }
  }
  return found;
}

/**
 * Since rules 1.166.0: the country that `matchedName` writes in words of its own (words `queryName` does not hold)
 * when it is none of the query's `countries` and the matched name writes none of them: "Prime Minister's Office,
 * Quarrow Government" is Quarrow's office, not the office of a country the query is given in. Null otherwise, and
 * when the query is given in no country.
 */
export function otherCountryWritten(
  queryName: string,
  matchedName: string,
  countries: readonly string[],
): string | null {
  if (countries.length === 0) {
    return null;
  }
  const written = countriesWritten(wordsOf(matchedName), new Set(wordsOf(queryName)));
  if (written.length === 0 || written.some((country) => countries.includes(country.code))) {
    return null;
  }
  return written[0].text;
}

/**
 * Since rules 1.184.0 (issue 9): the countries an organisation's name writes by their names as words of its own
 * ("Open University of Quarrow", "Quarrow Institute of Tides", a country's name in English or as org_words.yml
 * `country_names` writes it, or its formal name: the longest run of words read as one country, `countryOfWords`),
 * each with its text and code, for a query given in no country: a name that names a country places the body there as
 * a country given would. Not read: a name the graph's registry bodies write for bodies of another country often
 * enough, alone ("Georgia", "Hong Kong") or after the word before it ("New Mexico"; country_names_elsewhere.tsv); a
 * demonym ("American University of …" is as often a body abroad); words in brackets (a remark: "(… passport …)", or
 * `countryInBrackets`'s); a name that is the country's name alone.
 */
export function countriesNamed(name: string): Array<{ text: string; code: string }> {
  const { words, runs } = countryRunsOutsideBrackets(name);
  const found: Array<{ text: string; code: string }> = [];
  for (const run of runs) {
    if (!run.elsewhere && !found.some((country) => country.code === run.code)) {
      found.push({ text: run.text, code: run.code });
    }
  }
  const written = runs.reduce((sum, run) => sum + run.end - run.at, 0);
  return written < words.length ? found : [];
}

/**
 * Each run of words of `name` read as one country (`countryRuns`: left to right, the longest first), words in
 * brackets aside (a remark on the name: a passport's country, a unit's, `countryInBrackets`'s), with its words, its
 * text as written and whether the registry's bodies write it for bodies of another country often enough, alone or
 * after the word before it (country_names_elsewhere.tsv: "Georgia", "New Mexico").
 */
function countryRunsOutsideBrackets(name: string): {
  words: string[];
  runs: Array<{ at: number; end: number; code: string; text: string; elsewhere: boolean }>;
} {
  const reference = getReferenceData();
  const outside = name.replace(/\([^()]*\)/gu, ' ');
  const tokens = tokeniseRaw(outside);
  const words = tokens.map((word) => asciiForm(word.orig));
  const runs = countryRuns(words).map(({ at, end, code }) => {
    const key = words.slice(at, end).join(' ');
    const elsewhere =
      reference.countryNamesElsewhere.has(key) ||
      (at > 0 && reference.countryNamesElsewhere.has(`${words[at - 1]} ${key}`));
    return { at, end, code, text: (!elsewhere && asWritten(outside, tokens.slice(at, end))) || key, elsewhere };
  });
  return { words, runs };
}

/** The words `run` as `name` writes them (case and the marks between them), for a reason to quote. */
function asWritten(name: string, run: ReadonlyArray<{ orig: string }>): string | undefined {
  const escaped = run.map((word) => word.orig.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('[^\\p{L}\\p{N}]+'), 'iu').exec(name)?.[0];
}

/** Since rules 1.184.0: whether `name` writes, by its name, one of the countries `codes` (small letters). */
export function writesCountryOf(name: string, codes: readonly string[]): boolean {
  return countriesWritten(wordsOf(name), new Set()).some((country) => codes.includes(country.code));
}

/**
 * Since rules 1.185.0 (issue 9): the first country `matchedName` writes by its name in words of its own (a run with no
 * word `queryName` holds: "Open University of Quarrow" matched for "Open University") that `queryName` does not say
 * in any form either (a demonym or a country's one-word name of countryForms: "Quarrowese Open University" says it),
 * for a query given in no country: the name matched is the query's name with the body's country added, and bodies of
 * other countries may bear the query's name. A query word spelt like a word of the country (the matcher's edit budget,
 * `editBudget`) says it, misspelt. A name the graph's registry bodies write for bodies of another country
 * often enough (country_names_elsewhere.tsv: "New Mexico", "Georgia") and words in brackets are not read, as
 * `countriesNamed` does not read them in a query. Null otherwise.
 */
export function countryQueryLacks(queryName: string, matchedName: string): string | null {
  const reference = getReferenceData();
  const queryWords = wordsOf(queryName);
  const said = new Set(
    queryWords
      .map((word) => reference.countryForms.get(word))
      .filter((code): code is string => code !== undefined)
      .map(currentRegionCode),
  );
  const skip = new Set(queryWords);
  // A query word spelt like a word of the country within the matcher's edit budget is the country misspelt
  // ("Ugnada Tidal Imports" for "Uganda Tidal Imports"), said by the query.
  const spelt = (word: string) =>
    queryWords.some((other) => editCost(other, word) <= editBudget(Math.max(other.length, word.length)));
  const { words, runs } = countryRunsOutsideBrackets(matchedName);
  const lacked = runs.find(
    (run) =>
      !run.elsewhere &&
      !words.slice(run.at, run.end).some((word) => skip.has(word) || spelt(word)) &&
      !said.has(run.code),
  );
  return lacked?.text ?? null;
}

/**
 * Since rules 1.158.0: an organisation's name whose last comma-separated part is a country alone (a country's name
 * of one or more words in English, ICU's, or as org_words.yml `country_names` writes it: "Iran", "P.R. China",
 * "Turkey"; `countryCodeOf` gives its code), with a name of at least two words and no other comma before it
 * ("Quarrow Institute of Technology, Iran", "…, People's Republic of China", "…, P.R. China"): the name before the
 * comma given in that country, as if the country were given in the query's `country` field. The country corroborates
 * a body of that country, and conflicts with a body of another (the resolution never resolves such a body). A name
 * with a town before the country ("<name>, <town>, <country>") is left to the own-town reading (`placedNames`); one
 * word before the comma ("Vesk, Jordan") is a person's "surname, given name" as often. Undefined otherwise.
 */
export function countryAfterName(raw: string): { name: string; text: string; code: string } | undefined {
  const at = raw.lastIndexOf(',');
  if (at <= 0) {
    return undefined;
  }
  const name = raw.slice(0, at).trim();
  const text = raw.slice(at + 1).trim();
  if (name.includes(',') || tokeniseRaw(name).length < 2 || !/^[\p{L}][\p{L}\s.'’]*$/u.test(text)) {
    return undefined;
  }
  // A country's name in English or as org_words.yml writes it: a town is often a country's name in another language
  // ("Granada", Grenada in Spanish).
  const key = tokeniseRaw(text)
    .map((word) => asciiForm(word.orig))
    .join(' ');
  const code = getReferenceData().englishCountryNames.has(key) ? countryCodeOf(text) : undefined;
  return code === undefined ? undefined : { name, text, code };
}

/**
 * Since rules 1.182.0: an organisation's name ending in a country alone in brackets ("Quarrow Tides (Italy)", "Tarvel
 * Corporation (United States)", as ROR names a company's national units): that country is the query's country too, as a
 * country written after a comma is (`countryAfterName`), read by the same table (a country's name in English or as
 * org_words.yml `country_names` writes it). The name is compared as written: only the country is added. Undefined
 * otherwise (a town or anything else in the brackets, or no word before them).
 */
export function countryInBrackets(raw: string): { text: string; code: string } | undefined {
  const bracketed = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(raw);
  if (!bracketed || tokeniseRaw(bracketed[1]).length < 1) {
    return undefined;
  }
  const text = bracketed[2].trim();
  if (!/^[\p{L}][\p{L}\s.'’]*$/u.test(text)) {
    return undefined;
  }
  const key = tokeniseRaw(text)
    .map((word) => asciiForm(word.orig))
    .join(' ');
  const code = getReferenceData().englishCountryNames.has(key) ? countryCodeOf(text) : undefined;
  return code === undefined ? undefined : { text, code };
}

/**
 * The ISO 3166-1 code (small letters) of a country written `text`: a name of one or more words
 * (`countryCodes`: ICU's region names, org_words.yml `country_names`), else (rules 1.148.0) a one-word country
 * name or demonym that `countryForms` keys by a code. Undefined for any other text.
 */
export function countryCodeOf(text: string): string | undefined {
  const reference = getReferenceData();
  const words = tokeniseRaw(text).map((word) => asciiForm(word.orig));
  const named = reference.countryCodes.get(words.join(' '));
  if (named !== undefined || words.length !== 1) {
    return named;
  }
  const code = reference.countryForms.get(words[0]);
  return code !== undefined && /^[a-z]{2}$/.test(code) ? currentRegionCode(code) : undefined;
}
