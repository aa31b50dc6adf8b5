import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readRegionNamesTable } from './region-names-table';
import { referenceDirectory } from './reference-directory';
import { simplifiedHanCharacter } from './cjk-syllables';
import { asciiForm, detectScript, HEBREW_WORD, Script, tokeniseRaw } from './tokenise';

/** A legal form ("LLC", "ООО", "有限公司"…) with the forms used to compare it. */
export interface LegalForm {
  display: string;
  /** Same value means the same legal form, whatever the language ("ooo" for ООО and o.O.O.). */
  compare: string;
  /** Broad family (LLC, JSC, LP…); '' when the data gives none. */
  generic: string;
}

/**
 * A word of Chinese names (han_words.yml): its entry's key, whether it is a place (else a field word, which
 * decides), and its English renderings, each as word keys without function words.
 */
export interface HanWord {
  key: string;
  place: boolean;
  renderings: string[][];
  /**
   * A class phrase whose English rendering other class phrases share (han_words.yml shared_class_phrases, since
   * rules 1.96.0): aligned, it makes a pair a candidate, never a resolution on its own.
   */
  shared: boolean;
}

/** A phrase trie over token keys; `value` is set where a phrase ends. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export interface ReferenceData {
  legalForms: LegalForm[];
  legalTrie: TrieNode<number>;
  /**
   * One-word legal forms listed only with marks on their Latin letters ("TÜ"), never without, by key ("tu"):
   * written without the marks, such a word may be an acronym instead (since rules 1.17.0).
   */
  markedLegalWords: Set<string>;
  /**
   * One-word legal forms (company_words.yml legal_forms, `not_in_capitals`) read only where written with a small
   * letter ("Quarrow Foundation sr"), by key ("sr"): written in capitals the word is another name's initials
   * ("Ministerstvo … SR", the Slovak Republic) (since rules 1.94.0).
   */
  smallLetterLegalWords: Set<string>;
  /**
   * One-word legal forms that are plain English words a body's name writes for what it is or does (company_words.yml
   * english_word_legal_forms, since rules 1.165.0: "spa", "charity"), by key: written as a word, not as the legal
   * form's abbreviation, right before a class word ("Quarrow Spa University"), such a word is a word of the name.
   */
  englishWordLegalForms: Set<string>;
  /** Organisation-class groups (`university`, `institute`, `co`…). */
  classNames: string[];
  /**
   * Class phrases → their class-set number: an index into classSets, numbered in the order the tables
   * list the phrases, so a saved index's class tags mean the same in every process that loads it.
   */
  classTrie: TrieNode<number>;
  /**
   * Since rules 1.216.0: the class words that are a written abbreviation of a longer word of their own class group
   * ("inst" of institute, "univ" of university, "govt" of government: org_words.yml `sound_free_abbreviations`, each
   * checked by `classAbbreviationsOf`). Such a word has no sound reading.
   */
  classAbbreviations: ReadonlySet<string>;
  /** Class sets (each a list of class groups, indices into classNames), by class-set number. */
  classSets: number[][];
  /** Named bodies the symbol data lists with their translations and acronyms (PLA, IRGC, CIA…). */
  namedBodyTrie: TrieNode<number>;
  namedBodies: string[];
  personTitleTrie: TrieNode<number>;
  /** Honorifics that are also names (honorifics.yml): titles only before a person's name words. */
  leadingTitleTrie: TrieNode<number>;
  /** One-word honorifics (honorifics.yml) → their group ("shaikh" → "sheikh"). */
  honorificGroups: Map<string, string>;
  particleNames: string[];
  particleTrie: TrieNode<number>;
  orgStopwords: Set<string>;
  /**
   * Since rules 1.16.0: the article and particles Arabic script writes onto a word (org_words.yml
   * abjad_proclitics), longest first, and the class and field words of Arabic script (first words, as keys)
   * that a word written with them is read as.
   */
  abjadProclitics: string[];
  abjadWords: Set<string>;
  /**
   * Since rules 1.59.0: class and field words of Thai (org_words.yml unspaced_class_words), longest first, that a
   * name written without spaces is split at.
   */
  unspacedClassWords: string[];
  /** Leading articles of organisation names ("The", "Le", "La"): never the start of an acronym. */
  orgNamePrefixes: Set<string>;
  objectPrefixes: Set<string>;
  /** Ship prefixes (company_words.yml: "MV", "M/V", "MT"), each as its word keys: no word of a vessel's name when first. */
  vesselPrefixes: string[][];
  genericPersonNames: Set<string>;
  /** Compass words (org_words.yml groups north … southwest, and their forms): parts of compound words. */
  compassWords: string[];
  /** Very common surnames and given names (name_frequency.yml): weak evidence on their own. */
  commonPersonNames: Set<string>;
  /**
   * Since rules 1.25.0: for each common name word (a key of commonPersonNames), the naming traditions of
   * name_frequency.yml it is common in, one bit a tradition (bit i: nameTraditions[i]).
   */
  commonNameTraditions: Map<string, number>;
  /** The naming traditions of name_frequency.yml, in the order of their bits in commonNameTraditions. */
  nameTraditions: string[];
  /**
   * Since rules 1.27.0: for each word key listed as a surname (or its feminine form), the traditions whose
   * surname tables list it (bits as in commonNameTraditions, without shared_names).
   */
  commonSurnameTraditions: Map<string, number>;
  /** Single-word equivalences for persons: nicknames (Bob ↔ Robert) and listed spellings (Putin ↔ Poutine). */
  synonyms: Map<string, number[]>;
  /** One word in company names across languages (company_words.yml): word form → its group ("sankt", "saint"). */
  orgWordForms: Map<string, number>;
  /** Deciding words of organisation names (org_words.yml): word form → its group ("northwestern" → "northwest"). */
  decidingGroups: Map<string, string>;
  /** Qualifier words of organisation names (org_words.yml): campus, branch, countries and demonyms. */
  orgQualifiers: Set<string>;
  /**
   * Prepositions of place that Slavic bodies' names end with (org_words.yml locative_prepositions: "v", "w"),
   * written in small letters before the last word, which then places the body (since rules 1.10.0).
   */
  locativePrepositions: Set<string>;
  /** Function words of an organisation's name only when written small between words (small_function_words, 1.70.0). */
  smallFunctionWords: Set<string>;
  /**
   * Of `smallFunctionWords`, the articles that follow a preposition (small_function_articles, since rules 1.171.0):
   * read as function words after another function word too ("per il", "contro il").
   */
  smallFunctionArticles: Set<string>;
  /** Country names and demonyms that qualify an organisation name in first place, after "of" or trailing. */
  orgCountryWords: Map<string, string>;
  /**
   * One-word country names in the languages of REGION_NAME_LOCALES (ICU's region names: "Sverige",
   * "Spanien", "Suisse") and the demonyms of org_words.yml, each to one key per country: two forms of
   * one country are one word across languages ("Sweden"/"Sverige", "Spanish"/"Española").
   */
  countryForms: Map<string, string>;
  /**
   * Word meanings and place exonyms (org_word_meanings.yml): a word's ASCII form to its group, one key
   * per meaning ("sante" and "gesundheit" → "health"; "munchen" → "munich"), prefixed so that no group
   * is taken for a deciding word's or a country's group.
   */
  wordMeanings: Map<string, string>;
  /** Country names in the languages of REGION_NAME_LOCALES, one or more words in ASCII form ("united states"). */
  countryNames: Set<string>;
  /**
   * Since rules 1.153.0: a country's names of one or more words in ASCII form, joined by spaces, to its ISO 3166-1
   * code in small letters: ICU's region names (REGION_NAME_LOCALES) under their current code (a name ICU gives a
   * withdrawn code, "Germany" of DD, is the current one's, DE) and org_words.yml `country_names`.
   */
  countryCodes: Map<string, string>;
  /**
   * Since rules 1.158.0: the keys of `countryCodes` that are a country's name in English (ICU's English region names)
   * or org_words.yml `country_names`: a country written after a name is read as the query's country only so
   * (`countryAfterName`), since a town is often a country's name in another language ("Granada", Grenada in Spanish).
   */
  englishCountryNames: Set<string>;
  /**
   * Country names of two or more words ("costa rica", "saudi arabia"), as a phrase trie over word keys (since
   * rules 1.10.0): such a name after a function word places a body as a one-word country's name does. Names
   * with a deciding word ("south africa", "north macedonia") are left out: their compass word is read as one.
   */
  countryPhraseTrie: TrieNode<number>;
  /**
   * Shortest persons' words whose romanisation keys may agree by rules of several systems (romanisation.yml
   * mixed_systems_min_length, since rules 1.77.0); shorter words must agree under one system.
   */
  mixedSystemsMinLength: number;
  /** Rewrite rules from romanisation.yml: words with the same result are romanisation variants. */
  romanisationRules: { system: string; pattern: RegExp; replacement: string }[];
  /** Variants of one Chinese or Korean syllable (romanisation.yml syllable_variants; cjk-reading.ts). */
  syllableVariantRules: { system: string; pattern: RegExp; replacement: string }[];
  /** Endings of patronymics ("-ovich", "-ovna"): such a word is not a spelling of a surname. */
  patronymicEnding: RegExp;
  /**
   * Since rules 1.187.0: the particle groups (particleNames indices) that open a kunya ("Abu Maryam", "Umm Sayyaf";
   * romanisation.yml kunya_particles): the word after one names the bearer's child, not the bearer.
   */
  kunyaParticles: ReadonlySet<number>;
  /**
   * Since rules 1.224.0: the Arabic article's Latin spellings (romanisation.yml articles: "al", "el", "ul"…). A short
   * word written joined to one by a hyphen ("AL-QEB") is a name's word, not an acronym (capitals-word.ts).
   */
  arabicArticles: ReadonlySet<string>;
  /**
   * Since rules 1.188.0: pairs of first letters of romanised keys that spell one name either way (romanisation.yml
   * initial_alternations), each written both ways ("rl", "lr").
   */
  initialAlternations: ReadonlySet<string>;
  /**
   * Belarusian, Ukrainian and Russian romanisations of one East Slavic surname or patronymic (romanisation.yml
   * east_slavic, since rules 1.68.0): the endings both words must have, and the rewrites to their shared key.
   */
  eastSlavic: { ending: RegExp; minLength: number; rewrites: { pattern: RegExp; replacement: string }[] };
  /**
   * The vowels of one Arabic or Persian name in their Latin spellings (romanisation.yml vowel_frames, since rules
   * 1.77.0): the rewrites to a word's frame of consonants and vowels, and the vowels each vowel may stand for.
   */
  vowelFrames: {
    minLength: number;
    minVowels: number;
    minConsonants: number;
    rewrites: { pattern: RegExp; replacement: string }[];
    /** Since rules 1.88.0: a diphthong to the long vowel it is also written as, before `rewrites`. */
    longVowels: { pattern: RegExp; replacement: string }[];
    vowels: Map<string, Set<string>>;
    finalVowels: Map<string, Set<string>>;
  };
  /**
   * An Arabic compound given name's endings ("-uddin", "-ullah") after its first word alone (romanisation.yml
   * compound_short_forms, since rules 1.77.0), and the shortest first word read so.
   */
  compoundShortForms: { minLength: number; endings: Set<string> };
  /**
   * A person's short word spelt with other vowels or a letter pair written for one letter (romanisation.yml
   * short_word_vowels, since rules 1.78.0): the shorter word's least length, the vowels, and the letter pairs.
   */
  shortWordVowels: { minLength: number; vowels: string; letterPairs: [string, string][]; silentAfterVowel: string };
  /** given_name_forms.yml: each national form of a given name, with its group. */
  givenNameGroups: Map<string, number>;
  /** Patronymic endings to strip for the father's given name, longest first. */
  patronymicStemEndings: string[];
  /**
   * given_name_forms.yml patronymic_endings with patronymic_endings_other_spellings (since rules 1.203.0): the endings
   * that make a word a patronymic a shorter name may leave out (left-out-patronymic.ts), longest first.
   */
  patronymicLeftOutEndings: string[];
  /**
   * given_name_forms.yml patronymic_glide (since rules 1.101.0): the letter a father's name in -ai / -ei keeps
   * before its patronymic's ending is written without ("Nikolai" / "Nikolaevich"), added back to a stem that
   * ends in a vowel; empty for none.
   */
  patronymicGlide: string;
  /** Pairs of characters charged half an edit (o/u, i/y, c/k…), as "ab" and "ba". */
  confusables: Set<string>;
  /**
   * romanisation.yml letter_digraphs (since rules 1.150.0): a letter (lower case) and the digraph it is written as
   * where it cannot be typed ("ü" "ue"); see `digraphForm`.
   */
  letterDigraphs: Map<string, string>;
  /**
   * romanisation.yml cyrillic_letter_spellings (since rules 1.203.0): a Cyrillic letter (lower case), its any-ascii
   * spelling and its spellings in other systems ("х": "kh", ["h", "ch", "x"]); see `cyrillicSpellings`.
   */
  cyrillicLetterSpellings: { letter: string; read: string; others: string[] }[];
  /**
   * romanisation.yml cyrillic_letter_spellings_exact (since rules 1.207.0): the same for spellings that agree only as
   * written exactly ("ц": "ts", ["c"]); see `cyrillicSpellings`.
   */
  cyrillicLetterSpellingsExact: { letter: string; read: string; others: string[] }[];
  /**
   * The ASCII forms of the cities' own names of place_names.tsv (its first column: "osaka", "aden"), not their other
   * names (since rules 1.150.0; candidate generation's known-word variants).
   */
  cityNames: Set<string>;
  /**
   * subdivision_official_names.tsv (since rules 1.230.0): each line a subdivision's official names in its several
   * languages (ISO 3166-2 writes them separated by slashes), not joined into one place (a name may be another
   * place's too); see `onePlaceOfficially`.
   */
  officialPlaceNames: string[][];
  /**
   * place_names_scripts.tsv read by the name as written (NFC, small letters; since rules 1.230.0): each city's name in
   * another script to the city's own name (its first column), a name two cities list left out. Its ASCII form may be
   * another place's name ("Delhi" in Gurmukhi reads as "dili"); see `writtenPlaceGroup`.
   */
  scriptPlaceNameCities: Map<string, string>;
  /**
   * For each class group (index as in classNames), the initials of its Latin-script members in every
   * language ("university", "Universität" u; "foundation", "Stiftung", "fondation" f, s): an acronym of a
   * body's name in another language takes the initial of the word in that language.
   */
  classInitials: string[][];
  /** The same for the deciding-word groups of org_words.yml ("research": r, i, p, f). */
  decidingInitials: Map<string, string[]>;
  /** The same for the demonyms of org_words.yml, by country key ("Austrian": a, o for "Österreichische"). */
  countryInitials: Map<string, string[]>;
  /** Class groups (indices into classNames) of bodies that have units named after them (org_words.yml). */
  parentClasses: Set<number>;
  /** Class groups that, set apart after a name (comma, parentheses, dash), name its parent (org_words.yml). */
  segmentParentClasses: Set<number>;
  /**
   * Class groups whose word written with a body's one-word name names that body (org_words.yml
   * one_word_kind_classes, since rules 1.11.0: "Quarrow Foundation" / "Quarrow").
   */
  oneWordKindClasses: Set<number>;
  /**
   * Class groups of bodies that a country's name or demonym written first on one side only makes another body
   * (org_words.yml country_first_classes, since rules 1.14.0: "Norlandic Society of …" / "Society of …").
   */
  countryFirstClasses: Set<number>;
  /**
   * Class groups of bodies set up to support another body (org_words.yml support_body_classes, since rules 1.16.0:
   * "Quarrow Hospital Foundation" / "Quarrow Hospital").
   */
  supportBodyClasses: Set<number>;
  /**
   * Class groups whose words the matcher reads as legal forms but that name a kind of body (org_words.yml
   * legal_class_groups, since rules 1.99.0: "cooperative"): read as class words of that group by the
   * resolution's class-word swap (class-word-swap.ts) only.
   */
  legalClassGroups: Set<number>;
  /**
   * Since rules 1.126.0: class groups read as `legalClassGroups` are, only when the name matched is a registry's body
   * (a body of the graph on no list; org_words.yml registry_legal_class_groups: "charity").
   */
  registryLegalClassGroups: Set<number>;
  /**
   * Since rules 1.140.0: class groups read as `legalClassGroups` are for a list's entry too, each with the class groups
   * of the names a list gives one such body as well (org_words.yml listed_legal_class_groups: "charity", whose kin are
   * "association", "foundation"…): against a word of its kin it is no swap.
   */
  listedLegalClassGroups: Map<number, Set<number>>;
  /**
   * Class groups and qualifiers that with a place in a trailing segment name a unit of the body (org_words.yml
   * branch_segment_classes and branch_segment_words, since rules 1.17.0: "…, Harbourville Centre").
   */
  branchSegmentClasses: Set<number>;
  branchSegmentWords: Set<string>;
  /** Class groups of bodies of one generic name in many places (org_words.yml place_after_generic_classes). */
  placeAfterGenericClasses: Set<number>;
  /**
   * Class groups of field words that decide between two names of an academic or research body only, and the class
   * groups of such bodies (org_words.yml academic_field_classes and academic_body_classes, since rules 1.26.0).
   */
  academicFieldClasses: Set<number>;
  academicBodyClasses: Set<number>;
  /** Function words of a trailing purpose phrase whose field word does not decide (academic_field_purpose_words). */
  academicFieldPurposeWords: Set<string>;
  /** English words for "sciences" after a field word that other languages leave out (field_idiom_words, since 1.70.0). */
  fieldIdiomWords: Set<string>;
  /**
   * Since rules 1.162.0: words that name a subfield or an approach of a field (org_words.yml field_modifiers): word
   * form → its group ("plasma", "experimental"), and the deciding groups they modify when written right before
   * one of their words (field_modifier_heads: "physics", "technology", "hospital").
   */
  fieldModifiers: Map<string, string>;
  fieldModifierHeads: Set<string>;
  /** Deciding groups of a country's own level, after its name or demonym (country_level_groups, since 1.162.0). */
  countryLevelGroups: Set<string>;
  /** Deciding groups that make a country written first the body's seat (org_words.yml country_first_seat_groups). */
  countryFirstSeatGroups: Set<string>;
  /** Deciding groups a name written in Hangul leaves unwritten (org_words.yml hangul_unwritten_groups, since 1.19.0). */
  hangulUnwrittenGroups: Set<string>;
  /**
   * Syllables that are a class word when written last in a Korean word after a field word (org_words.yml
   * hangul_final_syllable_classes, since rules 1.34.0), valued by the class value of the word they read as.
   */
  hangulFinalSyllableClasses: Map<string, number>;
  /**
   * Words of Chinese names of two characters or more (han_words.yml, since rules 1.20.0), as a phrase trie over
   * single characters, valued by their index in hanWords.
   */
  hanWordTrie: TrieNode<number>;
  hanWords: HanWord[];
  /**
   * Class phrases of Chinese, Japanese and Korean names whose bodies' English names render them by an English class
   * phrase (han_words.yml class_phrases, since rules 1.85.0: 工学院 "Institute of Technology"; and since rules 1.96.0
   * shared_class_phrases, 工业大学 "University of Technology", a place's 理工大学's English name too, marked
   * `shared`), as a phrase trie over single characters valued by their index in hanWords; read as field words are,
   * but only where no word of hanWordTrie runs into the phrase's first character from before it (郑州轻工业大学:
   * 轻工业, not 工业大学).
   */
  hanClassPhraseTrie: TrieNode<number>;
  /**
   * A class word written in Chinese characters (its characters joined) to the class groups its bodies' English
   * names also render it by (han_words.yml class_kin, since rules 1.43.0): 学院 against "University" or "College".
   */
  hanClassKin: Map<string, Set<number>>;
  /**
   * A class word written in Chinese characters or Hangul (its characters or syllables joined) to the deciding group
   * of org_words.yml whose word it is (han_words.yml deciding_class_words, since rules 1.80.0): 병원, 病院 "hospital".
   */
  hanDecidingClassWords: Map<string, string>;
  /**
   * A division's word written in one Chinese character after a place's name (han_words.yml division_suffixes, since
   * rules 1.129.0: 市 "city", 省 "province") to the English words that render it.
   */
  hanDivisionSuffixes: Map<string, Set<string>>;
  /** "And" in one Chinese character (han_words.yml conjunctions, since rules 1.174.0): 和, 与. */
  hanConjunctions: Set<string>;
  /**
   * Class phrases that are one word of their language written in several ("đại học", "chuo kikuu"), their keys
   * joined by a space (org_words.yml one_word_class_phrases, since rules 1.21.0).
   */
  oneWordClassPhrases: Set<string>;
  /**
   * National systems whose member bodies are named by the system's name and a place (org_words.yml
   * system_names, since rules 1.31.0): each system's name forms and its members' own class phrases, as folded
   * words (`systemWord`), and the words that may join the name form to the place.
   */
  systemNames: { forms: string[][]; members: string[]; memberWords: string[][] }[];
  systemNameJoiners: Set<string>;
  /**
   * A class word (or phrase) of a language and the English class phrase its bodies' English names write for it
   * ("hochschule": "University of Applied Sciences"), its words folded as system names fold words (`systemWords`),
   * the longest first (org_words.yml class_word_renderings, since rules 1.76.0); since rules 1.89.0 also a field's or a
   * region's word that English names write in several words ("дальневосточный": "Far Eastern"; org_words.yml
   * word_renderings).
   */
  classWordRenderings: { words: string[]; phrase: string }[];
  /**
   * Since rules 1.213.0 (resb, probe7's B1): a written abbreviation of a class word and the English word it shortens
   * ("univ": "University"), read in a name of class words and places alone (org_words.yml class_word_abbreviations).
   */
  classWordAbbreviations: Map<string, string>;
  /**
   * Class groups of units and bodies named after an acronym written first ("ZARVO Tide Institute": org_words.yml
   * acronym_unit_classes, since rules 1.14.0).
   */
  acronymUnitClasses: Set<number>;
  /**
   * Class groups of a unit that a one-word name of its own names whole ("Laboratoire Tarvel" is the lab "TARVEL"):
   * org_words.yml own_name_unit_classes, since rules 1.193.0.
   */
  ownNameUnitClasses: Set<number>;
  /**
   * Class groups of a university's unit written after its acronym with class words only ("QRU Business School"), and
   * the letters that mark an acronym as a university's (org_words.yml university_unit_classes,
   * university_acronym_letters, since rules 1.60.0).
   */
  universityUnitClasses: Set<number>;
  universityAcronymLetters: string[];
  universityBodyClasses: Set<number>;
  /**
   * Class groups of a university's unit that a query may name with the university ("… College at …"), which the
   * resolution does not take for the university alone (org_words.yml university_own_unit_classes, since rules 1.138.0).
   */
  universityOwnUnitClasses: Set<number>;
  /**
   * Class groups of a jurisdiction ("Federal") that, as a query's only words of its own, name another body than the
   * name without them (org_words.yml own_jurisdiction_classes, since rules 1.138.0).
   */
  ownJurisdictionClasses: Set<number>;
  /**
   * Class groups of a unit written before its parent's name set apart by a comma or a dash ("Tide Institute,
   * Quarrow Research University"), which the parent's acronym alone does not stand for (org_words.yml
   * unit_before_parent_classes, since rules 1.24.0).
   */
  unitBeforeParentClasses: Set<number>;
  /**
   * Deciding groups whose word may open a parent written in Cyrillic after its unit's words, before the parent's class
   * word (org_words.yml parent_opening_deciding_groups, since rules 1.179.0).
   */
  parentOpeningDecidingGroups: Set<string>;
  /**
   * The country of a named body (symbols.yml org_symbols groups read as one body), by its index in `namedBodies`
   * (org_words.yml named_body_countries, since rules 1.217.0).
   */
  namedBodyCountries: Map<number, string>;
  /** Class groups of a unit's word written after the words an acronym stands for (unit_after_acronym_classes). */
  unitAfterAcronymClasses: Set<number>;
  /**
   * Class groups of a unit's word written after the words an acronym stands for with the unit's own name words
   * between (named_unit_after_acronym_classes, since rules 1.65.0).
   */
  namedUnitAfterAcronymClasses: Set<number>;
  /**
   * Class groups of a body whose acronym joined by a hyphen to another acronym names the unit the other stands for
   * (org_words.yml acronym_pair_parent_classes, since rules 1.55.0).
   */
  acronymPairParentClasses: Set<number>;
  /**
   * Function words that join a unit written first to its parent's whole name ("Tide Foundation of Quarrow Research
   * University"), read as unit_before_parent_classes' comma or dash when that name is of a parent class
   * (org_words.yml unit_of_parent_joiners, since rules 1.36.0).
   */
  unitOfParentJoiners: Set<string>;
  /**
   * Words of a unit or programme of a body ("School", "Faculty", "Campus", "Fund", "Grant"): written with a body's
   * whole name ("School of Tides, Quarrow University", "Quarrow University Research Fund"), the query names a part of
   * that body (org_words.yml part_of_body_words, since rules 1.119.0; screening's `partOfNamedBody`).
   */
  partOfBodyWords: Set<string>;
  /** Company class words that go on with a longer body's name before a unit's word (org_words.yml part_of_body_closers). */
  partOfBodyClosers: Set<string>;
  /**
   * Class groups a company's name may hold and still be read as a brand whose national subsidiary adds a country
   * after it (org_words.yml national_subsidiary_classes, since rules 1.121.0).
   */
  nationalSubsidiaryClasses: Set<number>;
  /** The words that with a region's name make a state's university (org_words.yml state_system_words, since rules 1.121.0). */
  stateSystemWords: Set<string>;
  /** Class groups of a state system's body (org_words.yml state_system_classes, since rules 1.121.0). */
  stateSystemClasses: Set<number>;
  /**
   * A programme's words after a one-word body's name or acronym ("Quarrow Scholarship Programme"): org_words.yml
   * part_of_body_programme_words and _heads (the last word's), since rules 1.122.0.
   */
  partOfBodyProgrammeWords: Set<string>;
  partOfBodyProgrammeHeads: Set<string>;
  /**
   * A body's name in Chinese characters and a unit written after it with no word boundary: the body's last words,
   * the unit's last words and the words of a longer body's name going on (org_words.yml part_of_body_han_bodies,
   * _units, _closers), since rules 1.122.0.
   */
  partOfBodyHanBodies: string[];
  partOfBodyHanUnits: string[];
  partOfBodyHanClosers: string[];
  /**
   * Class groups of the words that open a clause naming the person a body honours ("… named after A. B. Quarrow":
   * org_words.yml honouree_clause_classes, since rules 1.18.0).
   */
  honoureeClauseClasses: Set<number>;
  /**
   * An East Slavic honouree's genitive ending and its nominative's, transliterated (org_words.yml
   * honouree_genitive_endings, since rules 1.195.0): "tarvela" → "tarvel", "kvarrova" → "kvarrov".
   */
  honoureeGenitiveEndings: [string, string][];
  /**
   * Class groups of bodies whose purpose or field, written after the class word on one side only, names the same
   * body ("Quarrow Foundation for Tarvel Research": org_words.yml purpose_complement_classes, since rules 1.41.0).
   */
  purposeComplementClasses: Set<number>;
  /**
   * A general field phrase after a university's, college's or institute's class word ("Quarrow University of Science
   * and Technology" / "Quarrow University"): the class groups, the function words that open the phrase and its words
   * (org_words.yml field_complement_classes, field_complement_openers, field_complement_words, since rules 1.51.0).
   */
  fieldComplementClasses: Set<number>;
  fieldComplementOpeners: Set<string>;
  fieldComplementWords: Set<string>;
  /**
   * Words that qualify a field word and name no body of their own ("Fine" of "Academy of Fine Arts", "Performing",
   * "Liberal"): org_words.yml field_modifier_words, since rules 1.152.0 (qual5's campus-body reading).
   */
  fieldModifierWords: Set<string>;
  /**
   * A second institution joined after "and" closing one name ("Quarrow Medical College and Hospital" / "Quarrow
   * Medical College"): the shorter name's closing class groups, the joiners, the joined institution's class groups and
   * the other words it may hold (org_words.yml joined_institution_*, since rules 1.64.0).
   */
  joinedInstitutionHosts: Set<number>;
  joinedInstitutionJoiners: Set<string>;
  joinedInstitutionClasses: Set<number>;
  joinedInstitutionWords: Set<string>;
  /** Ordinal words and the numbers they name, beyond those tokenise reads ("sixth": "6"; org_words.yml ordinal_words, since rules 1.64.0). */
  ordinalWords: Map<string, string>;
  /** Words naming a subdivision's form beside its name ("Province of …"; org_words.yml subdivision_form_words, since rules 1.64.0). */
  subdivisionFormWords: Set<string>;
  /**
   * Class words of other scripts that write the English class word itself (a loanword: Bengali ইউনিভার্সিটি,
   * Urdu یونیورسٹی), keyed as tokens are (tokenKey; org_words.yml class_loanwords, since rules 1.69.0).
   */
  classLoanwords: Set<string>;
  /**
   * Words of a country's formal name before its short name (org_words.yml state_form_words, since rules 1.56.0:
   * "Republic of", "People's Republic of", "Kingdom of"): the heads ("Republic") and the words qualifying them.
   */
  stateFormHeads: Set<string>;
  stateFormWords: Set<string>;
  /**
   * Formal names of a country that name another state than its short name ("republic of china"), ASCII forms
   * (org_words.yml other_state_formal_names, since rules 1.58.0).
   */
  otherStateFormalNames: Set<string>;
  /**
   * The words of the names of the world's subdivisions (provinces, states, regions: subdivision_names.tsv, from ISO
   * 3166-2, since rules 1.51.0): read as places by the field-phrase rule only.
   */
  subdivisionWords: Set<string>;
  /**
   * Since rules 1.134.0 (issue 9): each word of subdivision_names.tsv with the codes of its subdivisions (ISO
   * 3166-2, the part after the country's hyphen, lower-cased) that are two letters, the word's initial and a later
   * letter of it ("maryland": "md", "georgia": "ga"): the letters an acronym writes for the place ("UMD").
   */
  subdivisionCodes: Map<string, string[]>;
  /**
   * One-word place names of the registry's and the lists' own addresses and of GeoNames' cities of at least 15,000
   * people (address_places.tsv, since rules 1.115.0): a one-word query that is one is no company's distinctive word
   * (one-word-brand.ts).
   */
  addressPlaces: Set<string>;
  /**
   * Towns named in several words ("brooklyn center", "central falls": GeoNames' cities of at least 15,000 people,
   * place_phrases.tsv, since rules 1.127.0), keyed by their words joined by spaces: such a segment after a comma is
   * where a body is although its words are class, deciding or function words elsewhere (normalise.ts).
   */
  placePhrases: Set<string>;
  /**
   * Since rules 1.184.0 (issue 9): a country's name, or a word and a country's name ("new mexico"), that the graph's
   * registry bodies write for bodies of another country often enough (country_names_elsewhere.tsv, counted from the
   * seed's ROR records): not read as a country of the query when a name writes it (`countriesNamed`).
   */
  countryNamesElsewhere: Set<string>;
  /**
   * Given names of persons (given_names.tsv, from Moby Words II's first names, since rules 1.57.0): read by the
   * namesake rule only, which takes given names before a surname both names share. No place, class, field or other
   * organisation word is listed.
   */
  givenNames: Set<string>;
  /**
   * Since rules 1.168.0: the letter-group substitutions between two spellings of one person's name word that the
   * sample lists' own aliases of one person make far more often than two persons' names differ by
   * (spelling_substitutions.tsv, bench/build-spelling-substitutions.ts), as `spellingSubstitutions` writes them.
   */
  spellingSubstitutions: Set<string>;
  /**
   * Common English words (english_words.tsv, SCOWL sizes 10–35, since rules 1.57.0): for the namesake rule, a given
   * name that is also one ("Grant") is no proof alone, and a shared word that is one ("Community") is no surname.
   */
  englishWords: Set<string>;
  /** Words joining those given names ("and", "und": org_words.yml namesake_joiners, since rules 1.57.0). */
  namesakeJoiners: Set<string>;
  /**
   * Capital letters written onto a name word for a class word ("UQuarrow" for "Quarrow University"), by letter,
   * with the class groups they stand for (org_words.yml class_letters, since rules 1.18.0).
   */
  classLetters: Map<string, Set<number>>;
  /** Class groups of trades: a segment set apart after one is where the company is (company_words.yml). */
  addressAfterClasses: Set<number>;
  /** Class groups of bodies with campuses and branches named by city (company_words.yml). */
  campusClasses: Set<number>;
  /** Class groups of words that name a place in a trailing segment ("… City", company_words.yml). */
  placeClasses: Set<number>;
  /** Words that close a place's name as an area or a zone (company_words.yml place_kind_words), as word keys. */
  placeKindWords: Set<string>;
  /**
   * Since rules 1.180.0: plural words of a kind of region closing two places joined by "and" after a comma
   * (company_words.yml coordinated_place_kinds), as word keys.
   */
  coordinatedPlaceKinds: Set<string>;
  /** Class groups of fund and trust series, whose series numbers are left to the score (company_words.yml). */
  seriesClasses: Set<number>;
  /** Vessels' numbers that differ decide when one has at least this many digits (company_words.yml). */
  fleetNumberDigits: number;
  /**
   * Class groups (indices into classNames) whose words are read as class words even where they are also
   * legal forms (company_words.yml legal_forms_read_as_class: "Stiftung" is a foundation).
   */
  legalFormClasses: Set<number>;
  /**
   * Legal forms (indices into legalForms) that make a name a company's (company_words.yml company_legal_generics, by
   * their `generic` tag; since rules 1.167.0): "Ltd", "S.A.", "FZE", not "АНО" nor "FGBU".
   */
  companyLegalForms: Set<number>;
  /**
   * Class groups (indices into classNames) that only say a body is a company (company_words.yml
   * company_kind_classes: company, corporation, group, holding): never a unit of it.
   */
  companyKindClasses: Set<number>;
  /**
   * Class groups (indices into classNames) of bodies of another kind than a company (company_words.yml
   * non_company_body_classes, since rules 1.181.0: university, institute, ministry …).
   */
  nonCompanyBodyClasses: Set<number>;
  /**
   * Class groups (indices into classNames) that, written after a company's one-word name, name the same company
   * as that word alone, beside companyKindClasses (company_words.yml one_word_company_classes, since rules 1.45.0:
   * "International", "Global"); not read against a place, as companyKindClasses are.
   */
  oneWordCompanyClasses: Set<number>;
  /**
   * Class groups (indices into classNames) whose word, left out of one name that otherwise agrees word for word with
   * the other, is charged at a share of its weight (company_words.yml dropped_company_kind_classes, since rules
   * 1.228.0: "Co.", "Company", "Corporation"; dropped-company-kind.ts).
   */
  droppedCompanyKindClasses: Set<number>;
  /**
   * For a class group (index into classNames), the set of groups that name the same kind of body
   * (org_words.yml class_equivalents: society, association, union…), as one number per set.
   */
  classKinds: Map<number, number>;
  /** Combining forms that begin a compound word ("bio", "nano", "micro"; org_words.yml compound_parts). */
  compoundPrefixes: string[];
  /** Head words that end a compound word ("gemeinschaft", "radet"; org_words.yml compound_parts). */
  compoundHeads: string[];
  /** Word endings that are one ending across languages (org_words.yml), longest first, with their group. */
  cognateEndings: { ending: string; group: string }[];
  /** Endings that make an adjective or a genitive of a proper name (org_words.yml name_adjective_endings), longest first. */
  nameAdjectiveEndings: string[];
  /**
   * Endings that make a genitive, a locative or an adjective of a listed place's or country's name (org_words.yml
   * place_case_endings, since rules 1.17.0), longest first.
   */
  placeCaseEndings: string[];
  /**
   * Since rules 1.73.0: a stem's last letters that a place's case form writes otherwise (org_words.yml
   * place_case_stem_alternations: Polish "dz" for the "d" or "g" of the place's name), each with the letters given back.
   */
  placeCaseStemAlternations: { from: string; to: string[] }[];
  /**
   * Since rules 1.86.0: the endings of one adjective's genders and cases (org_words.yml place_adjective_endings), each
   * with the other endings of its set, longest first: a word ending in one is also read with each other ending, so a
   * region's adjective name ("Śląskie") is read in its other genders ("Śląska", "Śląski").
   */
  placeAdjectiveEndings: { ending: string; others: string[] }[];
  /**
   * The systematic spellings by which an international word in Latin letters and its Cyrillic transliteration
   * differ, per script, and the cognate endings rewritten by them (org_words.yml cognate_spellings, since rules
   * 1.63.0), longest first.
   */
  cognateSpellings: Record<'latin' | 'cyrillic', CognateSpelling>;
}

/** One script's rewrites of a word before it is compared as a cognate with the other script's, and its endings. */
export interface CognateSpelling {
  rules: { pattern: RegExp; replacement: string }[];
  endings: { ending: string; group: string }[];
}

/**
 * Key under which a word form is looked up in the phrase tries: the ASCII form for Latin script, the
 * lower-cased original otherwise, so that a transliteration never collides with an English word
 * (Cyrillic "ОФ" is not "of").
 */
export function tokenKey(orig: string): string {
  const script = detectScript(orig);
  return script === Script.Latin || script === Script.Digits
    ? asciiForm(orig)
    : script === Script.Han && orig.length === 1
      ? simplifiedHanCharacter(orig)
      : orig.toLowerCase();
}

/** A class word's written abbreviation is at least this many letters shorter than the word it cuts short. */
const CLASS_ABBREVIATION_SHORTER_BY = 3;
/** The longest written abbreviation of a class word ("univ", "constr"). */
const CLASS_ABBREVIATION_MAX_LETTERS = 6;

/**
 * Since rules 1.216.0: the members of one class group (one word each, Latin letters) that may be a written
 * abbreviation of a longer member of the group (org_words.yml `sound_free_abbreviations` names those that are, and
 * each must be one of these; many are a word of their own in another language, "kimya" of "kimyasal"): the longer word's
 * beginning ("inst" of "institute", "univ" of "university") or its first and last letters with letters of it between
 * in order ("govt" of "government", "dept" of "department"), at most CLASS_ABBREVIATION_MAX_LETTERS letters and at
 * least CLASS_ABBREVIATION_SHORTER_BY fewer. Two forms of one word ("ustav"/"ustavu") differ by less.
 */
export function classAbbreviationsOf(members: readonly string[]): string[] {
  const words = [
    ...new Set(
      members
        .map((member) => phraseKeys(member))
        .filter((keys) => keys.length === 1 && /^[a-z]+$/.test(keys[0]))
        .map((keys) => keys[0]),
    ),
  ];
  const inOrder = (short: string, long: string): boolean => {
    let at = 0;
    for (const letter of long) {
      if (letter === short[at] && ++at === short.length) {
        return true;
      }
    }
    return false;
  };
  const cutsShort = (short: string, long: string): boolean =>
    long.length - short.length >= CLASS_ABBREVIATION_SHORTER_BY &&
    (long.startsWith(short) || (long[0] === short[0] && long.at(-1) === short.at(-1) && inOrder(short, long)));
  return words.filter(
    (short) =>
      short.length >= 2 &&
      short.length <= CLASS_ABBREVIATION_MAX_LETTERS &&
      words.some((long) => cutsShort(short, long)),
  );
}

function phraseKeys(phrase: string): string[] {
  return tokeniseRaw(phrase)
    .map((token) => tokenKey(token.orig))
    .filter((key) => key.length > 0);
}

function insert<T>(root: TrieNode<T>, keys: string[], merge: (old: T | undefined) => T): void {
  if (keys.length === 0) {
    return;
  }
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  node.value = merge(node.value);
}

/** A trie of phrases (each a space-separated string of word keys), every phrase valued 1. */
function phraseTrie(phrases: string[]): TrieNode<number> {
  const root: TrieNode<number> = { next: new Map() };
  for (const phrase of phrases) {
    insert(root, phrase.split(' '), () => 1);
  }
  return root;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * The same trie with each node's value replaced by its number, values numbered in the order a walk
 * of the trie meets them (the order the phrases were inserted in, which the tables fix).
 */
function numberTrieValues<T>(root: TrieNode<T>): { trie: TrieNode<number>; values: T[] } {
  const values: T[] = [];
  const walk = (node: TrieNode<T>): TrieNode<number> => {
    const numbered: TrieNode<number> = { next: new Map() };
    if (node.value !== undefined) {
      numbered.value = values.push(node.value) - 1;
    }
    for (const [key, child] of node.next) {
      numbered.next.set(key, walk(child));
    }
    return numbered;
  };
  return { trie: walk(root), values };
}

/** Longest phrase matches, left to right, without overlaps. */
export function findPhrases<T>(keys: readonly string[], root: TrieNode<T>, from = 0, to = keys.length): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  let start = from;
  while (start < to) {
    let node: TrieNode<T> | undefined = root;
    let best: PhraseHit<T> | undefined;
    for (let index = start; index < to && node; index++) {
      node = node.next.get(keys[index]);
      if (node?.value !== undefined) {
        best = { start, end: index + 1, value: node.value };
      }
    }
    if (best) {
      hits.push(best);
      start = best.end;
    } else {
      start++;
    }
  }
  return hits;
}

/**
 * Phrase matches without overlaps, the longest first (the leftmost of equal length): where two phrases
 * overlap the longer is read, so "… Company Limited Liability Company" is "Company" and "Limited
 * Liability Company", not "Company Limited" and "Liability Company" as reading left to right would give.
 */
export function findLongestPhrases<T>(keys: readonly string[], root: TrieNode<T>): PhraseHit<T>[] {
  const candidates: PhraseHit<T>[] = [];
  for (let start = 0; start < keys.length; start++) {
    let node: TrieNode<T> | undefined = root;
    let best: PhraseHit<T> | undefined;
    for (let index = start; index < keys.length && node; index++) {
      node = node.next.get(keys[index]);
      if (node?.value !== undefined) {
        best = { start, end: index + 1, value: node.value };
      }
    }
    if (best) {
      candidates.push(best);
    }
  }
  if (candidates.length < 2) {
    return candidates;
  }
  const taken = new Array<boolean>(keys.length).fill(false);
  const chosen: PhraseHit<T>[] = [];
  for (const hit of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!taken.slice(hit.start, hit.end).some(Boolean)) {
      taken.fill(true, hit.start, hit.end);
      chosen.push(hit);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** A word as system names compare it (org_words.yml system_names): without marks, case or punctuation. */
export function systemWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a written name as system names split it: at spaces, commas and dashes. */
export function systemWords(text: string): string[] {
  return text
    .split(/[\s,;\-–—]+/u)
    .map(systemWord)
    .filter((word) => word.length > 0);
}

const NAMED_BODY_GROUPS = new Set(['tpb', 'alqaeda', 'hezbollah', 'irgc', 'pla', 'ccp', 'cia']);
const PARTICLE_GROUPS = new Set(['bin', 'bint', 'ould', 'abu', 'abul', 'abdul', 'umm', 'von', 'van', 'saint']);
/** Name particles found in persons' names beyond the rigour groups. */
const EXTRA_PARTICLES = [
  'al',
  'el',
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'der',
  'den',
  'du',
  'la',
  'le',
  'ul',
  'ud',
  'ur',
  'ibn',
  'ben',
  'bin',
];

function readYaml<T>(directory: string, file: string): T {
  // The build writes each file parsed as JSON beside it (tools/copy-build-data.mjs): the YAML parser
  // takes most of a second on these files, JSON.parse a few milliseconds (CLI start-up).
  const parsed = join(directory, `${file}.json`);
  if (existsSync(parsed)) {
    return JSON.parse(readFileSync(parsed, 'utf8')) as T;
  }
  return parse(readFileSync(join(directory, file), 'utf8')) as T;
}

interface OrgTypesFile {
  types: { display?: string; compare?: string; generic?: string; aliases?: string[] }[];
}
type SymbolGroups = Record<string, (string | number)[] | null>;
interface SymbolsFile {
  org_symbols: SymbolGroups;
  org_domains: SymbolGroups;
  person_symbols: SymbolGroups;
  person_nick: SymbolGroups;
  person_name_parts: SymbolGroups;
}
interface StopwordsFile {
  PERSON_NAME_PREFIXES: string[];
  ORG_NAME_PREFIXES: string[];
  OBJ_NAME_PREFIXES: string[];
  GENERIC_PERSON_NAMES: string[];
}
interface WordMeaningsFile {
  meanings: Record<string, string[]>;
  places: Record<string, string[]>;
  /** Since rules 1.92.0: places that are first-level subdivisions (group "place:subdivision-<key>"). */
  subdivision_places?: Record<string, string[]>;
}
interface OrgWordsFile {
  deciding: Record<string, string[]>;
  deciding_translations: Record<string, string[]>;
  function_words: string[];
  qualifiers: string[];
  locative_prepositions: string[];
  small_function_words?: string[];
  small_function_articles?: string[];
  countries: Record<string, string[]>;
  country_names?: Record<string, string[]>;
  cognate_endings: Record<string, string[]>;
  name_adjective_endings: string[];
  place_case_endings?: string[];
  place_case_stem_alternations?: Record<string, string[]>;
  place_adjective_endings?: string[][];
  cognate_spellings?: Record<'latin' | 'cyrillic', { from: string; to: string }[]>;
  one_word_class_phrases?: string[];
  system_names?: { forms: string[]; members: string[] }[];
  system_name_joiners?: string[];
  class_word_renderings?: Record<string, string[]>;
  class_word_abbreviations?: Record<string, string[]>;
  word_renderings?: Record<string, string[]>;
  country_forms: Record<string, string[]>;
  compound_parts: { prefixes: string[]; heads: string[] };
  class_translations: Record<string, string[]>;
  class_translations_without_initials?: Record<string, string[]>;
  parent_classes: string[];
  segment_parent_classes: string[];
  one_word_kind_classes?: string[];
  sound_free_abbreviations?: string[];
  country_first_classes?: string[];
  support_body_classes?: string[];
  legal_class_groups?: string[];
  registry_legal_class_groups?: string[];
  listed_legal_class_groups?: Record<string, string[]>;
  branch_segment_classes?: string[];
  branch_segment_words?: string[];
  place_after_generic_classes?: string[];
  academic_field_classes?: string[];
  academic_body_classes?: string[];
  academic_field_purpose_words?: string[];
  field_idiom_words?: string[];
  field_modifiers?: Record<string, string[]>;
  field_modifier_heads?: string[];
  country_level_groups?: string[];
  state_form_heads?: string[];
  state_form_words?: string[];
  other_state_formal_names?: string[];
  country_first_seat_groups?: string[];
  hangul_unwritten_groups?: string[];
  hangul_final_syllable_classes?: Record<string, string>;
  acronym_unit_classes?: string[];
  own_name_unit_classes?: string[];
  university_unit_classes?: string[];
  university_acronym_letters?: string[];
  university_body_classes?: string[];
  university_own_unit_classes?: string[];
  own_jurisdiction_classes?: string[];
  unit_before_parent_classes?: string[];
  parent_opening_deciding_groups?: string[];
  named_body_countries?: Record<string, string>;
  unit_after_acronym_classes?: string[];
  named_unit_after_acronym_classes?: string[];
  acronym_pair_parent_classes?: string[];
  unit_of_parent_joiners?: string[];
  part_of_body_words?: string[];
  part_of_body_closers?: string[];
  national_subsidiary_classes?: string[];
  state_system_words?: string[];
  state_system_classes?: string[];
  part_of_body_programme_words?: string[];
  part_of_body_programme_heads?: string[];
  part_of_body_han_bodies?: string[];
  part_of_body_han_units?: string[];
  part_of_body_han_closers?: string[];
  honouree_clause_classes?: string[];
  honouree_genitive_endings?: [string, string][];
  purpose_complement_classes?: string[];
  field_complement_classes?: string[];
  field_complement_openers?: string[];
  field_complement_words?: string[];
  field_modifier_words?: string[];
  joined_institution_hosts?: string[];
  joined_institution_joiners?: string[];
  joined_institution_classes?: string[];
  joined_institution_words?: string[];
  ordinal_words?: Record<string, number>;
  subdivision_form_words?: string[];
  class_loanwords?: string[];
  namesake_joiners?: string[];
  class_letters?: Record<string, string[]>;
  class_equivalents?: string[][];
  abjad_class_words?: Record<string, string[]>;
  abjad_deciding_words?: Record<string, string[]>;
  abjad_proclitics?: string[];
  unspaced_class_words?: string[];
  abjad_function_words?: string[];
  abjad_word_meanings?: Record<string, string[]>;
}
interface HanWordsFile {
  field_words: Record<string, { han?: string[]; hangul?: string[]; english: string[] }>;
  class_phrases?: Record<string, { han?: string[]; hangul?: string[]; english: string[] }>;
  shared_class_phrases?: Record<string, { han?: string[]; hangul?: string[]; english: string[] }>;
  places: Record<string, { han?: string[]; hangul?: string[]; english: string[] }>;
  class_kin?: Record<string, { han: string[]; english_classes: string[] }>;
  deciding_class_words?: Record<string, { han?: string[]; hangul?: string[] }>;
  division_suffixes?: Record<string, { han: string[]; english: string[] }>;
  conjunctions?: string[];
}
interface RomanisationFile {
  rules: { system: string; from: string; to: string }[];
  syllable_variants?: { system: string; from: string; to: string }[];
  articles: string[];
  patronymic_endings: string[];
  particle_spellings?: Record<string, string[]>;
  kunya_particles?: string[];
  initial_alternations?: [string, string][];
  letter_digraphs?: Record<string, string>;
  cyrillic_letter_spellings?: Record<string, string[]>;
  cyrillic_letter_spellings_exact?: Record<string, string[]>;
  east_slavic?: { endings: string[]; min_length: number; rewrites: { from: string; to: string }[] };
  vowel_frames?: {
    min_length: number;
    min_vowels: number;
    min_consonants: number;
    rewrites: { from: string; to: string }[];
    long_vowels?: { from: string; to: string }[];
    vowels: Record<string, string[]>;
    final_vowels: Record<string, string[]>;
  };
  compound_short_forms?: { min_length: number; endings: string[] };
  mixed_systems_min_length?: number;
  short_word_vowels?: {
    min_length: number;
    vowels: string;
    letter_pairs: [string, string][];
    silent_after_vowel?: string;
  };
}
interface GivenNameFormsFile {
  groups: Record<string, string[]>;
  patronymic_endings: string[];
  patronymic_endings_other_spellings?: string[];
  patronymic_glide?: string;
}
interface NameFrequencyFile {
  feminine_endings?: Record<string, [string, string][]>;
  shared_names?: string[][];
  surnames: Record<string, string[]>;
  given: Record<string, string[]>;
}
interface HonorificsFile {
  leading_titles: Record<string, string[]>;
}
interface CompanyWordsFile {
  legal_forms: (OrgTypesFile['types'][number] & { not_in_capitals?: boolean })[];
  class_abbreviations: Record<string, { words: string[]; deciding?: string }>;
  word_forms: Record<string, string[]>;
  vessel_prefixes: string[];
  legal_forms_read_as_class: string[];
  english_word_legal_forms: string[];
  company_legal_generics: string[];
  company_kind_classes: string[];
  non_company_body_classes: string[];
  one_word_company_classes?: string[];
  dropped_company_kind_classes: string[];
  address_after_classes: string[];
  campus_classes: string[];
  place_classes: string[];
  place_kind_words: string[];
  coordinated_place_kinds: string[];
  series_classes: string[];
  fleet_number_digits: number;
}
interface CompareFile {
  similar_pairs: [string, string][];
}

/** Class groups of company_words.yml by name, as indices into classNames; an unknown group stops the start. */
function classGroupsOf(groups: string[], field: string, classNames: string[]): Set<number> {
  return new Set(
    groups.map((group) => {
      const index = classNames.indexOf(group);
      if (index < 0) {
        throw new Error(`company_words.yml ${field}: unknown class group "${group}"`);
      }
      return index;
    }),
  );
}

/**
 * Every class group named so (a name may stand for more than one group: a symbols.yml key and a class_translations
 * key of one word), by index; an unknown name stops the start.
 */
function everyClassGroupOf(groups: string[], field: string, classNames: string[]): Set<number> {
  classGroupsOf(groups, field, classNames);
  return new Set(classNames.flatMap((name, index) => (groups.includes(name) ? [index] : [])));
}

/**
 * company_words.yml english_word_legal_forms by key; a word that is not a one-word legal form of the tables stops the
 * start (the reading it asks for would never apply).
 */
function englishWordLegalFormsOf(words: string[], legalTrie: TrieNode<number>): Set<string> {
  return new Set(
    words.map((word) => {
      const keys = phraseKeys(word);
      if (keys.length !== 1 || legalTrie.next.get(keys[0])?.value === undefined) {
        throw new Error(`company_words.yml english_word_legal_forms: "${word}" is not a one-word legal form`);
      }
      return keys[0];
    }),
  );
}

/**
 * The reference data as `getReferenceData` builds it, but without han_words_learned.tsv (since rules 1.173.0) and
 * hangul_words_learned.tsv (since rules 1.174.0): what bench/build-han-learned-words.ts reads names with, so that
 * the tables it writes do not depend on themselves.
 */
export function referenceDataWithoutLearnedHanWords(): ReferenceData {
  return buildReferenceData(false);
}

function buildReferenceData(learnedHanWords = true): ReferenceData {
  const directory = referenceDirectory();
  const orgTypes = readYaml<OrgTypesFile>(directory, 'org_types.yml');
  const symbols = readYaml<SymbolsFile>(directory, 'symbols.yml');
  const stopwords = readYaml<StopwordsFile>(directory, 'stopwords.yml');
  const compare = readYaml<CompareFile>(directory, 'compare.yml');
  const frequency = readYaml<NameFrequencyFile>(directory, 'name_frequency.yml');
  const romanisation = readYaml<RomanisationFile>(directory, 'romanisation.yml');
  const orgWords = readYaml<OrgWordsFile>(directory, 'org_words.yml');
  const honorifics = readYaml<HonorificsFile>(directory, 'honorifics.yml');
  const givenNameForms = readYaml<GivenNameFormsFile>(directory, 'given_name_forms.yml');
  const wordMeaningsFile = readYaml<WordMeaningsFile>(directory, 'org_word_meanings.yml');
  const companyWords = readYaml<CompanyWordsFile>(directory, 'company_words.yml');
  const hanWordsFile = readYaml<HanWordsFile>(directory, 'han_words.yml');
  const decidingGroups = new Map<string, string>();
  for (const [group, members] of Object.entries(orgWords.deciding)) {
    for (const member of members) {
      decidingGroups.set(asciiForm(String(member)), group);
    }
  }
  for (const group of orgWords.hangul_unwritten_groups ?? []) {
    if (!(group in orgWords.deciding)) {
      throw new Error(`org_words.yml hangul_unwritten_groups: unknown deciding group "${group}"`);
    }
  }
  for (const [group, members] of Object.entries(orgWords.deciding_translations ?? {})) {
    if (!(group in orgWords.deciding)) {
      throw new Error(`org_words.yml deciding_translations: unknown deciding group "${group}"`);
    }
    for (const member of members) {
      decidingGroups.set(asciiForm(String(member)), group);
    }
  }
  // Since rules 1.16.0: field words in Arabic script join their deciding group through their transliteration.
  for (const [group, members] of Object.entries(orgWords.abjad_deciding_words ?? {})) {
    if (!(group in orgWords.deciding)) {
      throw new Error(`org_words.yml abjad_deciding_words: unknown deciding group "${group}"`);
    }
    for (const member of members) {
      decidingGroups.set(asciiForm(String(member)), group);
    }
  }
  for (const [group, { words, deciding }] of Object.entries(companyWords.class_abbreviations)) {
    if (!(group in symbols.org_symbols) && !(group in symbols.org_domains)) {
      throw new Error(`company_words.yml class_abbreviations: unknown class group "${group}"`);
    }
    for (const word of deciding ? words : []) {
      decidingGroups.set(asciiForm(String(word)), deciding!);
    }
  }
  const orgWordForms = new Map<string, number>();
  Object.values(companyWords.word_forms).forEach((members, group) => {
    for (const member of members) {
      orgWordForms.set(asciiForm(String(member)), group);
    }
  });

  const legalForms: LegalForm[] = [];
  const legalTrie: TrieNode<number> = { next: new Map() };
  const markedSpellings = new Set<string>();
  const plainSpellings = new Set<string>();
  const smallLetterLegalWords = new Set<string>();
  for (const type of [...orgTypes.types, ...companyWords.legal_forms]) {
    const aliases = (type.aliases ?? []).map(String);
    const display = type.display ?? aliases[0] ?? '';
    if ('not_in_capitals' in type && type.not_in_capitals === true) {
      for (const alias of [display, ...aliases]) {
        const keys = phraseKeys(alias);
        if (keys.length === 1) {
          smallLetterLegalWords.add(keys[0]);
        }
      }
    }
    const compareForm = (type.compare ?? display).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const index = legalForms.push({ display, compare: compareForm, generic: type.generic ?? '' }) - 1;
    for (const alias of [display, ...aliases]) {
      const keys = phraseKeys(alias);
      if (keys.length === 1) {
        const marked = /^\p{Script=Latin}+$/u.test(alias) && /\p{M}/u.test(alias.normalize('NFD'));
        (marked ? markedSpellings : plainSpellings).add(keys[0]);
      }
      insert(legalTrie, keys, (old) => old ?? index);
      // Also under its transliteration ("OOO" for ООО), unless that is short enough to be a word.
      const transliterated = phraseKeys(asciiForm(alias));
      if (transliterated.join('').length >= 3) {
        insert(legalTrie, transliterated, (old) => old ?? index);
      }
    }
  }

  const classNames: string[] = [];
  const classInitials: string[][] = [];
  const classSetTrie: TrieNode<number[]> = { next: new Map() };
  // The class words that cut short a longer word of their group, of which org_words.yml names the abbreviations.
  const cutShort = new Set<string>();
  const namedBodies: string[] = [];
  const namedBodyTrie: TrieNode<number> = { next: new Map() };
  const classTranslations = orgWords.class_translations;
  const knownGroups = new Set([...Object.keys(symbols.org_symbols), ...Object.keys(symbols.org_domains)]);
  const ownGroups = Object.fromEntries(
    Object.keys(classTranslations)
      .filter((group) => !knownGroups.has(group))
      .map((group) => [group, []]),
  );
  for (const group of Object.keys(orgWords.class_translations_without_initials ?? {})) {
    if (!knownGroups.has(group) && !(group in classTranslations)) {
      throw new Error(`org_words.yml class_translations_without_initials: unknown class group "${group}"`);
    }
  }
  const abjadClassWords = orgWords.abjad_class_words ?? {};
  for (const group of Object.keys(abjadClassWords)) {
    if (!knownGroups.has(group) && !(group in classTranslations)) {
      throw new Error(`org_words.yml abjad_class_words: unknown class group "${group}"`);
    }
  }
  for (const groups of [symbols.org_symbols, symbols.org_domains, ownGroups]) {
    for (const [group, listed] of Object.entries(groups)) {
      // The project's translations of a class word join its group (org_words.yml class_translations).
      const members = [
        ...(listed ?? []),
        ...(classTranslations[group] ?? []),
        ...(companyWords.class_abbreviations[group]?.words ?? []),
      ];
      // Translations that give the group no initial (org_words.yml class_translations_without_initials).
      const unlettered = [
        ...(orgWords.class_translations_without_initials?.[group] ?? []),
        // Since rules 1.16.0: the words of Arabic script, which give no Latin initial either.
        ...(abjadClassWords[group] ?? []),
      ];
      if (NAMED_BODY_GROUPS.has(group)) {
        const index = namedBodies.push(group) - 1;
        for (const member of members) {
          insert(namedBodyTrie, phraseKeys(String(member)), () => index);
        }
        continue;
      }
      const index = classNames.push(group) - 1;
      for (const abbreviation of classAbbreviationsOf(members.map(String))) {
        cutShort.add(abbreviation);
      }
      for (const member of [...members, ...unlettered]) {
        insert(classSetTrie, phraseKeys(String(member)), (old) => (old ? [...old, index] : [index]));
      }
      classInitials.push(latinInitials(members.map(String)));
    }
  }
  const { trie: classTrie, values: classSets } = numberTrieValues(classSetTrie);
  const classAbbreviations = new Set((orgWords.sound_free_abbreviations ?? []).map(String));
  for (const word of classAbbreviations) {
    if (!cutShort.has(word)) {
      throw new Error(`org_words.yml sound_free_abbreviations: "${word}" cuts short no longer word of its class group`);
    }
  }

  const personTitleTrie: TrieNode<number> = { next: new Map() };
  const particleTrie: TrieNode<number> = { next: new Map() };
  const particleNames: string[] = [];
  for (const prefix of stopwords.PERSON_NAME_PREFIXES) {
    insert(personTitleTrie, phraseKeys(prefix), () => 0);
  }
  const leadingTitleTrie: TrieNode<number> = { next: new Map() };
  const honorificGroups = new Map<string, string>();
  for (const [group, members] of Object.entries(honorifics.leading_titles)) {
    for (const member of members ?? []) {
      const keys = phraseKeys(String(member));
      insert(leadingTitleTrie, keys, () => 0);
      if (keys.length === 1) {
        honorificGroups.set(keys[0], group);
      }
    }
  }
  for (const [group, members] of Object.entries(symbols.person_symbols)) {
    if (group in honorifics.leading_titles) {
      // Read from honorifics.yml instead: a title only before the name words.
      continue;
    }
    if (PARTICLE_GROUPS.has(group)) {
      const index = particleNames.push(group) - 1;
      for (const member of members ?? []) {
        insert(particleTrie, phraseKeys(String(member)), (old) => old ?? index);
      }
    } else {
      for (const member of members ?? []) {
        insert(personTitleTrie, phraseKeys(String(member)), () => 0);
      }
    }
  }
  // "عبد الحبیب" is "Abdul Habib": Arabic script writes the article onto the next word, so the particle
  // stands alone there; "Abdur Rahman" writes the article's lam as the next word's first letter.
  for (const [group, members] of Object.entries(romanisation.particle_spellings ?? {})) {
    const index = particleNames.indexOf(group);
    if (index < 0) {
      throw new Error(`romanisation.yml particle_spellings: unknown particle group "${group}"`);
    }
    for (const member of members) {
      insert(particleTrie, phraseKeys(String(member)), (old) => old ?? index);
    }
  }
  // Arabic article spellings ("al", "el", "ul", "ash"…) are one particle.
  const articleGroup = particleNames.push('al') - 1;
  for (const article of romanisation.articles) {
    insert(particleTrie, phraseKeys(String(article)), () => articleGroup);
  }
  for (const particle of EXTRA_PARTICLES) {
    const keys = phraseKeys(particle);
    let node: TrieNode<number> | undefined = particleTrie;
    for (const key of keys) {
      node = node?.next.get(key);
    }
    if (node?.value === undefined) {
      const index = particleNames.push(particle) - 1;
      insert(particleTrie, keys, () => index);
    }
  }

  const synonyms = new Map<string, number[]>();
  let synonymGroup = 0;
  for (const groups of [symbols.person_nick, symbols.person_name_parts]) {
    for (const members of Object.values(groups)) {
      for (const member of members ?? []) {
        const keys = phraseKeys(String(member));
        if (keys.length === 1) {
          const existing = synonyms.get(keys[0]) ?? [];
          existing.push(synonymGroup);
          synonyms.set(keys[0], existing);
        }
      }
      synonymGroup++;
    }
  }
  // National forms of one given name ("Uladzimir", "Volodymyr", "Vladimir"): one synonym group each.
  const givenNameGroups = new Map<string, number>();
  for (const members of Object.values(givenNameForms.groups)) {
    for (const member of members) {
      const key = asciiForm(String(member));
      synonyms.set(key, [...(synonyms.get(key) ?? []), synonymGroup]);
      givenNameGroups.set(key, synonymGroup);
    }
    synonymGroup++;
  }

  const confusables = new Set<string>();
  for (const [left, right] of compare.similar_pairs) {
    confusables.add(`${left}${right}`);
    confusables.add(`${right}${left}`);
  }

  // The build's table of ICU's names when it was made with this Node, ICU and code; ICU otherwise.
  const regions = readRegionNamesTable(directory) ?? regionNames();
  const single = (values: string[]) => new Set(values.flatMap((value) => phraseKeys(value)));
  const letterDigraphs = new Map(Object.entries(romanisation.letter_digraphs ?? {}));
  // (A function word is one in its digraph form too: "fuer" is "für" typed without its umlaut, since rules 1.150.0.)
  const functionWords = orgWords.function_words.map(String);
  const orgStopwords = single([
    ...stopwords.ORG_NAME_PREFIXES,
    ...functionWords,
    ...functionWords.flatMap((word) => digraphFormIn(word, letterDigraphs) ?? []),
    ...(orgWords.abjad_function_words ?? []).map(String),
  ]);
  const countryForms = countryFormsOf(regions, orgWords.countries, orgWords.country_forms);
  // A city's other name that begins a word of the tables reads as that word cut short ("Elec." of "electronic").
  const vocabularyBeginnings = beginningsOf([
    ...decidingGroups.keys(),
    ...[...classTrie.next].filter(([, node]) => node.value !== undefined).map(([key]) => key),
    ...Object.values(wordMeaningsFile.meanings)
      .flat()
      .map((word) => asciiForm(String(word))),
  ]);
  const placeNameTaken = (key: string) =>
    decidingGroups.has(key) ||
    classTrie.next.get(key)?.value !== undefined ||
    orgStopwords.has(key) ||
    countryForms.has(key) ||
    vocabularyBeginnings.has(key);
  const scriptPlaceNames = readTabbedLines(directory, 'place_names_scripts.tsv');
  return {
    legalForms,
    legalTrie,
    markedLegalWords: new Set([...markedSpellings].filter((key) => !plainSpellings.has(key))),
    smallLetterLegalWords,
    englishWordLegalForms: englishWordLegalFormsOf(companyWords.english_word_legal_forms, legalTrie),
    classNames,
    classTrie,
    classAbbreviations,
    classSets,
    namedBodies,
    namedBodyTrie,
    personTitleTrie,
    leadingTitleTrie,
    honorificGroups,
    particleNames,
    particleTrie,
    orgNamePrefixes: single(stopwords.ORG_NAME_PREFIXES),
    orgStopwords,
    abjadProclitics: [...(orgWords.abjad_proclitics ?? [])].map(String).sort((a, b) => b.length - a.length),
    unspacedClassWords: [...(orgWords.unspaced_class_words ?? [])]
      .map((word) => String(word).normalize('NFKC'))
      .sort((a, b) => b.length - a.length),
    abjadWords: new Set(
      [
        ...Object.values(abjadClassWords),
        ...Object.values(orgWords.abjad_deciding_words ?? {}),
        ...Object.values(orgWords.abjad_word_meanings ?? {}),
        // Since rules 1.39.0: cities' names in Arabic script, so a particle written onto one comes off ("in Tunis").
        // Since rules 1.50.0 their Hebrew names too ("in Jerusalem").
        ...scriptPlaceNames.map(([, names]) =>
          names.filter((name) => ARABIC_SCRIPT_WORD.test(name) || HEBREW_WORD.test(name)),
        ),
      ]
        .flat()
        .flatMap((word) => phraseKeys(String(word)).slice(0, 1)),
    ),
    objectPrefixes: single(stopwords.OBJ_NAME_PREFIXES),
    vesselPrefixes: companyWords.vessel_prefixes
      .map((prefix) => phraseKeys(String(prefix)))
      .filter((keys) => keys.length > 0),
    genericPersonNames: new Set(
      stopwords.GENERIC_PERSON_NAMES.map((name) => phraseKeys(name))
        .filter((keys) => keys.length === 1)
        .map((keys) => keys[0]),
    ),
    synonyms,
    orgWordForms,
    confusables,
    letterDigraphs,
    cyrillicLetterSpellings: Object.entries(romanisation.cyrillic_letter_spellings ?? {}).map(([letter, others]) => ({
      letter,
      read: asciiForm(letter),
      others: others.map(String),
    })),
    cyrillicLetterSpellingsExact: Object.entries(romanisation.cyrillic_letter_spellings_exact ?? {}).map(
      ([letter, others]) => ({ letter, read: asciiForm(letter), others: others.map(String) }),
    ),
    cityNames: new Set(readTabbedLines(directory, 'place_names.tsv').map(([city]) => asciiForm(city))),
    officialPlaceNames: readTabbedLines(directory, 'subdivision_official_names.tsv').map(([, names]) => names),
    scriptPlaceNameCities: citiesOfWrittenNames(scriptPlaceNames),
    decidingGroups,
    compassWords: ['north', 'south', 'east', 'west'].flatMap((group) =>
      (orgWords.deciding[group] ?? []).map((member) => asciiForm(String(member))),
    ),
    // (Keyed as the tokens are: a qualifier in another script, Persian واحد, by its own letters.)
    orgQualifiers: new Set(orgWords.qualifiers.map((word) => tokenKey(String(word)))),
    locativePrepositions: new Set(orgWords.locative_prepositions.map((word) => asciiForm(String(word)))),
    smallFunctionWords: new Set((orgWords.small_function_words ?? []).map((word) => asciiForm(String(word)))),
    smallFunctionArticles: new Set((orgWords.small_function_articles ?? []).map((word) => asciiForm(String(word)))),
    countryForms,
    wordMeanings: withScriptPlaceNames(
      withPlaceNames(
        withPlaceNames(
          withAbjadMeanings(wordMeaningsOf(wordMeaningsFile, decidingGroups), orgWords.abjad_word_meanings ?? {}),
          readPlaceNames(directory),
          placeNameTaken,
        ),
        readSubdivisionExonyms(directory),
        placeNameTaken,
      ),
      scriptPlaceNames,
      placeNameTaken,
    ),
    countryNames: new Set(regions.keys()),
    countryCodes: countryCodesOf(regions, orgWords.country_names ?? {}),
    englishCountryNames: englishCountryNamesOf(orgWords.country_names ?? {}),
    countryPhraseTrie: phraseTrie(
      [...regions.keys()].filter(
        (name) => name.includes(' ') && !name.split(' ').some((word) => decidingGroups.has(word)),
      ),
    ),
    orgCountryWords: new Map(
      Object.entries(orgWords.countries).flatMap(([country, words]) =>
        words.map((word): [string, string] => [asciiForm(String(word)), country]),
      ),
    ),
    classInitials,
    legalFormClasses: classGroupsOf(companyWords.legal_forms_read_as_class, 'legal_forms_read_as_class', classNames),
    companyLegalForms: new Set(
      legalForms.flatMap((form, index) => (companyWords.company_legal_generics.includes(form.generic) ? [index] : [])),
    ),
    companyKindClasses: classGroupsOf(companyWords.company_kind_classes, 'company_kind_classes', classNames),
    nonCompanyBodyClasses: everyClassGroupOf(
      companyWords.non_company_body_classes,
      'non_company_body_classes',
      classNames,
    ),
    oneWordCompanyClasses: classGroupsOf(
      companyWords.one_word_company_classes ?? [],
      'one_word_company_classes',
      classNames,
    ),
    droppedCompanyKindClasses: classGroupsOf(
      companyWords.dropped_company_kind_classes,
      'dropped_company_kind_classes',
      classNames,
    ),
    segmentParentClasses: new Set(
      orgWords.segment_parent_classes.map((group) => classNames.indexOf(group)).filter((index) => index >= 0),
    ),
    oneWordKindClasses: classGroupsOf(orgWords.one_word_kind_classes ?? [], 'one_word_kind_classes', classNames),
    countryFirstClasses: classGroupsOf(orgWords.country_first_classes ?? [], 'country_first_classes', classNames),
    supportBodyClasses: classGroupsOf(orgWords.support_body_classes ?? [], 'support_body_classes', classNames),
    legalClassGroups: classGroupsOf(orgWords.legal_class_groups ?? [], 'legal_class_groups', classNames),
    registryLegalClassGroups: classGroupsOf(
      orgWords.registry_legal_class_groups ?? [],
      'registry_legal_class_groups',
      classNames,
    ),
    listedLegalClassGroups: new Map(
      Object.entries(orgWords.listed_legal_class_groups ?? {}).map(([group, kin]) => [
        [...classGroupsOf([group], 'listed_legal_class_groups', classNames)][0],
        classGroupsOf(kin, 'listed_legal_class_groups', classNames),
      ]),
    ),
    branchSegmentClasses: classGroupsOf(orgWords.branch_segment_classes ?? [], 'branch_segment_classes', classNames),
    branchSegmentWords: new Set((orgWords.branch_segment_words ?? []).map((word) => asciiForm(String(word)))),
    placeAfterGenericClasses: classGroupsOf(
      orgWords.place_after_generic_classes ?? [],
      'place_after_generic_classes',
      classNames,
    ),
    academicFieldClasses: classGroupsOf(orgWords.academic_field_classes ?? [], 'academic_field_classes', classNames),
    academicBodyClasses: classGroupsOf(orgWords.academic_body_classes ?? [], 'academic_body_classes', classNames),
    academicFieldPurposeWords: new Set(
      (orgWords.academic_field_purpose_words ?? []).map((word) => asciiForm(String(word))),
    ),
    fieldIdiomWords: new Set((orgWords.field_idiom_words ?? []).map((word) => asciiForm(String(word)))),
    fieldModifiers: fieldModifiersOf(orgWords, decidingGroups),
    fieldModifierHeads: new Set(orgWords.field_modifier_heads ?? []),
    countryLevelGroups: new Set(orgWords.country_level_groups ?? []),
    countryFirstSeatGroups: new Set(orgWords.country_first_seat_groups ?? []),
    hangulUnwrittenGroups: new Set(orgWords.hangul_unwritten_groups ?? []),
    hangulFinalSyllableClasses: new Map(
      Object.entries(orgWords.hangul_final_syllable_classes ?? {}).map(([syllable, word]) => {
        const value = classTrie.next.get(tokenKey(String(word)))?.value;
        if (value === undefined) {
          throw new Error(`org_words.yml hangul_final_syllable_classes.${syllable}: "${word}" is no class word`);
        }
        return [tokenKey(syllable), value] as const;
      }),
    ),
    ...hanWordsOf(
      hanWordsFile,
      [...stopwords.ORG_NAME_PREFIXES, ...orgWords.function_words.map(String)],
      readHanPlaceNames(directory),
      learnedHanWords
        ? [
            ...readLearnedHanWords(directory, 'han_words_learned.tsv'),
            ...readLearnedHanWords(directory, 'hangul_words_learned.tsv'),
          ]
        : [],
    ),
    acronymUnitClasses: classGroupsOf(orgWords.acronym_unit_classes ?? [], 'acronym_unit_classes', classNames),
    ownNameUnitClasses: classGroupsOf(orgWords.own_name_unit_classes ?? [], 'own_name_unit_classes', classNames),
    universityUnitClasses: classGroupsOf(orgWords.university_unit_classes ?? [], 'university_unit_classes', classNames),
    universityBodyClasses: classGroupsOf(orgWords.university_body_classes ?? [], 'university_body_classes', classNames),
    ownJurisdictionClasses: classGroupsOf(
      orgWords.own_jurisdiction_classes ?? [],
      'own_jurisdiction_classes',
      classNames,
    ),
    universityOwnUnitClasses: classGroupsOf(
      orgWords.university_own_unit_classes ?? [],
      'university_own_unit_classes',
      classNames,
    ),
    universityAcronymLetters: (orgWords.university_acronym_letters ?? []).map((letter) => String(letter).toLowerCase()),
    unitBeforeParentClasses: classGroupsOf(
      orgWords.unit_before_parent_classes ?? [],
      'unit_before_parent_classes',
      classNames,
    ),
    parentOpeningDecidingGroups: new Set(
      (orgWords.parent_opening_deciding_groups ?? []).map((group) => {
        if (!(group in orgWords.deciding)) {
          throw new Error(`org_words.yml parent_opening_deciding_groups: unknown deciding group "${group}"`);
        }
        return group;
      }),
    ),
    namedBodyCountries: new Map(
      Object.entries(orgWords.named_body_countries ?? {}).map(([group, country]) => {
        const index = namedBodies.indexOf(group);
        if (index < 0 || !/^[a-z]{2}$/.test(String(country))) {
          throw new Error(`org_words.yml named_body_countries: unknown named body "${group}" or country "${country}"`);
        }
        return [index, String(country)];
      }),
    ),
    unitAfterAcronymClasses: classGroupsOf(
      orgWords.unit_after_acronym_classes ?? [],
      'unit_after_acronym_classes',
      classNames,
    ),
    namedUnitAfterAcronymClasses: classGroupsOf(
      orgWords.named_unit_after_acronym_classes ?? [],
      'named_unit_after_acronym_classes',
      classNames,
    ),
    acronymPairParentClasses: classGroupsOf(
      orgWords.acronym_pair_parent_classes ?? [],
      'acronym_pair_parent_classes',
      classNames,
    ),
    unitOfParentJoiners: new Set((orgWords.unit_of_parent_joiners ?? []).map((word) => String(word).toLowerCase())),
    partOfBodyWords: new Set((orgWords.part_of_body_words ?? []).map((word) => String(word).toLowerCase())),
    partOfBodyClosers: new Set((orgWords.part_of_body_closers ?? []).map((word) => String(word).toLowerCase())),
    nationalSubsidiaryClasses: classGroupsOf(
      orgWords.national_subsidiary_classes ?? [],
      'national_subsidiary_classes',
      classNames,
    ),
    stateSystemWords: new Set((orgWords.state_system_words ?? []).map((word) => asciiForm(String(word)))),
    stateSystemClasses: classGroupsOf(orgWords.state_system_classes ?? [], 'state_system_classes', classNames),
    partOfBodyProgrammeWords: new Set(
      (orgWords.part_of_body_programme_words ?? []).map((word) => String(word).toLowerCase()),
    ),
    partOfBodyProgrammeHeads: new Set(
      (orgWords.part_of_body_programme_heads ?? []).map((word) => String(word).toLowerCase()),
    ),
    partOfBodyHanBodies: (orgWords.part_of_body_han_bodies ?? []).map(String),
    partOfBodyHanUnits: (orgWords.part_of_body_han_units ?? []).map(String),
    partOfBodyHanClosers: (orgWords.part_of_body_han_closers ?? []).map(String),
    honoureeClauseClasses: classGroupsOf(orgWords.honouree_clause_classes ?? [], 'honouree_clause_classes', classNames),
    honoureeGenitiveEndings: (orgWords.honouree_genitive_endings ?? []).map(
      ([genitive, nominative]) => [String(genitive), String(nominative ?? '')] as [string, string],
    ),
    purposeComplementClasses: classGroupsOf(
      orgWords.purpose_complement_classes ?? [],
      'purpose_complement_classes',
      classNames,
    ),
    fieldComplementClasses: classGroupsOf(
      orgWords.field_complement_classes ?? [],
      'field_complement_classes',
      classNames,
    ),
    fieldComplementOpeners: new Set((orgWords.field_complement_openers ?? []).map((word) => asciiForm(String(word)))),
    fieldComplementWords: new Set((orgWords.field_complement_words ?? []).map((word) => asciiForm(String(word)))),
    fieldModifierWords: new Set((orgWords.field_modifier_words ?? []).map((word) => asciiForm(String(word)))),
    joinedInstitutionHosts: classGroupsOf(
      orgWords.joined_institution_hosts ?? [],
      'joined_institution_hosts',
      classNames,
    ),
    joinedInstitutionJoiners: new Set(
      (orgWords.joined_institution_joiners ?? []).map((word) => asciiForm(String(word))),
    ),
    joinedInstitutionClasses: classGroupsOf(
      orgWords.joined_institution_classes ?? [],
      'joined_institution_classes',
      classNames,
    ),
    joinedInstitutionWords: new Set((orgWords.joined_institution_words ?? []).map((word) => asciiForm(String(word)))),
    classLoanwords: new Set((orgWords.class_loanwords ?? []).map((word) => tokenKey(String(word)))),
    subdivisionFormWords: new Set((orgWords.subdivision_form_words ?? []).map((word) => asciiForm(String(word)))),
    ordinalWords: new Map(
      Object.entries(orgWords.ordinal_words ?? {}).map(([word, value]) => [asciiForm(word), String(value)]),
    ),
    stateFormHeads: new Set((orgWords.state_form_heads ?? []).map((word) => asciiForm(String(word)))),
    stateFormWords: new Set((orgWords.state_form_words ?? []).map((word) => asciiForm(String(word)))),
    otherStateFormalNames: new Set(
      (orgWords.other_state_formal_names ?? []).map((phrase) => String(phrase).split(/\s+/).map(asciiForm).join(' ')),
    ),
    subdivisionWords: new Set(readTabbedLines(directory, 'subdivision_names.tsv').map(([word]) => word)),
    subdivisionCodes: subdivisionCodesOf(readTabbedLines(directory, 'subdivision_names.tsv')),
    addressPlaces: new Set(readTabbedLines(directory, 'address_places.tsv').map(([word]) => word)),
    placePhrases: new Set(readTabbedLines(directory, 'place_phrases.tsv').map(([phrase]) => phrase)),
    countryNamesElsewhere: new Set(readTabbedLines(directory, 'country_names_elsewhere.tsv').map(([name]) => name)),
    namesakeJoiners: new Set((orgWords.namesake_joiners ?? []).map((word) => asciiForm(String(word)))),
    givenNames: new Set(readTabbedLines(directory, 'given_names.tsv').map(([name]) => name)),
    spellingSubstitutions: new Set(
      readTabbedLines(directory, 'spelling_substitutions.tsv').map(([substitution]) => substitution),
    ),
    englishWords: new Set(readTabbedLines(directory, 'english_words.tsv').map(([word]) => word)),
    classLetters: new Map(
      Object.entries(orgWords.class_letters ?? {}).map(([letter, groups]) => [
        letter.toUpperCase(),
        classGroupsOf(groups, 'class_letters', classNames),
      ]),
    ),
    addressAfterClasses: classGroupsOf(companyWords.address_after_classes, 'address_after_classes', classNames),
    campusClasses: classGroupsOf(companyWords.campus_classes, 'campus_classes', classNames),
    placeClasses: classGroupsOf(companyWords.place_classes, 'place_classes', classNames),
    placeKindWords: new Set(companyWords.place_kind_words.map((word) => tokenKey(String(word)))),
    coordinatedPlaceKinds: new Set(companyWords.coordinated_place_kinds.map((word) => tokenKey(String(word)))),
    seriesClasses: classGroupsOf(companyWords.series_classes, 'series_classes', classNames),
    fleetNumberDigits: companyWords.fleet_number_digits,
    parentClasses: new Set(
      orgWords.parent_classes.map((group) => classNames.indexOf(group)).filter((index) => index >= 0),
    ),
    classKinds: classKindsOf(orgWords.class_equivalents ?? [], classNames),
    hanClassKin: new Map(
      Object.entries(hanWordsFile.class_kin ?? {}).flatMap(([key, { han, english_classes }]) => {
        const groups = classGroupsOf(english_classes, `han_words.yml class_kin.${key}`, classNames);
        return han.map((form) => [String(form), groups] as const);
      }),
    ),
    hanDecidingClassWords: hanDecidingClassWordsOf(hanWordsFile, Object.keys(orgWords.deciding)),
    hanDivisionSuffixes: hanDivisionSuffixesOf(hanWordsFile),
    hanConjunctions: hanConjunctionsOf(hanWordsFile),
    decidingInitials: new Map(
      Object.entries(orgWords.deciding).map(([group, members]) => [group, latinInitials(members.map(String))]),
    ),
    countryInitials: countryInitialsOf(regions, orgWords.countries, orgWords.country_forms),
    compoundPrefixes: orgWords.compound_parts.prefixes.map((word) => asciiForm(String(word))),
    compoundHeads: orgWords.compound_parts.heads.map((word) => asciiForm(String(word))),
    cognateEndings: Object.entries(orgWords.cognate_endings)
      .flatMap(([group, endings]) => endings.map((ending) => ({ ending: asciiForm(String(ending)), group })))
      .sort((a, b) => b.ending.length - a.ending.length),
    nameAdjectiveEndings: orgWords.name_adjective_endings
      .map((ending) => asciiForm(String(ending)))
      .sort((a, b) => b.length - a.length),
    systemNames: (orgWords.system_names ?? []).map((system) => ({
      forms: system.forms.map((form) => systemWords(String(form))),
      members: system.members.map(String),
      memberWords: system.members.map((member) => systemWords(String(member))),
    })),
    systemNameJoiners: new Set((orgWords.system_name_joiners ?? []).map((word) => systemWord(String(word)))),
    classWordRenderings: [
      ...Object.entries(orgWords.class_word_renderings ?? {}),
      ...Object.entries(orgWords.word_renderings ?? {}),
    ]
      .flatMap(([phrase, forms]) => forms.map((form) => ({ words: systemWords(String(form)), phrase })))
      .filter(({ words }) => words.length > 0)
      .sort((a, b) => b.words.length - a.words.length),
    classWordAbbreviations: new Map(
      Object.entries(orgWords.class_word_abbreviations ?? {}).flatMap(([word, abbreviations]) =>
        abbreviations.map((abbreviation) => [asciiForm(String(abbreviation)), word] as const),
      ),
    ),
    oneWordClassPhrases: new Set(
      (orgWords.one_word_class_phrases ?? []).map((phrase) => phraseKeys(String(phrase)).join(' ')),
    ),
    placeCaseEndings: (orgWords.place_case_endings ?? [])
      .map((ending) => asciiForm(String(ending)))
      .sort((a, b) => b.length - a.length),
    placeCaseStemAlternations: Object.entries(orgWords.place_case_stem_alternations ?? {}).map(([from, to]) => ({
      from: asciiForm(from),
      to: to.map((letters) => asciiForm(String(letters))),
    })),
    placeAdjectiveEndings: (orgWords.place_adjective_endings ?? [])
      .flatMap((set) => {
        const endings = set.map((ending) => asciiForm(String(ending)));
        return endings.map((ending) => ({ ending, others: endings.filter((other) => other !== ending) }));
      })
      .sort((a, b) => b.ending.length - a.ending.length),
    cognateSpellings: {
      latin: cognateSpellingOf(orgWords.cognate_spellings?.latin ?? [], orgWords.cognate_endings),
      cyrillic: cognateSpellingOf(orgWords.cognate_spellings?.cyrillic ?? [], orgWords.cognate_endings),
    },
    patronymicEnding: new RegExp(`(${romanisation.patronymic_endings.join('|')})$`),
    arabicArticles: new Set(romanisation.articles.map(String)),
    kunyaParticles: new Set(
      (romanisation.kunya_particles ?? []).map((group) => {
        const index = particleNames.indexOf(group);
        if (index < 0) {
          throw new Error(`romanisation.yml kunya_particles: unknown particle group "${group}"`);
        }
        return index;
      }),
    ),
    initialAlternations: new Set(
      (romanisation.initial_alternations ?? []).flatMap(([left, right]) => [`${left}${right}`, `${right}${left}`]),
    ),
    eastSlavic: {
      ending: new RegExp(`(${(romanisation.east_slavic?.endings ?? ['(?!)']).join('|')})$`),
      minLength: romanisation.east_slavic?.min_length ?? Infinity,
      rewrites: (romanisation.east_slavic?.rewrites ?? []).map((rule) => ({
        pattern: new RegExp(rule.from, 'g'),
        replacement: rule.to,
      })),
    },
    vowelFrames: {
      minLength: romanisation.vowel_frames?.min_length ?? Infinity,
      minVowels: romanisation.vowel_frames?.min_vowels ?? Infinity,
      minConsonants: romanisation.vowel_frames?.min_consonants ?? Infinity,
      rewrites: (romanisation.vowel_frames?.rewrites ?? []).map((rule) => ({
        pattern: new RegExp(rule.from, 'g'),
        replacement: rule.to,
      })),
      longVowels: (romanisation.vowel_frames?.long_vowels ?? []).map((rule) => ({
        pattern: new RegExp(rule.from, 'g'),
        replacement: rule.to,
      })),
      vowels: new Map(
        Object.entries(romanisation.vowel_frames?.vowels ?? {}).map(([vowel, to]) => [vowel, new Set(to)]),
      ),
      finalVowels: new Map(
        Object.entries(romanisation.vowel_frames?.final_vowels ?? {}).map(([vowel, to]) => [vowel, new Set(to)]),
      ),
    },
    mixedSystemsMinLength: romanisation.mixed_systems_min_length ?? Infinity,
    compoundShortForms: {
      minLength: romanisation.compound_short_forms?.min_length ?? Infinity,
      endings: new Set(romanisation.compound_short_forms?.endings ?? []),
    },
    shortWordVowels: {
      minLength: romanisation.short_word_vowels?.min_length ?? Infinity,
      vowels: romanisation.short_word_vowels?.vowels ?? '',
      letterPairs: (romanisation.short_word_vowels?.letter_pairs ?? []).map(([a, b]) => [String(a), String(b)]),
      silentAfterVowel: romanisation.short_word_vowels?.silent_after_vowel ?? '',
    },
    givenNameGroups,
    patronymicStemEndings: [...givenNameForms.patronymic_endings].sort((a, b) => b.length - a.length),
    patronymicLeftOutEndings: [
      ...new Set([...givenNameForms.patronymic_endings, ...(givenNameForms.patronymic_endings_other_spellings ?? [])]),
    ].sort((a, b) => b.length - a.length),
    patronymicGlide: givenNameForms.patronymic_glide ?? '',
    romanisationRules: romanisation.rules.map((rule) => ({
      system: rule.system,
      pattern: new RegExp(rule.from, 'g'),
      replacement: rule.to,
    })),
    syllableVariantRules: (romanisation.syllable_variants ?? []).map((rule) => ({
      system: rule.system,
      pattern: new RegExp(rule.from, 'g'),
      replacement: rule.to,
    })),
    commonPersonNames: new Set(
      [...Object.values(frequency.surnames), ...Object.values(frequency.given), ...feminineForms(frequency).values()]
        .flat()
        .flatMap((name) => phraseKeys(String(name))),
    ),
    ...nameTraditionsOf(frequency),
  };
}

/** Most naming traditions name_frequency.yml may list: one bit each in a 32-bit mask. */
const MAX_NAME_TRADITIONS = 31;

/**
 * The traditions of name_frequency.yml (surnames, given names and feminine forms) and, for each word key, a
 * mask of those it is common in: the traditions that list it, and those that share names with one of them
 * (shared_names). More traditions than a mask holds, a tradition with given names but no surnames (or the
 * other way round), or an unknown tradition in shared_names stops the start.
 */
function nameTraditionsOf(
  frequency: NameFrequencyFile,
): Pick<ReferenceData, 'commonNameTraditions' | 'nameTraditions' | 'commonSurnameTraditions'> {
  const nameTraditions = [...new Set([...Object.keys(frequency.surnames), ...Object.keys(frequency.given)])];
  if (nameTraditions.length > MAX_NAME_TRADITIONS) {
    throw new Error(`name_frequency.yml: ${nameTraditions.length} traditions, at most ${MAX_NAME_TRADITIONS}`);
  }
  const feminine = feminineForms(frequency);
  const commonNameTraditions = new Map<string, number>();
  const commonSurnameTraditions = new Map<string, number>();
  nameTraditions.forEach((tradition, bit) => {
    if (!frequency.surnames[tradition]?.length || !frequency.given[tradition]?.length) {
      throw new Error(`name_frequency.yml: tradition "${tradition}" needs both surnames and given names`);
    }
    const words = [...frequency.surnames[tradition], ...frequency.given[tradition], ...(feminine.get(tradition) ?? [])];
    for (const key of words.flatMap((name) => phraseKeys(String(name)))) {
      commonNameTraditions.set(key, (commonNameTraditions.get(key) ?? 0) | (1 << bit));
    }
    const surnames = [...frequency.surnames[tradition], ...(feminine.get(tradition) ?? [])];
    for (const key of surnames.flatMap((name) => phraseKeys(String(name)))) {
      commonSurnameTraditions.set(key, (commonSurnameTraditions.get(key) ?? 0) | (1 << bit));
    }
  });
  const groups = (frequency.shared_names ?? []).map((group) =>
    group.reduce((mask, tradition) => {
      const bit = nameTraditions.indexOf(tradition);
      if (bit < 0) {
        throw new Error(`name_frequency.yml shared_names: unknown tradition "${tradition}"`);
      }
      return mask | (1 << bit);
    }, 0),
  );
  for (const [key, mask] of commonNameTraditions) {
    commonNameTraditions.set(
      key,
      groups.reduce((shared, group) => ((group & mask) !== 0 ? shared | group : shared), mask),
    );
  }
  return { commonNameTraditions, nameTraditions, commonSurnameTraditions };
}

/**
 * han_words.yml read (since rules 1.20.0): each Chinese form under its characters, and each rendering as its word
 * keys without function words, less the renderings of more than one entry. A form not written wholly in Chinese
 * characters, a form listed twice, or a rendering of no word stops the start.
 */
function hanWordsOf(
  file: HanWordsFile,
  functionWords: string[],
  cities: HanPlaceName[] = [],
  learned: Array<[string, string]> = [],
): { hanWordTrie: TrieNode<number>; hanWords: HanWord[]; hanClassPhraseTrie: TrieNode<number> } {
  const skipped = new Set(functionWords.flatMap((word) => phraseKeys(word)));
  const hanWordTrie: TrieNode<number> = { next: new Map() };
  const hanClassPhraseTrie: TrieNode<number> = { next: new Map() };
  const hanWords: HanWord[] = [];
  const seen = new Set<string>();
  const formIndex = new Map<string, number>();
  const renderedBy = new Map<string, number[]>();
  for (const [section, place] of [
    ['field_words', false],
    ['class_phrases', false],
    ['shared_class_phrases', false],
    ['places', true],
  ] as const) {
    const trie = section === 'field_words' || section === 'places' ? hanWordTrie : hanClassPhraseTrie;
    const shared = section === 'shared_class_phrases';
    for (const [key, { han = [], hangul = [], english }] of Object.entries(file[section] ?? {})) {
      const renderings = english
        .map((phrase) => phraseKeys(String(phrase)).filter((word) => !skipped.has(word)))
        .sort((a, b) => b.length - a.length);
      if (renderings.length === 0 || renderings.some((words) => words.length === 0)) {
        throw new Error(`han_words.yml ${section}.${key}: a rendering without words`);
      }
      const index = hanWords.push({ key, place, renderings, shared }) - 1;
      for (const words of renderings) {
        const rendering = words.join(' ');
        renderedBy.set(rendering, [...(renderedBy.get(rendering) ?? []), index]);
      }
      // Since rules 1.30.0 also Korean words in Hangul (`hangul`), two syllables or more, read the same way.
      for (const [form, script] of [
        ...han.map((word) => [String(word), /^\p{Script=Han}{2,}$/u] as const),
        ...hangul.map((word) => [String(word), /^\p{Script=Hangul}{2,}$/u] as const),
      ]) {
        if (!script.test(form) || seen.has(form)) {
          throw new Error(
            `han_words.yml ${section}.${key}: "${form}" is not a new word of two Chinese characters or Hangul syllables or more`,
          );
        }
        seen.add(form);
        formIndex.set(form, index);
        insert(trie, [...form], () => index);
      }
    }
  }
  // Since rules 1.173.0: the words learned from the registry's bilingual records (han_words_learned.tsv), field
  // words read as the file's are: a form the file lists (or, by its simplified form, another form of) takes the
  // rendering as one more of its own; a new form is a new entry, one per simplified form. Since rules 1.174.0 also
  // Korean words in Hangul (hangul_words_learned.tsv), read the same way (a Hangul form is its own simplified form).
  const learnedEntries = new Map<string, number>();
  for (const [form, english] of learned) {
    const words = phraseKeys(english).filter((word) => !skipped.has(word));
    if (!/^(?:\p{Script=Han}{2,}|\p{Script=Hangul}{2,})$/u.test(form) || words.length === 0) {
      throw new Error(
        `han_words_learned.tsv or hangul_words_learned.tsv: "${form}" "${english}" is no word of two Chinese characters or Hangul syllables or more and its rendering`,
      );
    }
    const simple = [...form].map(simplifiedHanCharacter).join('');
    let index = formIndex.get(form) ?? formIndex.get(simple) ?? learnedEntries.get(simple);
    if (index === undefined) {
      index = hanWords.push({ key: `learned ${simple}`, place: false, renderings: [], shared: false }) - 1;
      learnedEntries.set(simple, index);
    }
    if (!seen.has(form)) {
      const at = index;
      seen.add(form);
      formIndex.set(form, at);
      insert(hanWordTrie, [...form], () => at);
    }
    const word = hanWords[index];
    const rendering = words.join(' ');
    if (!word.renderings.some((known) => known.join(' ') === rendering)) {
      word.renderings = [...word.renderings, words].sort((a, b) => b.length - a.length);
      renderedBy.set(rendering, [...(renderedBy.get(rendering) ?? []), index]);
    }
  }
  // Since rules 1.22.0: cities' names in characters (han_place_names.tsv) as places, after the file's own words:
  // a name the file already lists, or a city whose English name already renders one of its words, is left out.
  for (const city of cities) {
    const words = phraseKeys(city.english).filter((word) => !skipped.has(word));
    const forms = city.han.filter((form) => /^\p{Script=Han}{2,}$/u.test(form) && !seen.has(form));
    if (words.length === 0 || forms.length === 0 || renderedBy.has(words.join(' '))) {
      continue;
    }
    const index = hanWords.push({ key: `city ${city.english}`, place: true, renderings: [words], shared: false }) - 1;
    renderedBy.set(words.join(' '), [index]);
    for (const form of forms) {
      seen.add(form);
      insert(hanWordTrie, [...form], () => index);
    }
  }
  // "technology" renders 科技, 理工 and 工业 alike: an English rendering that renders two words of the file is
  // evidence for neither, so "<place> University of Technology" is none of the three bodies of that place.
  for (const word of hanWords) {
    word.renderings = word.renderings.filter((words) => renderedBy.get(words.join(' '))!.length === 1);
  }
  return { hanWordTrie, hanWords, hanClassPhraseTrie };
}

/**
 * han_words.yml deciding_class_words read (since rules 1.80.0): each form, Chinese characters or Hangul syllables
 * (two or more), to its deciding group. A group org_words.yml does not list, or a form in another script or listed
 * twice, stops the start.
 */
function hanDecidingClassWordsOf(file: HanWordsFile, decidingGroups: string[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const [group, { han = [], hangul = [] }] of Object.entries(file.deciding_class_words ?? {})) {
    if (!decidingGroups.includes(group)) {
      throw new Error(`han_words.yml deciding_class_words: unknown deciding group "${group}"`);
    }
    for (const [form, script] of [
      ...han.map((word) => [String(word), /^\p{Script=Han}+$/u] as const),
      ...hangul.map((word) => [String(word), /^\p{Script=Hangul}{2,}$/u] as const),
    ]) {
      if (!script.test(form) || words.has(form)) {
        throw new Error(`han_words.yml deciding_class_words.${group}: "${form}" is not a new word of its script`);
      }
      words.set(form, group);
    }
  }
  return words;
}

/**
 * han_words.yml division_suffixes read (since rules 1.129.0): each form, one Chinese character, to the folded English
 * words of its renderings. A form of more or other letters, or listed twice, stops the start.
 */
function hanDivisionSuffixesOf(file: HanWordsFile): Map<string, Set<string>> {
  const suffixes = new Map<string, Set<string>>();
  for (const [key, { han, english }] of Object.entries(file.division_suffixes ?? {})) {
    const words = new Set(english.flatMap((phrase) => phraseKeys(String(phrase))));
    for (const form of han.map(String)) {
      if (!/^\p{Script=Han}$/u.test(form) || suffixes.has(form) || words.size === 0) {
        throw new Error(`han_words.yml division_suffixes.${key}: "${form}" is not a new word of one Chinese character`);
      }
      suffixes.set(form, words);
    }
  }
  return suffixes;
}

/** han_words.yml conjunctions read (since rules 1.174.0): one Chinese character each, or the start stops. */
function hanConjunctionsOf(file: HanWordsFile): Set<string> {
  const forms = (file.conjunctions ?? []).map(String);
  for (const form of forms) {
    if (!/^\p{Script=Han}$/u.test(form)) {
      throw new Error(`han_words.yml conjunctions: "${form}" is not one Chinese character`);
    }
  }
  return new Set(forms);
}

/** Each listed class group's index to the number of its set of equivalent groups; unknown groups are skipped. */
function classKindsOf(sets: string[][], classNames: string[]): Map<number, number> {
  const kinds = new Map<number, number>();
  sets.forEach((groups, set) => {
    for (const group of groups) {
      const index = classNames.indexOf(String(group));
      if (index >= 0) {
        kinds.set(index, set);
      }
    }
  });
  return kinds;
}

/** Feminine forms of each tradition's surnames, by the endings name_frequency.yml gives, by tradition. */
function feminineForms(frequency: NameFrequencyFile): Map<string, string[]> {
  return new Map(
    Object.entries(frequency.feminine_endings ?? {}).map(([tradition, endings]) => [
      tradition,
      (frequency.surnames[tradition] ?? []).flatMap((surname) =>
        endings
          .filter(([masculine]) => String(surname).endsWith(masculine))
          .map(([masculine, feminine]) => String(surname).slice(0, -masculine.length) + feminine),
      ),
    ]),
  );
}

/** Languages whose country names (ICU region names, shipped with Node) are forms of a country. */
const REGION_NAME_LOCALES = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'nb',
  'fi',
  'pl',
  'cs',
  'sk',
  'hu',
  'ro',
  'tr',
  'id',
  'ms',
  'ru',
  'uk',
  'hr',
  'sl',
  'lv',
  'lt',
  'et',
  'el',
  'ca',
];

/**
 * Every ISO 3166 code's names in REGION_NAME_LOCALES, each as its words' ASCII forms joined by spaces.
 * The build writes them to a table (region-names-table.ts, tools/copy-build-data.mjs).
 */
export function regionNames(): Map<string, string> {
  const names = new Map<string, string>();
  const codes: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      codes.push(String.fromCharCode(first, second));
    }
  }
  // Groupings and private-use codes ICU also names (economic unions, the United Nations, "Unknown Region").
  const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);
  for (const locale of REGION_NAME_LOCALES) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of codes.filter((candidate) => !notCountries.has(candidate))) {
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      const key = (name ? tokeniseRaw(name) : []).map((word) => asciiForm(word.orig)).join(' ');
      if (key.length >= 3 && !names.has(key)) {
        names.set(key, code.toLowerCase());
      }
    }
  }
  return names;
}

/** One-word country names of ICU and the demonyms of org_words.yml, each to one key per country. */
function countryFormsOf(regions: Map<string, string>, ...tables: Record<string, string[]>[]): Map<string, string> {
  // One-word names only: a word of a longer name ("United") is no country.
  const forms = new Map([...regions].filter(([name]) => !name.includes(' ')));
  for (const [group, words] of tables.flatMap((table) => Object.entries(table))) {
    const keys = words.map((word) => asciiForm(String(word)));
    const code = keys.map((key) => forms.get(key)).find((found) => found !== undefined) ?? forms.get(group) ?? group;
    for (const key of keys) {
      forms.set(key, code);
    }
  }
  return forms;
}

/**
 * A region code as ICU's canonical form writes it now, in small letters: a withdrawn code's successor ("dd" →
 * "de", "vd" → "vn", "bu" → "mm"); any other code as it is.
 */
export function currentRegionCode(code: string): string {
  try {
    const current = (Intl.getCanonicalLocales(`und-${code.toUpperCase()}`)[0] ?? '').slice(4).toLowerCase();
    return /^[a-z]{2}$/.test(current) ? current : code;
  } catch {
    return code;
  }
}

/** `ReferenceData.englishCountryNames`: ICU's English region names and the data's `country_names`, as keys. */
function englishCountryNamesOf(other: Record<string, string[]>): Set<string> {
  const key = (name: string) =>
    tokeniseRaw(name)
      .map((word) => asciiForm(word.orig))
      .join(' ');
  const names = new Set<string>(Object.values(other).flatMap((written) => written.map((name) => key(String(name)))));
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      let name: string | undefined;
      try {
        name = display.of(String.fromCharCode(first, second));
      } catch {
        continue;
      }
      if (name) {
        names.add(key(name));
      }
    }
  }
  names.delete('');
  return names;
}

/** `ReferenceData.countryCodes`: ICU's names by their current code, then the data's other names. */
function countryCodesOf(regions: Map<string, string>, other: Record<string, string[]>): Map<string, string> {
  const codes = new Map<string, string>();
  for (const [name, code] of regions) {
    codes.set(name, currentRegionCode(code));
  }
  for (const [code, names] of Object.entries(other)) {
    for (const name of names) {
      const key = tokeniseRaw(String(name))
        .map((word) => asciiForm(word.orig))
        .join(' ');
      if (key.length > 0 && !codes.has(key)) {
        codes.set(key, code.toLowerCase());
      }
    }
  }
  return codes;
}

/** Initials of the Latin-script words among `words` (the first word of each phrase). */
function latinInitials(words: string[]): string[] {
  const initials = new Set<string>();
  for (const word of words) {
    const first = tokeniseRaw(word)[0];
    if (first && detectScript(first.orig) === Script.Latin) {
      const initial = asciiForm(first.orig).slice(0, 1);
      if (/^[a-z]$/.test(initial)) {
        initials.add(initial);
      }
    }
  }
  return [...initials];
}

/** Initials of the demonyms and country words of org_words.yml, by the country key of `countryFormsOf`. */
function countryInitialsOf(regions: Map<string, string>, ...tables: Record<string, string[]>[]): Map<string, string[]> {
  const forms = countryFormsOf(regions, ...tables);
  const out = new Map<string, Set<string>>();
  for (const words of tables.flatMap((table) => Object.values(table))) {
    for (const word of words.map(String)) {
      const key = forms.get(asciiForm(word));
      if (key !== undefined) {
        const initials = out.get(key) ?? new Set<string>();
        latinInitials([word]).forEach((initial) => initials.add(initial));
        out.set(key, initials);
      }
    }
  }
  return new Map([...out].map(([key, initials]) => [key, [...initials]]));
}

let referenceData: ReferenceData | undefined;

/** The reference data, read and compiled on first use (or taken from a saved index: `adoptReferenceData`), then shared. */
/**
 * A Latin word's form with each letter of romanisation.yml letter_digraphs written as its digraph, as its ASCII form
 * is made otherwise ("Zürich" "zuerich", "Ærø" "aeroe"); undefined when the word holds none of those letters. Since
 * rules 1.150.0: the scorer reads the two forms as one word ("Universitaet"/"Universität") and candidate generation
 * looks a word up in both.
 */
export function digraphForm(orig: string): string | undefined {
  return digraphFormIn(orig, getReferenceData().letterDigraphs);
}

function digraphFormIn(orig: string, digraphs: ReadonlyMap<string, string>): string | undefined {
  let written: string | undefined;
  const lower = orig.toLowerCase();
  for (let at = 0; at < lower.length; at++) {
    const digraph = digraphs.get(lower[at]);
    if (digraph !== undefined) {
      written = (written ?? lower.slice(0, at)) + digraph;
    } else if (written !== undefined) {
      written += lower[at];
    }
  }
  return written === undefined ? undefined : asciiForm(written);
}

export function getReferenceData(): ReferenceData {
  referenceData ??= buildReferenceData();
  return referenceData;
}

/**
 * Takes reference data that another process built with this same code, these same tables and this same
 * runtime (a saved screening index carries it, under a key that names all three: SavedScreeningIndex), so
 * this process need not build it again: building it is most of a second of CPU at every CLI start. Taken
 * only while this process has neither built nor taken any (what code has read never changes under it);
 * answers whether it was taken.
 */
export function adoptReferenceData(data: ReferenceData): boolean {
  if (referenceData !== undefined) {
    return false;
  }
  referenceData = data;
  return true;
}

/**
 * Word meanings and places of org_word_meanings.yml by ASCII form. A deciding word never joins a meaning
 * group (its own group in org_words.yml is its translation), and a word listed under two meanings is
 * left out: a word whose meaning depends on the language would join two bodies' names.
 */
/** Since rules 1.16.0: org_words.yml abjad_word_meanings joined to the word meanings (a word already there keeps its group). */
function withAbjadMeanings(meanings: Map<string, string>, groups: Record<string, string[]>): Map<string, string> {
  for (const [group, members] of Object.entries(groups)) {
    for (const member of members) {
      const key = asciiForm(String(member));
      if (!meanings.has(key)) {
        meanings.set(key, `meaning:abjad-${group}`);
      }
    }
  }
  return meanings;
}

/** Every beginning of at least PLACE_NAME_MIN_LETTERS letters, shorter than the word, of each word. */
const PLACE_NAME_MIN_LETTERS = 4;
function beginningsOf(words: string[]): Set<string> {
  const beginnings = new Set<string>();
  for (const word of words) {
    for (let length = PLACE_NAME_MIN_LETTERS; length < word.length; length++) {
      beginnings.add(word.slice(0, length));
    }
  }
  return beginnings;
}

interface HanPlaceName {
  english: string;
  han: string[];
}

/**
 * han_place_names.tsv (bench/build-han-place-names.py, since rules 1.22.0): one city a line, its English name, a
 * tab, its names in Chinese characters separated by spaces.
 */
/**
 * han_words_learned.tsv (since rules 1.173.0; bench/build-han-learned-words.ts): a Chinese or Japanese word and an
 * English rendering per line (then the counts it was kept by); lines starting with # are comments. Since rules
 * 1.174.0 hangul_words_learned.tsv too (the builder's --hangul), a Korean word in Hangul a line.
 */
function readLearnedHanWords(directory: string, file: string): Array<[string, string]> {
  const path = join(directory, file);
  if (!existsSync(path)) {
    return [];
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [form, english] = line.split('\t');
      return [form, english] as [string, string];
    });
}

function readHanPlaceNames(directory: string): HanPlaceName[] {
  return readTabbedLines(directory, 'han_place_names.tsv').map(([english, forms]) => ({ english, han: forms }));
}

/** A word of the Arabic script's letters (Arabic, Persian, Urdu). */
const ARABIC_SCRIPT_WORD = /^[\u0600-\u06ff\u0750-\u077f\u200c]+$/u;

/**
 * Since rules 1.39.0: the names in other scripts of the cities of place_names.tsv (Arabic script, Hebrew, the Indic
 * scripts, Thai: place_names_scripts.tsv, bench/build-place-names.py --scripts) join the group the tables already
 * give the city's GeoNames name; a city with none is skipped. A name keyed as another word of the tables (a meaning,
 * a place, a deciding, class, function or country word, or the beginning of one) keeps what it was, and a key two
 * cities give is neither's: a name in another script never takes a word from the Latin tables.
 */
function withScriptPlaceNames(
  meanings: Map<string, string>,
  cities: [string, string[]][],
  taken: (key: string) => boolean,
): Map<string, string> {
  function* claims(): Generator<[string, string]> {
    for (const [city, names] of cities) {
      const group = meanings.get(asciiForm(city));
      if (!group?.startsWith('place:')) {
        continue;
      }
      for (const key of new Set(names.map((name) => asciiForm(name)))) {
        if (key.length >= SCRIPT_PLACE_NAME_MIN_LETTERS && !meanings.has(key) && !taken(key)) {
          yield [key, group];
        }
      }
    }
  }
  return withUnambiguous(meanings, claims());
}

/** `scriptPlaceNameCities`: each name as written to its city's own name, a name two cities list left out. */
function citiesOfWrittenNames(cities: [string, string[]][]): Map<string, string> {
  const cityOf = new Map<string, string>();
  const shared = new Set<string>();
  for (const [city, names] of cities) {
    for (const name of names) {
      const written = name.normalize('NFC').toLowerCase();
      if (cityOf.has(written) && cityOf.get(written) !== asciiForm(city)) {
        shared.add(written);
      }
      cityOf.set(written, asciiForm(city));
    }
  }
  for (const written of shared) {
    cityOf.delete(written);
  }
  return cityOf;
}

/**
 * Sets each claimed key to its group in `meanings`, unless two claims give the key different groups (then
 * neither's). The claims are all read before `meanings` changes.
 */
function withUnambiguous(meanings: Map<string, string>, claims: Iterable<[string, string]>): Map<string, string> {
  const added = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [key, group] of claims) {
    if (added.has(key) && added.get(key) !== group) {
      ambiguous.add(key);
    }
    added.set(key, group);
  }
  for (const [key, group] of added) {
    if (!ambiguous.has(key)) {
      meanings.set(key, group);
    }
  }
  return meanings;
}

/** Fewest letters of the ASCII form of a city's name in another script (Arabic script's "دلی" reads "dly"). */
const SCRIPT_PLACE_NAME_MIN_LETTERS = 3;

/** place_names.tsv (bench/build-place-names.py): one city a line, its group, a tab, its names separated by spaces. */
function readPlaceNames(directory: string): string[][] {
  return readTabbedLines(directory, 'place_names.tsv').map(([, names]) => names);
}

/**
 * subdivision_exonyms.tsv (bench/build-subdivision-names.py --exonyms, since rules 1.81.0): the other-language names
 * of the first-level subdivisions (provinces, regions, cantons: "Kalabrien", "Neuenburg"), one subdivision a line,
 * its group, a tab, its names separated by spaces. Read after place_names.tsv, as that file is: a subdivision sharing
 * a name with a city read before ("Modena") joins that city's group.
 */
function readSubdivisionExonyms(directory: string): string[][] {
  return readTabbedLines(directory, 'subdivision_exonyms.tsv').map(([, names]) => names);
}

/** A reference table of one entry a line: a key, a tab, values separated by spaces (none when the file is absent). */
/**
 * `ReferenceData.subdivisionCodes`: for each subdivision word, its subdivisions' two-letter codes that abbreviate it
 * (the code's first letter the word's initial, its second a later letter of the word: "US-MD" for "maryland", not
 * "US-NY" for "new"), lower-cased, without the country.
 */
function subdivisionCodesOf(lines: [string, string[]][]): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const [word, subdivisions] of lines) {
    const own = [
      ...new Set(
        subdivisions
          .map((code) => code.slice(code.indexOf('-') + 1).toLowerCase())
          .filter((code) => /^[a-z]{2}$/.test(code) && code[0] === word[0] && word.indexOf(code[1], 1) > 0),
      ),
    ];
    if (own.length > 0) {
      codes.set(word, own);
    }
  }
  return codes;
}

export function readTabbedLines(directory: string, file: string): [string, string[]][] {
  const path = join(directory, file);
  if (!existsSync(path)) {
    return [];
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [key, values] = line.split('\t');
      return [key, values.split(' ').filter((value) => value.length > 0)];
    });
}

/**
 * Since rules 1.21.0: the other-language names of the world's larger cities (place_names.tsv, from GeoNames'
 * alternate names) joined to the places. A city with a name already in org_word_meanings.yml `places` joins that
 * place's group (with names in two of its groups, it is left out); a name already another word of the tables
 * (a meaning, a place, a deciding, class, function or country word), or the beginning of one, keeps what it was;
 * a name two cities give is neither's.
 */
function withPlaceNames(
  meanings: Map<string, string>,
  cities: string[][],
  taken: (key: string) => boolean,
): Map<string, string> {
  function* claims(): Generator<[string, string]> {
    for (const names of cities) {
      const keys = [...new Set(names.map((name) => asciiForm(name)))].filter((key) => key.length > 0);
      const listed = new Set(
        keys.map((key) => meanings.get(key)).filter((value): value is string => value?.startsWith('place:') === true),
      );
      if (listed.size > 1) {
        continue;
      }
      const group = listed.size === 1 ? [...listed][0] : `place:city-${keys[0]}`;
      for (const key of keys) {
        if (!meanings.has(key) && !taken(key)) {
          yield [key, group];
        }
      }
    }
  }
  return withUnambiguous(meanings, claims());
}

function wordMeaningsOf(file: WordMeaningsFile, decidingGroups: Map<string, string>): Map<string, string> {
  const meanings = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [prefix, groups] of [
    ['meaning', file.meanings],
    ['place', file.places],
    ['place', prefixedGroups('subdivision-', file.subdivision_places ?? {})],
  ] as const) {
    for (const [group, members] of Object.entries(groups)) {
      for (const member of members) {
        const key = asciiForm(String(member));
        const value = `${prefix}:${group}`;
        if (decidingGroups.has(key)) {
          continue;
        }
        if (meanings.has(key) && meanings.get(key) !== value) {
          ambiguous.add(key);
        }
        meanings.set(key, value);
      }
    }
  }
  for (const key of ambiguous) {
    meanings.delete(key);
  }
  return meanings;
}

/** `groups` with each key written after `prefix`. */
function prefixedGroups(prefix: string, groups: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(groups).map(([group, members]) => [prefix + group, members]));
}

/** One script's cognate rewrites (org_words.yml cognate_spellings) and the cognate endings rewritten by them. */
function cognateSpellingOf(
  rules: readonly { from: string; to: string }[],
  endings: Record<string, string[]>,
): CognateSpelling {
  const compiled = rules.map((rule) => ({ pattern: new RegExp(rule.from, 'g'), replacement: rule.to }));
  const seen = new Set<string>();
  const rewritten: { ending: string; group: string }[] = [];
  for (const [group, members] of Object.entries(endings)) {
    for (const member of members) {
      const ending = rewriteCognate(asciiForm(String(member)), compiled);
      // An ending two groups give after the rewrite ("ic" and "ik") is kept for the first group only.
      if (ending.length > 0 && !seen.has(ending)) {
        seen.add(ending);
        rewritten.push({ ending, group });
      }
    }
  }
  return { rules: compiled, endings: rewritten.sort((a, b) => b.ending.length - a.ending.length) };
}

/** A word rewritten by one script's cognate spellings, rule after rule. */
export function rewriteCognate(word: string, rules: CognateSpelling['rules']): string {
  let text = word;
  for (const rule of rules) {
    text = text.replace(rule.pattern, rule.replacement);
  }
  return text;
}

/**
 * org_words.yml field_modifiers (since rules 1.162.0): word form → its group. A form that is a deciding word already
 * and a head group that is no deciding group are errors of the file.
 */
function fieldModifiersOf(orgWords: OrgWordsFile, decidingGroups: Map<string, string>): Map<string, string> {
  for (const group of orgWords.field_modifier_heads ?? []) {
    if (!(group in orgWords.deciding)) {
      throw new Error(`org_words.yml field_modifier_heads: unknown deciding group "${group}"`);
    }
  }
  const modifiers = new Map<string, string>();
  for (const [group, members] of Object.entries(orgWords.field_modifiers ?? {})) {
    for (const member of members) {
      const form = asciiForm(String(member));
      if (decidingGroups.has(form)) {
        throw new Error(`org_words.yml field_modifiers: "${form}" is a deciding word already`);
      }
      modifiers.set(form, group);
    }
  }
  return modifiers;
}
