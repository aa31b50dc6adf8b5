// One reading of a country given as input, for every route that takes one (screen, partnerRisk, assessPartnership,
// cases, the CLI's screening files and the yente-compatible API): a code, a name or a demonym the country tables know.
import { countryCode } from '../common/country-codes';
import { currentRegionCode, getReferenceData } from './reference-data';
import { asciiForm, tokeniseRaw } from './tokenise';

/** What a country input accepts, as a refusal says it. */
export const COUNTRY_INPUT_ACCEPTS =
  'an ISO 3166-1 alpha-2 code ("za"), or a country\'s name or demonym the country tables know ("South Africa", "Chinese")';

/** The refusal's reason for a country input that names no country the tables know. */
export function countryInputReason(raw: string): string {
  return `"${raw}" is not a country: give ${COUNTRY_INPUT_ACCEPTS}`;
}

/**
 * The ISO 3166-1 alpha-2 code (small letters) of a country as a user gives it; null when the text names no country
 * the tables know, or more than one ("Korea"). Read in order, the first answer taken: the watchlists' reading
 * (`countryCode`: a current code, ICU's English names and the lists' forms), so that every input it accepted reads as
 * before; then the matcher's country names (ICU's names in the REGION_NAME_LOCALES languages and org_words.yml
 * `country_names`: "UK", "Deutschland"); then the one-word forms and demonyms of org_words.yml `countries` and
 * `country_forms` ("Chinese", "Iranian", "British"), each of one country only (a form the tables keep
 * under a withdrawn code reads as its successor's: "German" → "de"; the withdrawn code itself is refused).
 */
export function countryOfInput(raw: string): string | null {
  const code = countryCode(raw);
  if (code !== null) {
    return code;
  }
  const key = tokeniseRaw(raw)
    .map((word) => asciiForm(word.orig))
    .join(' ');
  if (key.length === 0) {
    return null;
  }
  const reference = getReferenceData();
  const named = reference.countryCodes.get(key);
  const form = reference.countryForms.get(key);
  const found =
    named ?? (form === undefined ? undefined : /^[a-z]{2}$/.test(form) ? form : reference.countryCodes.get(form));
  // Only a code the watchlists' reading knows: a group of org_words.yml ("korea") is no one country.
  return found === undefined ? null : countryCode(currentRegionCode(found));
}
