/**
 * Resolution quality (issue 9, "no resolution of a body to a different body"): names resolved through the
 * app's own resolver (EntityResolverService.resolve, the one assessPartnership, partnerRisk, screen(), the
 * CLI and REST use) on what `npm start` serves: a local Neo4j migrated and seeded, the sample lists of
 * seed/watchlists.json imported and the reference registries of seed/reference.json (ROR, the Funder
 * Registry) imported, as `partner-graph up` does (src/cli/prepare-graph.ts); the candidate index built from
 * that graph by ScreeningIndexService. The real path, not the in-process CandidateIndex of
 * bench/matcher-exactness.ts: a query costs a few milliseconds here, and only the real path has the
 * graph's SAME_AS links, the funders as the import places them and the list records the resolver reads.
 *
 * Query groups, each made from the data by rule (no name of an evaluation file is written here):
 *
 * 1. others' names of bodies in the graph: each seeded ROR record's labels, aliases and acronyms (not its
 *    display name), each tracker entry's aliases, each Funder Registry funder's other names; right =
 *    RESOLVED to that body (or one SAME_AS of it), wrong = RESOLVED to another body.
 * 2. real bodies not in the graph: bench/data/universities-dev.json with their country; a university
 *    whose web domain is a seeded ROR record's, or whose name (case, accents and punctuation aside) is a
 *    name of a body in the graph (ROR record, funder, tracker or curated entity) of the same country, is
 *    expected to be that body, any other RESOLVED is wrong. (The Funder Registry file `npm start` imports is the
 *    whole registry of 2018: every funder is in the graph, so funders are in group 1, none here.)
 * 3. made-up confusers made from the graph: a seeded body's name (ROR display names, tracker names) with
 *    one of its place words swapped for another place seen in the graph's names (place_names.tsv), its
 *    class phrase swapped for another class phrase seen in the graph ("Institute" → "University"), a
 *    field word or a compass word (org_words.yml deciding groups) swapped for another of its kind; each
 *    kept only when it is no seeded body's name (normalised) nor any name of the ROR records; with the
 *    country of the body it was made from. RESOLVED = wrong.
 * 4. people: listed persons' names with one given name (given_names.tsv) changed to another of the same
 *    sex (kept only when it is no listed person's name), and the screening negatives' names: RESOLVED =
 *    wrong; listed persons' own names: RESOLVED to another listed person (not the same listed party) = wrong.
 * 5. person positives (resol3, rules 1.98.0): each listed person's other names as the index holds them
 *    (aliases, other-script names) and its listed name reordered ("SURNAME, Given" as "Given SURNAME") or
 *    recased, each without and with one of its own countries (nationality, citizenship); its listed name with
 *    each of several countries; right = RESOLVED to that person (or one listed party of it), wrong = RESOLVED
 *    to another. And its listed name with a country not its own: rule 1 expects NOT_FOUND (RESOLVED to the
 *    person or one listed party of it counted right; to any other entry wrong, also another list's entry of
 *    the same name without a country, which no corroborating feature links). The dev run also prints what
 *    rule 1 (a conflicting country) did to persons given with a country.
 *    The bench's labelling of group 5 since resol4 (rules 1.99.0; `samePersonByData`): an answer RESOLVED to
 *    another listed person's entry is counted right when the two entries share a name (case, accents,
 *    punctuation and word order aside) and no fact of theirs conflicts (the other entry has no country or
 *    shares one, no date of birth or shares one, a year agreeing with a date it begins). Another list often
 *    lists the person with no country or date of birth, so the resolver's listed-party link has nothing to
 *    agree on, and the bench used to count the answer wrong. It relabels 96 dev answers (91 of the "country not
 *    its own" row, 5 others) and 101 held-out; every dev one was read (names, countries and dates of both
 *    entries printed under "Dev answers relabelled right"): each is the person expected, listed by another
 *    list (the UK list 78 times, OFAC 16, the UN 2) under the same name. The relabelled answers are printed with
 *    every dev run.
 *    Group 2 since resol4 also compares names with an apostrophe inside a word dropped ("Hawai'i" = "Hawaii"):
 *    1 dev university more is expected to be the body in the graph.
 *    Since resol8 group 2 also compares a name's words sorted, function words kept (`wordBag`: "Tarvel Quarrow
 *    University" = a body's alias "Quarrow Tárvel University", a person's name in the other order; "University of X"
 *    and "X University" still differ),
 *    and group 3 drops a confuser that is a body's name with each deciding word read as its group
 *    (`groupedWordSet`: the maker swaps a field or compass word for another group's English name, and "Colegio de
 *    Quarrow North", made from "… Sur", is "Colegio de Quarrow Norte" when the graph holds that body).
 *    Since rules 1.104.0 the resolver reads the listed-party link for a RESOLVED list entry too: the person's
 *    other entries come back as the same body (`sameBodyAsBest`), which the verdict reads first. It covers 74 of
 *    the 96 dev answers samePersonByData relabelled (the runs print both counts); the 22 left pair an OFAC entry
 *    with a UK entry that share no fact the link could agree on (the UK entry has no country, date of birth or
 *    identifier of the OFAC entry's).
 * 6. confusers made from the list entries' organisation names (since resol10): each listed organisation's name
 *    (every list entry of the sample lists `npm start` imports that is not a person, vessel or aircraft, its name as
 *    the index holds it) put through group 3's maker (one place, class phrase, field or compass word swapped), kept
 *    only when it is no name the index holds (any body's of the graph or any list entry's, normalised as group 3
 *    compares) and not one of group 3's; with the entry's country (one by hash) when it has one. RESOLVED = wrong.
 * 7. list entries misspelt (since resol10): a listed organisation's name whose only name word, as the matcher reads
 *    it (function words and legal forms aside; every other word a class word, at least one), is written in 4 or more
 *    Latin letters, with that word misspelt by one letter, each kind once and by hash (never the first letter): a
 *    letter deleted, a letter substituted, two unlike neighbouring letters transposed; kept only when it is no name
 *    the index holds; with the entry's country. Right = RESOLVED to the entry (or a SAME_AS of it, or an entry of the
 *    same listed party), or AMBIGUOUS or NOT_FOUND with the entry (or a SAME_AS of it) among the candidates: the
 *    possible match of rules 1.136.0; wrong = RESOLVED to another body. AMBIGUOUS or NOT_FOUND without the entry
 *    among the candidates is a miss, counted as ambiguous / not found (until the session-49 lead's fix it counted as
 *    wrong, which mixed 292 dev misses into the wrong-body figure). The run prints group 7's answers by status, and
 *    each wrong answer with the entry's name it was made from.
 * 8. real universities not in the graph, from the registry (since resol12): ROR's active education records that the seed
 *    leaves out (bench/data/ror-education-not-seeded.json.gz, built by bench/build-ror-not-seeded.ts from the
 *    ror-records repository the seed comes from; see bench/data/NOTICE.md), each by its display name with its country,
 *    read whole (not capped at PER_SUBGROUP). Labelled as group 2: a body of the graph of the same name and country, or
 *    whose domain or website is the record's, is expected, and so is the record itself when the graph holds it (a
 *    seeded record's relationship target, loaded as a placeholder, or the body the Funder Registry's crosswalk joins a
 *    funder to); any other RESOLVED is wrong. Group 2's university list holds universities in the countries the seed
 *    covers too; this group's are all outside the seed, in every country ROR has, so its dev half (3,825 queries) shows
 *    the classes group 2's 750 could not.
 * 9. real bodies of other types not in the graph, from the registry (since resol13): as group 8, of ROR's active
 *    records with no type `education` (facility, healthcare, government, nonprofit, company, archive, funder, other)
 *    that the seed leaves out (bench/data/ror-other-types-not-seeded.json.gz, the same builder with --other-types; see
 *    bench/data/NOTICE.md), read whole, labelled as group 8.
 *    Since resol14 groups 8 and 9 also label as right the funders of the record's own Funder Registry ids (ROR's external
 *    ids, which the builder now keeps) and any organisation node of the index bearing the record's name (two words or more;
 *    the country ROR writes in brackets after a company's name set aside) with the record's country, known on both sides;
 *    every answer right only by these labels is printed (12 dev answers, each the record's body, bench/HISTORY.md resol14).
 *
 * Groups 2, 8 and 9 without their country (since res18): an integrator often sends a name alone
 *    (`assessPartnership(input: {partner: {name: …}})`), so each query of these groups is also resolved without its
 *    country, in a subgroup of its own ("<subgroup>, without country"), in the same half as the query with it and with
 *    the same labels. One answer is counted apart: an exact namesake, a resolution to a body that holds the query's
 *    name (case, accents and punctuation aside) and is of another country than the record's, when no body of the index
 *    of that name is of the record's country: no evidence in the request can separate the two bodies, so it is printed
 *    as "namesake, no country to tell" (and listed, dev), not in the wrong-body figure. The group lines and "all groups
 *    (queries as given)" count the queries with their country only, as before, so figures compare with earlier runs;
 *    "groups 2, 8, 9 without country" and "all groups and the queries without country" add the new subgroups.
 *
 * Answerable by name (since res26, bench/lib/answerability.ts): a query is answerable when the candidate index the run
 *    built holds one of the bodies it expects, or a body linked SAME_AS to one (current links, one hop): only a body
 *    whose name the index holds can be returned by a search of names. The rest are not answerable, read from the graph
 *    at run time (no list): the body is held with a name but left out of the index (a registry record not in force, a
 *    delisted entry: "not indexed", reachable only through its id), held only as a node without a name of its own (a
 *    registry relationship's other end: "placeholder"), not held at all ("absent"), or the query expects no body
 *    ("no body expected": groups 3 and 6, group 4's made-up persons, the real bodies not in the graph). Their honest
 *    answer is NOT_FOUND; RESOLVED is a wrong body as before. The label changes no verdict: the group and total lines
 *    are as before, each followed by its answerable queries (right, wrong, AMBIGUOUS, NOT_FOUND) and its not answerable
 *    ones (NOT_FOUND, RESOLVED, AMBIGUOUS, by why), and `bench/results/resolution.json` adds `answerability` to each
 *    part's figures and `answerable` / `notAnswerable` to each dev answer.
 *    Since res27 the answerable part reads each query's own expectation, as the verdict does: a query answerable by
 *    name that expects NOT_FOUND (group 5's listed name with a country not its own, `expectsNotFound`) counts its
 *    NOT_FOUND right there (`splitVerdict`, printed as "a NOT_FOUND the query expects"), not among the misses; the
 *    group and subgroup lines count it as not found, as before, so that their figures compare with earlier runs.
 *
 * Every group is split into dev and held-out halves by a hash of the query (half() of
 * bench/lib/org-pair-sampling.ts). Dev figures are printed with every wrong resolution (query, entity
 * resolved to, score, runner-up, margin); held-out figures only with --heldout, figures only.
 *
 * Uses NEO4J_URI when set; otherwise a local Neo4j as bench/quality-screening.ts starts it (same port and
 * data folder defaults, emptied first unless BENCH_REUSE_DB=1). `npm run bench:quality` runs it after
 * quality-screening on the same database (BENCH_REUSE_DB=1: the lists are imported already).
 *
 *   npm run bench:quality:resolution [-- --heldout]
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { NestFactory } from '@nestjs/core';
import { parse } from 'csv-parse/sync';
import { CliModule } from '../src/cli/cli.module';
import { withDatabase } from '../src/cli/database-session';
import { Neo4jService } from '../src/neo4j/neo4j.service';
import type { CandidateIndexState } from '../src/matching/candidate-index';
import { Kind, nameWords, prepareName } from '../src/matching/normalise';
import { findLongestPhrases, tokenKey } from '../src/matching/reference-data';
import { withoutBracketedCountry } from '../src/reference/reference-linking';
import { funderEntityId, rorEntityId } from '../src/reference/reference-graph';
import { EntityResolverService, type ExpectedParty } from '../src/risk/entity-resolver';
import type { PartyResolution } from '../src/risk/models/risk.model';
import { ResolutionStatus } from '../src/risk/risk.enums';
import { RiskRepository } from '../src/risk/risk.repository';
import { eitherSchemaResolution } from '../src/risk/either-schema';
import { RISK_RULES } from '../src/risk/risk-rules.provider';
import type { RiskRules } from '../src/risk/risk-rules';
import { listedSpellingAlone } from '../src/risk/resolution-rule';
import { ScreeningService } from '../src/screening/screening.service';
import { cleanText } from '../src/seed/bilingual-name';
import { buildSeedGraph, trackerEntityId } from '../src/seed/seed-transform';
import { unitAliasNames } from '../src/seed/unit-aliases';
import { readFundrefRegistry } from './lib/fundref-records';
import {
  type Answerability,
  answerabilityOf,
  splitVerdict,
  type Verdict,
  type ExpectedNode,
  isPlaceholder,
  type NotAnswerableReason,
} from './lib/answerability';
import { findUp } from './lib/find-up';
import { half, hostOf, key, sha1, words } from './lib/org-pair-sampling';
import { printGroups, writeResults } from './lib/pair-quality';
import {
  readResolutionVocabulary,
  type ResolutionVocabulary,
  writeResolutionVocabulary,
} from './lib/resolution-vocabulary';
import { freshQualityDatabase, prepareGraphAsStart } from './quality-screening';

interface RawRor {
  id: string;
  status: string;
  names: Array<{ value: string; types: string[]; lang: string | null }>;
  domains?: string[];
  links?: Array<{ type: string; value: string }>;
  locations: Array<{ geonames_details?: { country_code?: string } }>;
  external_ids?: Array<{ type: string; all: string[] }>;
  relationships?: Array<{ type: string; id: string }>;
}

interface Query {
  group: string;
  subgroup: string;
  name: string;
  country: string | null;
  expected: ExpectedParty;
  /** The entities a right resolution is one of (or SAME_AS of one); empty when the body is not in the graph. */
  right: string[];
  /** Groups 6 and 7 (since resol10): the list entry's name the query was made from. */
  source?: string;
  /**
   * Groups 2, 8 and 9 (since resol14): the ids of `right` that only the labelling of resol14 adds (a funder of the
   * record's own Funder Registry ids; a node of the index with the query's name and country), each with why.
   */
  labelledSince14?: Map<string, string>;
  /**
   * Since res18 (groups 2, 8 and 9, the subgroups "… without country"): the country of the record, left out of the
   * query as an integrator that sends a name alone leaves it out.
   */
  countryLeftOut?: string;
  /**
   * Since res27: the query expects NOT_FOUND although the index holds the body it names (group 5's listed name with a
   * country not its own); the answerable-by-name split counts its NOT_FOUND right (`splitVerdict`).
   */
  expectsNotFound?: true;
}

interface Outcome {
  query: Query;
  resolution: PartyResolution;
  verdict: Verdict;
  /** Since res26: whether the index holds a name of the body expected (`answerabilityOf`); the verdict ignores it. */
  answerability: Answerability;
}

const HELD_OUT = process.argv.includes('--heldout');
/** Group 7 (since resol10): its AMBIGUOUS and NOT_FOUND answers are right or wrong by their candidates. */
const LISTED_MISSPELT = '7 list entries misspelt';
/** Group 8 (since resol12): real universities not in the graph, from ROR's education records the seed leaves out. */
const ROR_NOT_SEEDED = '8 ROR universities not in the graph';
/** Group 9 (since resol13): real bodies of ROR's other types (not education) that the seed leaves out. */
const ROR_OTHER_NOT_SEEDED = '9 ROR bodies of other types not in the graph';
/**
 * Since res18: the groups of real bodies (2, 8, 9) whose every query is also read without its country, in a subgroup
 * of its own named "<subgroup>, without country" (the same labelling; an exact namesake counted apart, `namesakeOf`).
 */
const READ_WITHOUT_COUNTRY: ReadonlySet<string> = new Set([
  '2 real bodies not in the graph',
  ROR_NOT_SEEDED,
  ROR_OTHER_NOT_SEEDED,
]);
const WITHOUT_COUNTRY = ', without country';
/** Groups read whole, whatever PER_SUBGROUP says (groups 8 and 9: dev halves of thousands of queries, read to class). */
const UNCAPPED = new Set([ROR_NOT_SEEDED, ROR_OTHER_NOT_SEEDED]);
/** At most this many queries of one subgroup (chosen by hash), so the bench stays within a few minutes. */
const PER_SUBGROUP = Number(process.env.RESOLUTION_PER_SUBGROUP ?? 1500);
/**
 * Since resol16: the version of the generators' own vocabulary (bench/lib/resolution-vocabulary.ts,
 * bench/data/resolution-vocabulary.<version>.json.gz): the word tables groups 2 to 7 are made from, frozen, so that a
 * rules change that extends a word class of the matcher leaves the queries as they are.
 */
const VOCABULARY_VERSION = process.env.RESOLUTION_VOCABULARY ?? 'v1';
let vocabularyRead: ResolutionVocabulary | undefined;

function vocabulary(): ResolutionVocabulary {
  vocabularyRead ??= readResolutionVocabulary(VOCABULARY_VERSION);
  return vocabularyRead;
}

/** Since resol16: listed names the vocabulary holds no reading of, read by today's matcher (printed). */
const readLive = new Set<string>();

/** The matcher's reading of a listed organisation's name as the vocabulary holds it (today's matcher's when it has none). */
function readingOf(name: string): [string[], number] {
  const held = vocabulary().readings.get(name);
  if (held) {
    return held;
  }
  readLive.add(name);
  return [[...legalFormKeys(name)], oneIdentityWord(name)];
}

function pick(seed: string, count: number): number {
  return parseInt(sha1(seed).slice(0, 8), 16) % count;
}

function readJsonGz<T>(relative: string): T {
  return JSON.parse(gunzipSync(readFileSync(findUp(relative, __dirname))).toString('utf8')) as T;
}

function countryOfRor(record: RawRor): string | null {
  return record.locations[0]?.geonames_details?.country_code?.toUpperCase() ?? null;
}

/** A sample of at most PER_SUBGROUP of each subgroup, by hash of the query, so reruns read the same queries. */
function capped(queries: Query[]): Query[] {
  const bySubgroup = new Map<string, Query[]>();
  for (const query of queries) {
    bySubgroup.set(`${query.group}/${query.subgroup}`, [
      ...(bySubgroup.get(`${query.group}/${query.subgroup}`) ?? []),
      query,
    ]);
  }
  return [...bySubgroup.values()].flatMap((group) =>
    group.length <= PER_SUBGROUP || UNCAPPED.has(group[0].group)
      ? group
      : group
          .map((query) => ({ query, order: sha1(`${query.name}\u0001${query.right.join(' ')}`) }))
          .sort((left, right) => left.order.localeCompare(right.order))
          .slice(0, PER_SUBGROUP)
          .map((item) => item.query),
  );
}

interface Words {
  surface: string[];
  keys: string[];
}

function wordsOf(name: string): Words {
  const surface = name.split(/\s+/).filter(Boolean);
  return { surface, keys: surface.map((word) => tokenKey(word.replace(/^[("'“]+|[)"'”,.;:]+$/g, ''))) };
}

/**
 * Made-up confusers of one body's name: one word or phrase swapped at a time (see the header, group 3).
 * Replacements are English words seen in the graph's names: a place (place_names.tsv key), a class
 * phrase of another class set, a deciding group's own name (org_words.yml: "technology", "north").
 */
class ConfuserMaker {
  private readonly data = vocabulary();
  private readonly places: Set<string>;
  private readonly placesSeen: string[] = [];
  /** Class phrase (word keys) → its surface form and class-set number. */
  private readonly classPhrasesSeen = new Map<string, { phrase: string; set: number }>();
  /** Kind (field, compass) → the deciding groups seen in the graph's names, by their own (English) name. */
  private readonly decidingSeen = new Map<string, Set<string>>();
  private readonly compass: Set<string>;

  constructor(names: string[]) {
    this.places = this.data.places;
    this.compass = this.data.compass;
    const english = this.data.englishWords;
    const placeSurface = new Map<string, string>();
    for (const name of names) {
      const { surface, keys } = wordsOf(name);
      keys.forEach((word, position) => {
        if (this.places.has(word) && /^[A-Z][a-z]+$/.test(surface[position]) && !placeSurface.has(word)) {
          placeSurface.set(word, surface[position]);
        }
        const group = this.data.decidingGroups.get(word);
        if (group && /^[a-z]+$/.test(group)) {
          const kind = this.compass.has(word) ? 'compass' : 'field';
          this.decidingSeen.set(kind, (this.decidingSeen.get(kind) ?? new Set()).add(group));
        }
      });
      for (const hit of findLongestPhrases(keys, this.data.classTrie)) {
        const phrase = surface.slice(hit.start, hit.end).join(' ');
        const phraseKey = keys.slice(hit.start, hit.end).join(' ');
        const englishPhrase = phrase.split(' ').every((word) => english.has(word.toLowerCase()));
        if (/^[A-Z][a-z]+( [A-Za-z]+){0,2}$/.test(phrase) && englishPhrase && !this.classPhrasesSeen.has(phraseKey)) {
          this.classPhrasesSeen.set(phraseKey, { phrase, set: hit.value });
        }
      }
    }
    this.placesSeen = [...placeSurface.values()].sort();
  }

  /**
   * Up to one confuser of each kind: [kind, name]. `legalFormsKept` (since resol11, group 6): a class phrase the
   * matcher reads as a legal form of `name` ("Company" in "Joint Stock Company …", "Compania", "Co", "Private") is not
   * the one swapped: swapped for a sector word, the name is the entry's own with a class word added in place of its
   * legal form, not plainly another body.
   */
  confusers(name: string, legalFormsKept = false): Array<[string, string]> {
    const { surface, keys } = wordsOf(name);
    const out: Array<[string, string]> = [];
    const swap = (start: number, end: number, by: string) =>
      [...surface.slice(0, start), by, ...surface.slice(end)].join(' ');
    const titled = (word: string, like: string) =>
      like === like.toUpperCase() && like.length > 1
        ? word.toUpperCase()
        : /^\p{Lu}/u.test(like)
          ? word.replace(/\b[a-z]/g, (letter) => letter.toUpperCase())
          : word;
    const place = keys.findIndex((word, position) => this.places.has(word) && /^\p{Lu}/u.test(surface[position]));
    if (place >= 0 && this.placesSeen.length > 1) {
      const others = this.placesSeen.filter((other) => tokenKey(other) !== keys[place]);
      out.push(['place swapped', swap(place, place + 1, others[pick(`place ${name}`, others.length)])]);
    }
    const legal = new Set(legalFormsKept ? readingOf(name)[0] : []);
    const hit = findLongestPhrases(keys, this.data.classTrie).find(
      (one) =>
        /^[\p{L} ]+$/u.test(surface.slice(one.start, one.end).join(' ')) &&
        !keys.slice(one.start, one.end).some((word) => legal.has(word)),
    );
    if (hit) {
      const others = [...this.classPhrasesSeen.values()]
        .filter(
          (other) => !this.data.classSets[other.set].some((group) => this.data.classSets[hit.value].includes(group)),
        )
        .map((other) => other.phrase)
        .sort();
      if (others.length > 0) {
        const other = others[pick(`class ${name}`, others.length)];
        out.push(['class phrase swapped', swap(hit.start, hit.end, titled(other.toLowerCase(), surface[hit.start]))]);
      }
    }
    for (const kind of ['field', 'compass']) {
      const position = keys.findIndex(
        (word) => this.data.decidingGroups.has(word) && this.compass.has(word) === (kind === 'compass'),
      );
      const seen = this.decidingSeen.get(kind);
      if (position < 0 || !seen) {
        continue;
      }
      const own = this.data.decidingGroups.get(keys[position]);
      const others = [...seen].filter((group) => group !== own).sort();
      if (others.length > 0) {
        const other = others[pick(`${kind} ${name}`, others.length)];
        out.push([`${kind} word swapped`, swap(position, position + 1, titled(other, surface[position]))]);
      }
    }
    return out;
  }
}

/** The word keys the matcher reads as a legal form in the organisation name `name` (since resol11). */
function legalFormKeys(name: string): Set<string> {
  const prepared = prepareName(name, 'org');
  return new Set(
    prepared.tokens
      .filter((_token, index) => prepared.kinds[index] === Kind.Legal)
      .map((token) => tokenKey(token.orig)),
  );
}

interface GivenNames {
  sexOf: Map<string, string>;
  bySex: Map<string, string[]>;
}

function givenNames(): GivenNames {
  const sexOf = new Map<string, string>();
  const bySex = new Map<string, string[]>();
  for (const [name, sex] of vocabulary().givenNames) {
    sexOf.set(name, sex);
    bySex.set(sex, [...(bySex.get(sex) ?? []), name]);
  }
  return { sexOf, bySex };
}

/** A listed person's name with its first given name changed to another of the same sex, or null. */
function changedGivenName(name: string, given: GivenNames): string | null {
  const surface = name.split(/\s+/).filter(Boolean);
  const position = surface.findIndex((word) => given.sexOf.has(word.toLowerCase().replace(/[^a-z]/g, '')));
  if (position < 0) {
    return null;
  }
  const own = surface[position].toLowerCase().replace(/[^a-z]/g, '');
  const pool = given.bySex.get(given.sexOf.get(own)!)!;
  let other = pool[pick(`given ${name}`, pool.length)];
  if (other === own) {
    other = pool[(pool.indexOf(other) + 1) % pool.length];
  }
  const word = surface[position];
  const cased = word === word.toUpperCase() ? other.toUpperCase() : other[0].toUpperCase() + other.slice(1);
  surface[position] = cased;
  return surface.join(' ');
}

/**
 * A name's words without function words, in their order: "The X University at Y" and "X University Y" are one
 * name, "University of X" and "X University" are not (two bodies of one place may be named so).
 */
function withoutFunctionWords(name: string): string {
  return key(name)
    .split(' ')
    .filter((word) => word && !vocabulary().functionWords.has(word))
    .join(' ');
}

/**
 * The keys a university's name and a body's name are compared by in group 2: the name (case, accents and
 * punctuation aside), without function words (resol2), and since resol4 with an apostrophe inside a word
 * dropped rather than read as a space ("Hawai'i" = "Hawaii", "Ma'arif" = "Maarif").
 */
function nameKeys(name: string): string[] {
  const joined = name.replace(/(\p{L})['’ʻ`](\p{L})/gu, '$1$2');
  return [key(name), withoutFunctionWords(name), key(joined), withoutFunctionWords(joined), wordBag(name)].filter(
    Boolean,
  );
}

/**
 * Since resol8: a name's words sorted, function words kept ("Tarvel Quarrow University" = "Quarrow Tárvel
 * University", a person's name in either order; "University of X" and "X University" still differ by "of"). Marked
 * so that it meets only another name's sorted words.
 */
function wordBag(name: string): string {
  const words = key(name).split(' ').filter(Boolean);
  return words.length > 0 ? `bag: ${words.sort().join(' ')}` : '';
}

/**
 * Since resol8: wordSet with each deciding word (org_words.yml, a field or compass word) read as its group. The
 * confuser maker swaps such a word for another group's English name, and the name it makes is a body's own when
 * the body writes that group in another form or language ("Colegio de Quarrow North" for "… Norte", "Quarrow
 * Medicine University" for "Quarrow Medical University"): not a confuser.
 */
function groupedWordSet(name: string): string {
  const groups = vocabulary().decidingGroups;
  return key(name)
    .split(' ')
    .filter((word) => word && !vocabulary().functionWords.has(word))
    .map((word) => (groups.has(word) ? `=${groups.get(word)}` : word))
    .sort()
    .join(' ');
}

/**
 * Since resol11 (group 6 only): groupedWordSet with an English plural's "s" dropped from a word of five letters
 * or more ("Structures" = "Structure"): "'<X>' Holding of Defence Structures", made from "… Security Structures", is
 * the entry's own alias "Defense Holding Structure '<X>'" by its deciding group, not a confuser.
 */
function singularGroupedWordSet(name: string): string {
  return groupedWordSet(name)
    .split(' ')
    .map((word) => (word.length >= 5 && /[^s]s$/.test(word) && !word.startsWith('=') ? word.slice(0, -1) : word))
    .sort()
    .join(' ');
}

/** A name's words without function words, sorted: "University of X" and "X University" are one name. */
function wordSet(name: string): string {
  return key(name)
    .split(' ')
    .filter((word) => word && !vocabulary().functionWords.has(word))
    .sort()
    .join(' ');
}

function readCsv<T>(file: string): T[] {
  return parse<T>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

/** The queries of all four groups, from the seed, the registries, the lists in the index and the eval files. */
/** A listed person as the index holds it: its names (display name first) and countries (nationality, citizenship). */
interface ListedPerson {
  id: string;
  names: string[];
  countries: string[];
  birthDates: string[];
}

/** The listed persons of a built index, from its state (names and countries as the index has them). */
function listedPersons(
  state: CandidateIndexState,
  details: ReadonlyMap<string, { type: string; listings: unknown[] }>,
): ListedPerson[] {
  const persons: ListedPerson[] = [];
  const starts = state.tables.entryNameStart;
  state.entityIds.forEach((id, entry) => {
    const detail = details.get(id);
    if (!detail || detail.type !== 'Person' || detail.listings.length === 0) {
      return;
    }
    const countries: string[] = [];
    for (let at = state.countries.start[entry]; at < state.countries.start[entry + 1]; at++) {
      countries.push(state.countries.values[state.countries.ids[at]]);
    }
    const birthDates: string[] = [];
    for (let at = state.birthDates.start[entry]; at < state.birthDates.start[entry + 1]; at++) {
      birthDates.push(state.birthDates.values[state.birthDates.ids[at]]);
    }
    persons.push({ id, names: state.nameRaw.slice(starts[entry], starts[entry + 1]), countries, birthDates });
  });
  return persons.sort((left, right) => left.id.localeCompare(right.id));
}

/** A list entry of an organisation (not a person, vessel or aircraft) as the index holds it (since resol10). */
interface ListedOrganisation {
  id: string;
  name: string;
  countries: string[];
}

/** Schemas of list entries that name no organisation. */
const NOT_ORGANISATIONS = new Set(['Vessel', 'Airplane', 'Vehicle', 'Asset', 'Thing']);

/** The listed organisations of a built index (display name and countries as the index has them), by id. */
function listedOrganisations(
  state: CandidateIndexState,
  details: ReadonlyMap<string, { name: string; type: string; schema: string; listings: unknown[] }>,
): ListedOrganisation[] {
  const out: ListedOrganisation[] = [];
  state.entityIds.forEach((id, entry) => {
    const detail = details.get(id);
    if (!detail || detail.type === 'Person' || NOT_ORGANISATIONS.has(detail.schema) || detail.listings.length === 0) {
      return;
    }
    const countries: string[] = [];
    for (let at = state.countries.start[entry]; at < state.countries.start[entry + 1]; at++) {
      countries.push(state.countries.values[state.countries.ids[at]]);
    }
    out.push({ id, name: detail.name, countries });
  });
  return out.sort((left, right) => left.id.localeCompare(right.id));
}

/** Since resol14: an organisation node of the built index (a body of the graph or a list entry), its names and countries. */
interface IndexBody {
  id: string;
  names: string[];
  countries: string[];
}

/** Since resol14: every node of a built index that is no person, vessel or aircraft, with its names and countries. */
function indexBodies(
  state: CandidateIndexState,
  details: ReadonlyMap<string, { type: string; schema: string }>,
): IndexBody[] {
  const out: IndexBody[] = [];
  const starts = state.tables.entryNameStart;
  state.entityIds.forEach((id, entry) => {
    const detail = details.get(id);
    if (!detail || detail.type === 'Person' || NOT_ORGANISATIONS.has(detail.schema)) {
      return;
    }
    const countries: string[] = [];
    for (let at = state.countries.start[entry]; at < state.countries.start[entry + 1]; at++) {
      countries.push(state.countries.values[state.countries.ids[at]].toUpperCase());
    }
    out.push({ id, names: state.nameRaw.slice(starts[entry], starts[entry + 1]), countries });
  });
  return out;
}

/**
 * Since resol14: the names a record of groups 8 and 9 may be labelled by against the index's nodes: its display name
 * and, when ROR writes its country in brackets after it, the name without them (`withoutBracketedCountry`, as the reference
 * import's name links read it); each only when it is two words or more
 * and eight letters or more (an acronym, or a one-word name, names several bodies of a country).
 */
function labellingNames(name: string): string[] {
  return [name, withoutBracketedCountry(name)].filter(
    (one): one is string => one !== null && key(one).includes(' ') && key(one).length >= 8,
  );
}

/** Function words and legal forms: no part of a name's identity (as `identity-word-spelling.ts` reads names). */
const NOT_IDENTITY: ReadonlySet<number> = new Set([Kind.Stop, Kind.Legal]);

/**
 * The position (in the name's whitespace-split words) of a name's one identity word, when the matcher reads the
 * name (org mode, function words and legal forms aside) as exactly one name word and at least one class word and
 * nothing else ("Quarrow Engineering University"), and that word is written in 4 or more Latin letters; else -1.
 */
function oneIdentityWord(name: string): number {
  const read = nameWords(name, 'org', NOT_IDENTITY);
  const names = read.filter((word) => word.kind === Kind.Name);
  if (
    names.length !== 1 ||
    read.length < 2 ||
    read.some((word) => word.kind !== Kind.Name && word.kind !== Kind.Class)
  ) {
    return -1;
  }
  const surface = name.split(/\s+/);
  const own = names[0].orig.toLowerCase();
  const found = surface.filter((word) => word.replace(/^[("'“]+|[)"'”,.;:]+$/g, '').toLowerCase() === own);
  if (found.length !== 1) {
    return -1;
  }
  const position = surface.findIndex((word) => word.replace(/^[("'“]+|[)"'”,.;:]+$/g, '').toLowerCase() === own);
  return /^[A-Za-z]{4,}$/.test(surface[position].replace(/^[("'“]+|[)"'”,.;:]+$/g, '')) ? position : -1;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Since resol10: a name with its one identity word misspelt by one letter, each kind made once and by hash (so
 * reruns read the same queries): a letter deleted, a letter substituted by another, two unlike neighbouring
 * letters transposed; the first letter is never touched (a misspelling keeps it more often than not). Empty when
 * the name has no one identity word.
 */
function misspellings(name: string): Array<[string, string]> {
  const position = readingOf(name)[1];
  if (position < 0) {
    return [];
  }
  const surface = name.split(/\s+/);
  const raw = surface[position];
  const lead = raw.match(/^[("'“]*/)![0];
  const tail = raw.match(/[)"'”,.;:]*$/)![0];
  const word = raw.slice(lead.length, raw.length - tail.length);
  const upper = word === word.toUpperCase();
  const put = (made: string): string =>
    [...surface.slice(0, position), lead + made + tail, ...surface.slice(position + 1)].join(' ');
  const out: Array<[string, string]> = [];
  const at = 1 + pick(`delete ${name}`, word.length - 1);
  out.push(['a letter deleted', put(word.slice(0, at) + word.slice(at + 1))]);
  const sub = 1 + pick(`substitute ${name}`, word.length - 1);
  const others = LETTERS.replace(word[sub].toLowerCase(), '');
  const letter = others[pick(`letter ${name}`, others.length)];
  out.push([
    'a letter substituted',
    put(word.slice(0, sub) + (upper ? letter.toUpperCase() : letter) + word.slice(sub + 1)),
  ]);
  const pairs = [...Array(word.length - 2).keys()]
    .map((index) => index + 1)
    .filter((index) => word[index].toLowerCase() !== word[index + 1].toLowerCase());
  if (pairs.length > 0) {
    const swap = pairs[pick(`transpose ${name}`, pairs.length)];
    out.push(['two letters transposed', put(word.slice(0, swap) + word[swap + 1] + word[swap] + word.slice(swap + 2))]);
  }
  return out;
}

/** A person's name as a set of words: case, accents, punctuation and word order aside. */
function personWords(name: string): string {
  return words(name).sort().join(' ');
}

/**
 * The bench's labelling of group 5 (resol4): an answer resolved to another listed person's entry is the person
 * expected when the two entries share a name (`personWords`: case, accents, punctuation and word order aside)
 * and no fact of theirs conflicts: the other entry has no country or shares one with the person, and it has no
 * date of birth or shares one. Lists other than the person's own often list it with no country (the resolver's
 * listed-party link then has nothing to agree on): the same name and no conflicting fact is every sign the data gives.
 */
function samePersonByData(other: ListedPerson | undefined, expected: ListedPerson | undefined): boolean {
  if (!other || !expected || other.id === expected.id) {
    return false;
  }
  // A date agrees with another it begins ("1961" and "1961-05-02").
  const shares = (left: string[], right: string[]) =>
    left.length === 0 ||
    right.length === 0 ||
    left.some((value) => right.some((other) => value.startsWith(other) || other.startsWith(value)));
  if (!shares(other.countries, expected.countries) || !shares(other.birthDates, expected.birthDates)) {
    return false;
  }
  const names = new Set(expected.names.map(personWords).filter(Boolean));
  return other.names.some((name) => names.has(personWords(name)));
}

/** "SURNAME, Given Names" as "Given Names SURNAME"; otherwise the last word moved to the front; null for one word. */
function reordered(name: string): string | null {
  const comma = name.indexOf(',');
  if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
    const [surname, given] = [name.slice(0, comma).trim(), name.slice(comma + 1).trim()];
    return surname && given ? `${given} ${surname}` : null;
  }
  const words = name.split(/\s+/).filter(Boolean);
  return words.length < 2 ? null : [words[words.length - 1], ...words.slice(0, -1)].join(' ');
}

/** The name in another case: upper case when it is not, else each word capitalised. */
function recased(name: string): string | null {
  const upper = name.toUpperCase();
  if (upper !== name) {
    return upper;
  }
  const title = name
    .toLowerCase()
    .replace(/(^|[\s,'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return title !== name ? title : null;
}

/**
 * 5. Person positives (resol3): a listed person's other names and the listed name reordered or recased, with
 * and without its own country; the listed name with one of several countries; and with a country not its own
 * (rule 1: expected NOT_FOUND; RESOLVED to the person or one listed party of it is counted right, to any other
 * entry wrong).
 */
function personQueries(persons: readonly ListedPerson[]): Query[] {
  const queries: Query[] = [];
  const seen = new Set<string>();
  const allCountries = [...new Set(persons.flatMap((person) => person.countries))].sort();
  const push = (
    subgroup: string,
    name: string,
    country: string | null,
    right: string[],
    expectsNotFound = false,
  ): void => {
    const k = `${subgroup}\u0001${key(name)}\u0001${country ?? ''}`;
    if (seen.has(k) || !name.trim()) {
      return;
    }
    seen.add(k);
    queries.push({
      group: '5 person positives',
      subgroup,
      name,
      country,
      expected: 'person',
      right,
      ...(expectsNotFound ? { expectsNotFound: true as const } : {}),
    });
  };
  for (const person of persons) {
    const [display, ...others] = person.names;
    const own =
      person.countries.length > 0 ? person.countries[pick(`country ${person.id}`, person.countries.length)] : null;
    for (const other of others) {
      if (key(other) === key(display)) {
        continue;
      }
      push('other name', other, null, [person.id]);
      if (own) {
        push('other name, own country', other, own, [person.id]);
      }
    }
    for (const [subgroup, variant] of [
      ['listed name reordered', reordered(display)],
      ['listed name recased', recased(display)],
    ] as const) {
      if (variant) {
        push(subgroup, variant, null, [person.id]);
        if (own) {
          push(`${subgroup}, own country`, variant, own, [person.id]);
        }
      }
    }
    if (person.countries.length > 1) {
      for (const country of person.countries) {
        push('listed name, one of several countries', display, country, [person.id]);
      }
    }
    if (person.countries.length > 0) {
      const others = allCountries.filter((country) => !person.countries.includes(country));
      if (others.length > 0) {
        // Rule 1 expects NOT_FOUND; RESOLVED to the person (or one listed party of it) is counted right, to any
        // other entry wrong (another list's entry of the same name without a country too: nothing links it).
        push(
          'listed name, a country not its own',
          display,
          others[pick(`other ${person.id}`, others.length)],
          [person.id],
          true,
        );
      }
    }
  }
  return queries;
}

async function buildQueries(
  personNames: Map<string, string>,
  persons: readonly ListedPerson[],
  listed: readonly ListedOrganisation[],
  indexNames: readonly string[],
  bodies: readonly IndexBody[] = [],
): Promise<Query[]> {
  const queries: Query[] = [];
  const ror = readJsonGz<RawRor[]>(join('seed', 'reference', 'ror-v2-records.json.gz')).filter(
    (record) => record.status === 'active',
  );
  const rorId = (record: RawRor) => rorEntityId(record.id.replace('https://ror.org/', ''));
  // Every name of a body in the graph, normalised: confusers must not be one of them.
  const bodyNames = new Set<string>();
  const allRor = readJsonGz<RawRor[]>(join('seed', 'reference', 'ror-v2-records.json.gz'));
  allRor.forEach((record) =>
    record.names.forEach((name) => {
      bodyNames.add(key(name.value));
      bodyNames.add(wordSet(name.value));
      bodyNames.add(groupedWordSet(name.value));
    }),
  );
  const tracker = JSON.parse(
    readFileSync(findUp(join('seed', 'data', 'china-defence-universities.json'), __dirname), 'utf8'),
  ) as {
    values: Array<{ uuid: string; value: string; meta: { aliases?: string[] } }>;
  };
  const curated = JSON.parse(
    readFileSync(findUp(join('seed', 'curated', 'china-state-structure.json'), __dirname), 'utf8'),
  ) as {
    entities: Array<{ id: string; label: string; name: string; aliases?: string[]; country?: string[] }>;
  };
  // Normalised name → the bodies of that name, each with its country ('' when unknown).
  const nameOwners = new Map<string, Map<string, string>>();
  const own = (name: string, id: string, country: string | null) => {
    // Since resol2: also without function words, order kept ("The X University at Y" = "X University Y").
    for (const k of new Set(nameKeys(name))) {
      nameOwners.set(k, (nameOwners.get(k) ?? new Map<string, string>()).set(id, (country ?? '').toUpperCase()));
    }
    const k = key(name);
    bodyNames.add(k);
    bodyNames.add(wordSet(name));
    bodyNames.add(groupedWordSet(name));
  };
  for (const record of ror) {
    record.names.forEach((name) => own(name.value, rorId(record), countryOfRor(record)));
  }
  for (const value of tracker.values) {
    [value.value, value.value.replace(/\s*\(.*\)\s*$/, ''), ...(value.meta.aliases ?? [])].forEach((name) =>
      own(name, trackerEntityId(value.uuid), 'CN'),
    );
  }
  for (const entity of curated.entities) {
    [entity.name, ...(entity.aliases ?? [])].forEach((name) => own(name, entity.id, entity.country?.[0] ?? null));
  }
  const registry = await readFundrefRegistry();
  // A funder's entity: its own, or the ROR entity the import joins it to (the crosswalk's record, or a
  // seeded record that carries its id); all of them count as the funder's body.
  const rorOfFunder = new Map<string, Set<string>>();
  for (const record of allRor) {
    for (const external of record.external_ids ?? []) {
      if (external.type === 'fundref') {
        external.all.forEach((id) => rorOfFunder.set(id, (rorOfFunder.get(id) ?? new Set()).add(rorId(record))));
      }
    }
  }
  const funderBody = (funderId: string): string[] => {
    const mapped = registry.rorIdOf[funderId];
    return [
      ...new Set([
        funderEntityId(funderId),
        ...(mapped ? [rorEntityId(mapped.replace('https://ror.org/', ''))] : []),
        ...(rorOfFunder.get(funderId) ?? []),
      ]),
    ];
  };
  for (const funder of registry.funders) {
    const country = registry.countryOf(funder);
    funder.names.forEach((name) =>
      funderBody(funder.funderId).forEach((id) => own(name.value, id, /^[A-Z]{2}$/.test(country) ? country : null)),
    );
  }

  // 1. Others' names of bodies in the graph.
  for (const record of ror) {
    const display = record.names.find((name) => name.types.includes('ror_display'))?.value;
    for (const name of record.names) {
      if (name.types.includes('ror_display') || name.value === display) {
        continue;
      }
      const type = name.types.includes('acronym') ? 'acronym' : name.types.includes('alias') ? 'alias' : 'label';
      queries.push({
        group: '1 others names of bodies in the graph',
        subgroup: `ROR ${type}`,
        name: name.value,
        country: countryOfRor(record),
        expected: 'organisation',
        right: [rorId(record)],
      });
    }
  }
  // Since rules 1.163.0 the seed writes a tracker alias that names a unit of its body (unit-aliases.ts) as that unit,
  // PART_OF the body: such an alias's right answer is the unit the seed made of it.
  const seedGraph = buildSeedGraph(tracker, curated);
  const seededById = new Map(seedGraph.entities.map((entity) => [entity.id, entity]));
  const unitOfName = new Map<string, string>();
  for (const relationship of seedGraph.relationships) {
    const unit = seededById.get(relationship.fromId);
    if (relationship.type === 'PART_OF' && unit !== undefined) {
      for (const name of [unit.name, ...unit.aliases]) {
        unitOfName.set(`${relationship.toId}|${name}`, unit.id);
      }
    }
  }
  for (const value of tracker.values) {
    const bodyId = trackerEntityId(value.uuid);
    const body = seededById.get(bodyId);
    for (const alias of value.meta.aliases ?? []) {
      const written = cleanText(alias);
      const unitId =
        body === undefined || body.aliases.includes(written)
          ? undefined
          : unitOfName.get(`${bodyId}|${unitAliasNames(written).name}`);
      queries.push({
        group: '1 others names of bodies in the graph',
        subgroup: 'tracker alias',
        name: alias,
        country: 'CN',
        expected: 'organisation',
        right: [unitId ?? bodyId],
      });
    }
  }
  for (const funder of registry.funders) {
    const country = registry.countryOf(funder);
    for (const name of funder.names) {
      if (name.value === funder.name) {
        continue;
      }
      queries.push({
        group: '1 others names of bodies in the graph',
        subgroup: `Funder Registry ${name.types.includes('acronym') ? 'acronym' : 'other name'}`,
        name: name.value,
        country: /^[A-Z]{2}$/.test(country) ? country : null,
        expected: 'organisation',
        right: funderBody(funder.funderId),
      });
    }
  }

  // 2. Real bodies not in the graph (unless their domain or name is a seeded record's).
  const byHost = new Map<string, Set<string>>();
  for (const record of ror) {
    const hosts = [...(record.domains ?? []), ...(record.links ?? []).map((link) => link.value)].map(hostOf);
    for (const host of hosts.filter(Boolean)) {
      byHost.set(host, (byHost.get(host) ?? new Set()).add(rorId(record)));
    }
  }
  const universities = JSON.parse(
    readFileSync(findUp(join('bench', 'data', 'universities-dev.json'), __dirname), 'utf8'),
  ) as Array<{
    name: string;
    alpha_two_code: string;
    domains?: string[];
    web_pages?: string[];
  }>;
  for (const university of universities) {
    // A body of the same name is this university only in the same country (or where its country is unknown).
    const code = university.alpha_two_code?.toUpperCase() ?? '';
    const right = new Set<string>(
      nameKeys(university.name)
        .flatMap((k) => [...(nameOwners.get(k) ?? new Map<string, string>())])
        .filter(([, country]) => !country || !code || country === code)
        .map(([id]) => id),
    );
    for (const host of [...(university.domains ?? []), ...(university.web_pages ?? [])].map(hostOf)) {
      byHost.get(host)?.forEach((id) => right.add(id));
    }
    queries.push({
      group: '2 real bodies not in the graph',
      subgroup: right.size > 0 ? 'university in the graph (domain or name)' : 'university not in the graph',
      name: university.name,
      country: university.alpha_two_code?.toUpperCase() || null,
      expected: 'organisation',
      right: [...right],
    });
  }

  // 8 (since resol12). Real universities not in the graph, from the registry itself: ROR's active education records
  // that the seed leaves out (bench/data/ror-education-not-seeded.json.gz, see bench/data/NOTICE.md), each by its
  // display name with its country; labelled as group 2 (a body of the graph of the same name and country, or whose
  // domain or website is the record's, is expected; any other RESOLVED is wrong).
  const notSeeded = readJsonGz<
    Array<{ id: string; name: string; country: string; hosts: string[]; fundref?: string[] }>
  >(join('bench', 'data', 'ror-education-not-seeded.json.gz'));
  // A record the seed leaves out may still be in the graph: as a relationship's target (a placeholder named by the
  // relationship) or as the body the Funder Registry's crosswalk joins a funder to. Resolved to itself, it is right.
  const graphRorIds = new Set<string>([
    ...allRor.flatMap((record) => (record.relationships ?? []).map((relation) => relation.id)),
    ...Object.values(registry.rorIdOf),
  ]);
  // 9 (since resol13). The same of ROR's other types: active records with no type `education` (facility, healthcare,
  // government, nonprofit, company, archive, funder, other) that the seed leaves out
  // (bench/data/ror-other-types-not-seeded.json.gz, the same builder with --other-types), labelled as group 8.
  const otherNotSeeded = readJsonGz<
    Array<{ id: string; name: string; country: string; hosts: string[]; fundref?: string[] }>
  >(join('bench', 'data', 'ror-other-types-not-seeded.json.gz'));
  // Since resol14: every organisation node of the index (a body of the graph, a funder, a tracker unit, a list entry)
  // by its names, with its countries; only nodes with a country: a record's name is another node's only in the
  // record's own country, known on both sides.
  const indexOwners = new Map<string, Map<string, string[]>>();
  for (const body of bodies) {
    if (body.countries.length === 0) {
      continue;
    }
    for (const name of body.names) {
      for (const k of new Set(nameKeys(name))) {
        indexOwners.set(k, (indexOwners.get(k) ?? new Map<string, string[]>()).set(body.id, body.countries));
      }
    }
  }
  /**
   * Since resol14 (groups 8 and 9): the nodes a record is labelled by beyond group 2's labelling, each with why: the
   * funders the graph holds under the record's own Funder Registry ids (ROR's external ids; the reference import joins
   * them to the record when the graph holds it, and these records it does not hold), and a node of the index holding
   * the record's name (two words or more; the country ROR writes in brackets after a company's name set aside) in the
   * record's country.
   */
  const registryIds = new Set(registry.funders.map((funder) => funder.funderId));
  const labelledSince14 = (record: { name: string; country: string; fundref?: string[] }): Map<string, string> => {
    const out = new Map<string, string>();
    for (const funderId of record.fundref ?? []) {
      if (registryIds.has(funderId)) {
        funderBody(funderId).forEach((id) => out.set(id, `the record's Funder Registry id ${funderId}`));
      }
    }
    for (const name of labellingNames(record.name)) {
      for (const k of nameKeys(name)) {
        for (const [id, countries] of indexOwners.get(k) ?? []) {
          if (countries.includes(record.country.toUpperCase()) && !out.has(id)) {
            out.set(id, `a name "${name}" of the node in the record's country`);
          }
        }
      }
    }
    return out;
  };
  for (const [group, records, inGraph, notInGraph] of [
    [
      ROR_NOT_SEEDED,
      notSeeded,
      'ROR university in the graph (itself, domain or name)',
      'ROR university not in the graph',
    ],
    [
      ROR_OTHER_NOT_SEEDED,
      otherNotSeeded,
      'ROR body in the graph (itself, domain or name)',
      'ROR body not in the graph',
    ],
  ] as const) {
    for (const record of records) {
      const code = record.country.toUpperCase();
      const right = new Set<string>(
        nameKeys(record.name)
          .flatMap((k) => [...(nameOwners.get(k) ?? new Map<string, string>())])
          .filter(([, country]) => !country || country === code)
          .map(([id]) => id),
      );
      if (graphRorIds.has(record.id)) {
        right.add(rorEntityId(record.id.replace('https://ror.org/', '')));
      }
      for (const host of record.hosts) {
        byHost.get(host)?.forEach((id) => right.add(id));
      }
      const since14 = new Map([...labelledSince14(record)].filter(([id]) => !right.has(id)));
      since14.forEach((_, id) => right.add(id));
      queries.push({
        group,
        subgroup: right.size > 0 ? inGraph : notInGraph,
        name: record.name,
        country: code,
        expected: 'organisation',
        right: [...right],
        ...(since14.size > 0 ? { labelledSince14: since14 } : {}),
      });
    }
  }

  // 3. Made-up confusers made from the graph.
  const sources: Array<{ name: string; country: string | null }> = [
    ...ror.map((record) => ({
      name: record.names.find((name) => name.types.includes('ror_display'))?.value ?? record.names[0].value,
      country: countryOfRor(record),
    })),
    ...tracker.values.map((value) => ({ name: value.value.replace(/\s*\(.*\)\s*$/, ''), country: 'CN' })),
  ];
  const maker = new ConfuserMaker(sources.map((source) => source.name));
  const madeUp = new Set<string>();
  for (const source of sources) {
    for (const [kind, name] of maker.confusers(source.name)) {
      const k = key(name);
      if (bodyNames.has(k) || bodyNames.has(wordSet(name)) || bodyNames.has(groupedWordSet(name)) || madeUp.has(k)) {
        continue;
      }
      madeUp.add(k);
      queries.push({
        group: '3 made-up confusers',
        subgroup: kind,
        name,
        country: source.country,
        expected: 'organisation',
        right: [],
      });
    }
  }

  // 6 and 7 (since resol10): queries made from the list entries' organisation names. None may be a name the index
  // holds (a body's of the graph or a list entry's, normalised as group 3 compares them).
  const indexKeys = new Set<string>(bodyNames);
  for (const name of indexNames) {
    indexKeys.add(key(name));
    indexKeys.add(wordSet(name));
    indexKeys.add(groupedWordSet(name));
    indexKeys.add(`singular: ${singularGroupedWordSet(name)}`);
  }
  const isIndexName = (name: string) =>
    indexKeys.has(key(name)) || indexKeys.has(wordSet(name)) || indexKeys.has(groupedWordSet(name));
  // Group 6 only: a misspelling of group 7 may drop a name's last "s" ("Tigris" → "Tigri"), no plural.
  const isIndexNameSingular = (name: string) =>
    isIndexName(name) || indexKeys.has(`singular: ${singularGroupedWordSet(name)}`);
  const countryOf = (entry: ListedOrganisation) =>
    entry.countries.length > 0 ? entry.countries[pick(`country ${entry.id}`, entry.countries.length)] : null;
  const madeFromListed = new Set<string>();
  for (const entry of listed) {
    // 6. Confusers: one place, class phrase, field or compass word swapped (group 3's maker). RESOLVED = wrong.
    for (const [kind, name] of maker.confusers(entry.name, true)) {
      if (isIndexNameSingular(name) || madeUp.has(key(name)) || madeFromListed.has(`6 ${key(name)}`)) {
        continue;
      }
      madeFromListed.add(`6 ${key(name)}`);
      queries.push({
        group: '6 confusers made from list entries',
        subgroup: kind,
        name,
        country: countryOf(entry),
        expected: 'organisation',
        right: [],
        source: entry.name,
      });
    }
    // 7. The one identity word misspelt by one letter: right = RESOLVED to the entry (or its SAME_AS or listed
    // party), or AMBIGUOUS / NOT_FOUND with the entry among the candidates (a possible match); wrong otherwise.
    for (const [kind, name] of misspellings(entry.name)) {
      if (isIndexName(name) || madeFromListed.has(`7 ${key(name)}`)) {
        continue;
      }
      madeFromListed.add(`7 ${key(name)}`);
      queries.push({
        group: LISTED_MISSPELT,
        subgroup: kind,
        name,
        country: countryOf(entry),
        expected: 'organisation',
        right: [entry.id],
        source: entry.name,
      });
    }
  }

  // 4. People.
  const given = givenNames();
  const listedKeys = new Set([...personNames.keys()].map(key));
  for (const [name, id] of personNames) {
    queries.push({
      group: '4 people',
      subgroup: 'listed person, own name',
      name,
      country: null,
      expected: 'person',
      right: [id],
    });
    const changed = changedGivenName(name, given);
    if (changed && !listedKeys.has(key(changed))) {
      queries.push({
        group: '4 people',
        subgroup: 'listed person, one given name changed',
        name: changed,
        country: null,
        expected: 'person',
        right: [],
      });
    }
  }
  for (const file of ['screening-negatives-global-1k.csv', 'screening-negatives-us-1k.csv']) {
    for (const row of readCsv<{ full_name: string }>(findUp(join('bench', 'data', file), __dirname))) {
      queries.push({
        group: '4 people',
        subgroup: 'screening negatives',
        name: row.full_name,
        country: null,
        expected: 'person',
        right: [],
      });
    }
  }
  queries.push(...personQueries(persons));
  const kept = capped(queries);
  // Since res18: groups 2, 8 and 9 also without the country, the same queries (after the cap), the same labels.
  return [
    ...kept,
    ...kept
      .filter((query) => READ_WITHOUT_COUNTRY.has(query.group) && query.country !== null)
      .map((query) => ({
        ...query,
        subgroup: `${query.subgroup}${WITHOUT_COUNTRY}`,
        country: null,
        countryLeftOut: query.country!,
      })),
  ];
}

/**
 * Since res18: a resolution of a query read without its country is an exact namesake when the body resolved to holds
 * the query's name (case, accents and punctuation aside) and is of another country than the record's (known), and no
 * body of the index of that name is of the record's country: nothing in the request can tell the two apart. Counted
 * on its own line ("namesake, no country to tell"), not in the wrong-body figure.
 */
function namesakeOf(
  query: Query,
  resolution: PartyResolution,
  bodyById: ReadonlyMap<string, IndexBody>,
  bodiesByName: ReadonlyMap<string, readonly IndexBody[]>,
): boolean {
  if (!query.countryLeftOut || resolution.status !== ResolutionStatus.RESOLVED) {
    return false;
  }
  const name = key(query.name);
  const resolved = bodyById.get(resolution.entityId!);
  const holdsName =
    key(resolution.matchedName ?? '') === name || (resolved?.names ?? []).some((one) => key(one) === name);
  const countries = resolved?.countries ?? [];
  return (
    holdsName &&
    countries.length > 0 &&
    !countries.includes(query.countryLeftOut) &&
    !(bodiesByName.get(name) ?? []).some((body) => body.countries.includes(query.countryLeftOut!))
  );
}

/** The query's country as a line shows it; since res18 a country left out is shown as the record's. */
function countryOf(query: Query): string {
  return query.country
    ? ` (${query.country})`
    : query.countryLeftOut
      ? ` (no country given; the record's ${query.countryLeftOut})`
      : '';
}

function line(outcome: Outcome): string {
  const { query, resolution } = outcome;
  const runnerUp = resolution.runnerUp;
  const margin = runnerUp && resolution.score !== null ? (resolution.score - runnerUp.score).toFixed(3) : '-';
  const best = resolution.candidates.find((candidate) => candidate.entityId === resolution.entityId);
  if (resolution.status !== ResolutionStatus.RESOLVED) {
    // Group 7 (since resol10): a possible match without the entry among its candidates.
    const first = resolution.candidates[0];
    return (
      `"${query.name}"${countryOf(query)} ${resolution.status}, ${resolution.candidates.length} candidates, best ${first ? `${first.entityId} "${first.name}" ${first.score.toFixed(3)}` : 'none'}` +
      `; expected ${query.right.join(' or ')} "${query.source ?? '?'}"`
    );
  }
  return (
    `"${query.name}"${countryOf(query)} → ${resolution.entityId} "${best?.name ?? '?'}" via "${resolution.matchedName}" ${resolution.score?.toFixed(3)}` +
    `; runner-up ${runnerUp ? `${runnerUp.entityId} "${runnerUp.name}" ${runnerUp.score.toFixed(3)}` : 'none'}; margin ${margin}` +
    (query.right.length > 0 ? `; expected ${query.right.join(' or ')}` : '') +
    (query.source ? `; made from "${query.source}"` : '')
  );
}

interface Tally {
  n: number;
  right: number;
  wrong: number;
  ambiguous: number;
  notFound: number;
  /** Since res18: resolutions of a query without its country to an exact namesake of another country (`namesakeOf`). */
  namesake: number;
}

function tallyOf(outcomes: Outcome[]): Tally {
  return {
    namesake: outcomes.filter((outcome) => outcome.verdict === 'namesake').length,
    n: outcomes.length,
    right: outcomes.filter((outcome) => outcome.verdict === 'right').length,
    wrong: outcomes.filter((outcome) => outcome.verdict === 'wrong').length,
    ambiguous: outcomes.filter((outcome) => outcome.verdict === 'ambiguous').length,
    notFound: outcomes.filter((outcome) => outcome.verdict === 'not found').length,
  };
}

function tallyLine(label: string, t: Tally): string {
  const perThousand = t.n === 0 ? 0 : (1000 * t.wrong) / t.n;
  return (
    `  ${label.padEnd(58)} n ${String(t.n).padStart(6)}  right ${String(t.right).padStart(6)}  wrong ${String(t.wrong).padStart(4)} (${perThousand.toFixed(1).padStart(5)} per 1,000)  ambiguous ${String(t.ambiguous).padStart(5)}  not found ${String(t.notFound).padStart(6)}` +
    (t.namesake > 0 ? `  namesake, no country to tell ${String(t.namesake).padStart(4)}` : '')
  );
}

/** Since res26: a part's answers split by `answerabilityOf`; the not answerable ones also counted by why. */
interface AnswerabilityTally {
  /**
   * Counted by `splitVerdict` (since res27): a NOT_FOUND the query expects is right; `notFoundExpected` says how many
   * of the right answers are such a NOT_FOUND (the group line counts them as not found, as before).
   */
  answerable: Tally & { notFoundExpected: number };
  /** Right is 0 by construction (a right answer is a body the index holds); wrong and namesake are RESOLVED answers. */
  notAnswerable: Tally & { why: Record<NotAnswerableReason, number> };
}

const NOT_ANSWERABLE_REASONS: readonly NotAnswerableReason[] = [
  'not indexed',
  'placeholder',
  'absent',
  'no body expected',
];

function answerabilityTallyOf(outcomes: Outcome[]): AnswerabilityTally {
  const not = outcomes.filter((outcome) => !outcome.answerability.answerable);
  const why = Object.fromEntries(
    NOT_ANSWERABLE_REASONS.map((reason) => [
      reason,
      not.filter((outcome) => !outcome.answerability.answerable && outcome.answerability.why === reason).length,
    ]),
  ) as Record<NotAnswerableReason, number>;
  const answerable = outcomes.filter((outcome) => outcome.answerability.answerable);
  return {
    answerable: {
      ...tallyOf(
        answerable.map((outcome) => ({
          ...outcome,
          verdict: splitVerdict(outcome.verdict, outcome.query.expectsNotFound === true),
        })),
      ),
      notFoundExpected: answerable.filter(
        (outcome) => outcome.query.expectsNotFound === true && outcome.verdict === 'not found',
      ).length,
    },
    notAnswerable: { ...tallyOf(not), why },
  };
}

/** The two lines under a group or total line: its answerable queries, and the others with their honest NOT_FOUND. */
function answerabilityLines(label: string, t: AnswerabilityTally): string[] {
  const not = t.notAnswerable;
  const whys = NOT_ANSWERABLE_REASONS.filter((reason) => not.why[reason] > 0)
    .map((reason) => `${reason} ${not.why[reason]}`)
    .join(', ');
  return [
    tallyLine(`${label}answerable by name`, t.answerable) +
      (t.answerable.notFoundExpected > 0
        ? `  (right: ${t.answerable.notFoundExpected} a NOT_FOUND the query expects)`
        : ''),
    `  ${`${label}not answerable by name`.padEnd(58)} n ${String(not.n).padStart(6)}  NOT_FOUND (the honest answer) ${String(not.notFound).padStart(6)}  RESOLVED (a wrong body) ${String(not.wrong).padStart(4)}` +
      (not.namesake > 0 ? ` (+${not.namesake} namesake)` : '') +
      `  AMBIGUOUS ${String(not.ambiguous).padStart(5)}` +
      (not.right > 0 ? `  RIGHT ${not.right} (a labelling error: read these)` : '') +
      (whys ? `  [${whys}]` : ''),
  ];
}

/**
 * Since res26: the graph's nodes of the ids the queries expect (each once), with their own names, placeholder marks and
 * current SAME_AS links, read in pages: what `answerabilityOf` labels the queries by.
 */
async function findExpectedNodes(neo4j: Neo4jService, ids: readonly string[]): Promise<Map<string, ExpectedNode>> {
  const wanted = [...new Set(ids)].sort();
  const nodes = new Map<string, ExpectedNode>();
  for (let start = 0; start < wanted.length; start += 5000) {
    const rows = await neo4j.read('bench/find-expected-nodes', { ids: wanted.slice(start, start + 5000) });
    for (const row of rows) {
      nodes.set(String(row.id), {
        id: String(row.id),
        name: typeof row.name === 'string' ? row.name : null,
        unresolved: row.unresolved === true,
        sameAs: Array.isArray(row.sameAs) ? row.sameAs.map(String) : [],
      });
    }
  }
  return nodes;
}

async function main(): Promise<void> {
  const config = await freshQualityDatabase();
  const manifestFile = findUp(join('seed', 'watchlists.json'), __dirname);
  await withDatabase(config, async () => {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    try {
      const { snapshot } = await prepareGraphAsStart(context, manifestFile);
      const personNames = new Map<string, string>();
      for (const [id, details] of [...snapshot.details.entries()].sort(([left], [right]) =>
        left.localeCompare(right),
      )) {
        if (details.type === 'Person' && details.listings.length > 0 && !personNames.has(details.name)) {
          personNames.set(details.name, id);
        }
      }
      const state = snapshot.index.toState();
      const persons = listedPersons(state, snapshot.details);
      const personById = new Map(persons.map((person) => [person.id, person]));
      const relabelled: Outcome[] = [];
      /** Since resol14: answers right only by the labelling resol14 adds (labelledSince14), with why. */
      const relabelled14: Array<{ outcome: Outcome; why: string }> = [];
      /** Since rules 1.104.0: answers resolved to another entry that the resolver itself shows as the same listed party. */
      const byOwnLink: Outcome[] = [];
      const listed = listedOrganisations(state, snapshot.details);
      if (process.env.RESOLUTION_VOCABULARY_WRITE) {
        // Since resol16: a new version of the generators' vocabulary, made deliberately from today's tables.
        const rules = JSON.parse(
          readFileSync(findUp(join('src', 'risk', 'rules', 'risk-rules.v1.json'), __dirname), 'utf8'),
        ) as { version: string };
        const path = writeResolutionVocabulary(
          process.env.RESOLUTION_VOCABULARY_WRITE,
          rules.version,
          listed.map((entry) => entry.name),
          (name) => [[...legalFormKeys(name)], oneIdentityWord(name)],
        );
        console.log(`Query vocabulary ${process.env.RESOLUTION_VOCABULARY_WRITE} written from today's tables: ${path}`);
      }
      const bodies = indexBodies(state, snapshot.details);
      const queries = await buildQueries(personNames, persons, listed, state.nameRaw, bodies);
      // Since res18: the index's bodies by id and by name (case, accents and punctuation aside), for `namesakeOf`.
      const bodyById = new Map(bodies.map((body) => [body.id, body]));
      const bodiesByName = new Map<string, IndexBody[]>();
      for (const body of bodies) {
        for (const name of new Set(body.names.map(key))) {
          bodiesByName.set(name, [...(bodiesByName.get(name) ?? []), body]);
        }
      }
      console.log(
        `Query vocabulary: ${vocabulary().version} (bench/data/resolution-vocabulary.${VOCABULARY_VERSION}.json.gz); listed names read by today's matcher, not held by it: ${readLive.size}`,
      );
      if (process.env.RESOLUTION_QUERIES_OUT) {
        // Since resol16: the query list (both halves, one line each, sorted), so a change of the generators or their
        // vocabulary can be proven to leave the queries as they are (compare two lists; read no held-out line).
        writeFileSync(
          process.env.RESOLUTION_QUERIES_OUT,
          queries
            .map((query) =>
              [
                query.group,
                query.subgroup,
                query.name,
                query.country ?? '',
                [...query.right].sort().join(' '),
                query.source ?? '',
              ].join('\t'),
            )
            .sort()
            .join('\n') + '\n',
        );
        console.log(`query list (${queries.length}) written to ${process.env.RESOLUTION_QUERIES_OUT}`);
        if (process.env.RESOLUTION_QUERIES_ONLY === '1') {
          return;
        }
      }
      const resolver = context.get(EntityResolverService);
      const repository = context.get(RiskRepository);
      // Since res26: each query labelled answerable or not by what the graph and the index hold of its body.
      const expectedIds = new Set(
        queries.filter((query) => HELD_OUT || half(query.name) === 'dev').flatMap((query) => query.right),
      );
      const expectedNodes = await findExpectedNodes(context.get(Neo4jService), [...expectedIds]);
      const indexedIds = new Set(state.entityIds);
      const placeholders = [...expectedNodes.values()].filter(isPlaceholder).length;
      console.log(
        `Answerability (res26): ${expectedIds.size} ids expected by the queries run; the graph holds ${expectedNodes.size} of them (${placeholders} without a name of their own), the index ${[...expectedIds].filter((id) => indexedIds.has(id)).length}`,
      );
      const outcomes: Outcome[] = [];
      const resolveStarted = Date.now();
      for (const query of queries) {
        const halfOf = half(query.name);
        if (halfOf === 'heldout' && !HELD_OUT) {
          continue;
        }
        const resolution = await resolver.resolve({ name: query.name, country: query.country }, query.expected);
        const answerability = answerabilityOf(query.right, expectedNodes, (id) => indexedIds.has(id));
        let verdict: Outcome['verdict'] =
          resolution.status === ResolutionStatus.AMBIGUOUS
            ? 'ambiguous'
            : resolution.status === ResolutionStatus.NOT_FOUND
              ? 'not found'
              : 'wrong';
        if (resolution.status === ResolutionStatus.RESOLVED && query.right.length > 0) {
          const resolved = resolution.entityId!;
          const sameBody = resolution.candidates.some(
            (candidate) => query.right.includes(candidate.entityId) && candidate.sameBodyAsBest,
          );
          if (query.right.includes(resolved) || sameBody) {
            verdict = 'right';
            if (!query.right.includes(resolved) && query.group === '5 person positives') {
              byOwnLink.push({ query, resolution, verdict, answerability });
            }
          } else {
            const links = await repository.findSameAsLinks([resolved, ...query.right]);
            if (links.some(([left, right]) => left === resolved || right === resolved)) {
              verdict = 'right';
            }
            if (
              verdict === 'wrong' &&
              query.group === '5 person positives' &&
              query.right.some((id) => samePersonByData(personById.get(resolved), personById.get(id)))
            ) {
              verdict = 'right';
              relabelled.push({ query, resolution, verdict, answerability });
            }
          }
        }
        if (query.group === LISTED_MISSPELT && resolution.status !== ResolutionStatus.RESOLVED) {
          // Since resol10: a possible match is right when the entry (or a SAME_AS of it) is among the candidates;
          // without it the answer is a miss (not found, ambiguous), not a resolution to a different body.
          const shown = resolution.candidates.map((candidate) => candidate.entityId);
          let among = shown.some((id) => query.right.includes(id));
          if (!among && shown.length > 0) {
            const links = await repository.findSameAsLinks([...query.right, ...shown]);
            among = links.some(([left, right]) => query.right.includes(left) !== query.right.includes(right));
          }
          if (among) {
            verdict = 'right';
          }
        }
        if (verdict === 'right' && query.labelledSince14 && resolution.status === ResolutionStatus.RESOLVED) {
          // Right only by resol14's labels: the answer is neither an older label nor a body shown as the same as one.
          const older = query.right.filter((id) => !query.labelledSince14!.has(id));
          const byOlder =
            older.includes(resolution.entityId!) ||
            resolution.candidates.some((candidate) => older.includes(candidate.entityId) && candidate.sameBodyAsBest) ||
            (older.length > 0 &&
              (await repository.findSameAsLinks([resolution.entityId!, ...older])).some(
                ([left, right]) => left === resolution.entityId || right === resolution.entityId,
              ));
          if (!byOlder) {
            const why =
              query.labelledSince14.get(resolution.entityId!) ??
              [...query.labelledSince14.entries()].map(([id, reason]) => `${id}: ${reason}`).join('; ');
            relabelled14.push({ outcome: { query, resolution, verdict, answerability }, why });
          }
        }
        if (verdict === 'wrong' && namesakeOf(query, resolution, bodyById, bodiesByName)) {
          verdict = 'namesake';
        }
        outcomes.push({ query, resolution, verdict, answerability });
      }
      const seconds = (Date.now() - resolveStarted) / 1000;
      const shown = HELD_OUT ? ['dev', 'heldout'] : ['dev'];
      console.log(
        `\n=== Resolution: ${outcomes.length} names resolved through EntityResolverService.resolve in ${seconds.toFixed(1)} s (${((1000 * seconds) / Math.max(outcomes.length, 1)).toFixed(1)} ms each)`,
      );
      console.log(
        `  at most ${PER_SUBGROUP} queries a subgroup (by hash); halves by a hash of the query; query vocabulary ${vocabulary().version}`,
      );
      const results: Record<string, unknown> = {};
      for (const part of shown) {
        const inPartAll = outcomes.filter((outcome) => half(outcome.query.name) === part);
        // Since res18: the group and "all groups" lines count the queries as given (with their country, as before), so
        // figures compare with earlier runs; the subgroups "… without country" are printed under their group and
        // summed on lines of their own.
        const inPart = inPartAll.filter((outcome) => !outcome.query.countryLeftOut);
        const leftOut = inPartAll.filter((outcome) => outcome.query.countryLeftOut);
        console.log(`\n${part === 'dev' ? 'Dev half (in-sample)' : 'Held-out half (figures only)'}:`);
        const groups = [...new Set(inPartAll.map((outcome) => outcome.query.group))].sort();
        const partResults: Record<string, unknown> = {};
        // Since res26: each group and total also split by whether its queries are answerable by name.
        const answerability: Record<string, AnswerabilityTally> = {};
        const printAnswerability = (label: string, indent: string, outcomes: Outcome[]): void => {
          answerability[label] = answerabilityTallyOf(outcomes);
          answerabilityLines(indent, answerability[label]).forEach((text) => console.log(text));
        };
        for (const group of groups) {
          const inGroup = inPart.filter((outcome) => outcome.query.group === group);
          console.log(tallyLine(group, tallyOf(inGroup)));
          partResults[group] = tallyOf(inGroup);
          printAnswerability(group, '  ', inGroup);
          const inGroupAll = inPartAll.filter((outcome) => outcome.query.group === group);
          const withoutCountry = inGroupAll.filter((outcome) => outcome.query.countryLeftOut);
          if (withoutCountry.length > 0) {
            printAnswerability(`${group}${WITHOUT_COUNTRY}`, `  without country: `, withoutCountry);
          }
          for (const subgroup of [...new Set(inGroupAll.map((outcome) => outcome.query.subgroup))].sort()) {
            const inSubgroup = inGroupAll.filter((outcome) => outcome.query.subgroup === subgroup);
            console.log(tallyLine(`  ${subgroup}`, tallyOf(inSubgroup)));
            partResults[`${group} / ${subgroup}`] = tallyOf(inSubgroup);
          }
        }
        console.log(tallyLine('all groups (queries as given)', tallyOf(inPart)));
        printAnswerability('all', '  ', inPart);
        console.log(tallyLine('groups 2, 8, 9 without country', tallyOf(leftOut)));
        printAnswerability('groups 2, 8, 9 without country', '  ', leftOut);
        console.log(tallyLine('all groups and the queries without country', tallyOf(inPartAll)));
        printAnswerability('all with the queries without country', '  ', inPartAll);
        partResults['groups 2, 8, 9 without country'] = tallyOf(leftOut);
        partResults['all with the queries without country'] = tallyOf(inPartAll);
        partResults.answerability = answerability;
        // Since resol10: group 7's right answers by status (a possible match is NOT_FOUND or AMBIGUOUS, the entry shown).
        const misspelt = inPart.filter((outcome) => outcome.query.group === LISTED_MISSPELT);
        const byStatus = (status: ResolutionStatus, verdict: Outcome['verdict']) =>
          misspelt.filter((outcome) => outcome.resolution.status === status && outcome.verdict === verdict).length;
        const atThreshold = misspelt.filter(
          (outcome) =>
            outcome.resolution.status !== ResolutionStatus.RESOLVED &&
            outcome.resolution.candidates.some(
              (candidate) =>
                outcome.query.right.includes(candidate.entityId) && candidate.score >= outcome.resolution.threshold,
            ),
        ).length;
        console.log(
          `  ${LISTED_MISSPELT}: right ${byStatus(ResolutionStatus.RESOLVED, 'right')} RESOLVED to the entry, ${byStatus(ResolutionStatus.NOT_FOUND, 'right')} NOT_FOUND and ${byStatus(ResolutionStatus.AMBIGUOUS, 'right')} AMBIGUOUS with the entry shown (${atThreshold} of them with the entry at the threshold or more, the possible listed match \`assessPartnership\` counts); wrong ${byStatus(ResolutionStatus.RESOLVED, 'wrong')} RESOLVED to another body; missed ${byStatus(ResolutionStatus.NOT_FOUND, 'not found')} NOT_FOUND and ${byStatus(ResolutionStatus.AMBIGUOUS, 'ambiguous')} AMBIGUOUS without it`,
        );
        partResults[`${LISTED_MISSPELT} by status`] = Object.fromEntries(
          [ResolutionStatus.RESOLVED, ResolutionStatus.NOT_FOUND, ResolutionStatus.AMBIGUOUS].flatMap((status) =>
            (['right', 'wrong', 'not found', 'ambiguous'] as const).map((verdict) => [
              `${status} ${verdict}`,
              byStatus(status, verdict),
            ]),
          ),
        );
        partResults.all = tallyOf(inPart);
        results[part] = partResults;
      }
      const wrong = outcomes.filter((outcome) => outcome.verdict === 'wrong' && half(outcome.query.name) === 'dev');
      printGroups(
        'Dev resolutions of a query without its country to an exact namesake of another country (every one)',
        outcomes
          .filter((outcome) => outcome.verdict === 'namesake' && half(outcome.query.name) === 'dev')
          .map((outcome) => ({
            group: `${outcome.query.group} / ${outcome.query.subgroup}`,
            line: line(outcome),
          })),
      );
      printGroups(
        'Dev wrong-body resolutions (every one)',
        wrong.map((outcome) => ({
          group: `${outcome.query.group} / ${outcome.query.subgroup}`,
          line: `${line(outcome)}${outcome.answerability.answerable ? '' : ` [not answerable by name: ${outcome.answerability.why}]`}`,
        })),
      );
      // The bench's labelling (resol4): group 5 answers counted right as the same person by the data; since rules
      // 1.104.0 the resolver shows a resolved entry's other entries (the same listed party) itself, read first.
      for (const part of shown) {
        console.log(
          `\nGroup 5 answers right by the resolver's own listed-party link (another entry of the person resolved to, sameBodyAsBest), ${part}: ${byOwnLink.filter((outcome) => half(outcome.query.name) === part).length}`,
        );
        console.log(
          `\nGroup 5 answers relabelled right, the same person by the data (samePersonByData), ${part}: ${relabelled.filter((outcome) => half(outcome.query.name) === part).length}`,
        );
      }
      printGroups(
        'Dev answers relabelled right (every one)',
        relabelled
          .filter((outcome) => half(outcome.query.name) === 'dev')
          .map((outcome) => ({
            group: outcome.query.subgroup,
            line: `${line(outcome)} | expected: ${outcome.query.right.map((id) => `${id} ${JSON.stringify(personById.get(id)?.names.slice(0, 3))} ${JSON.stringify(personById.get(id)?.countries)} ${JSON.stringify(personById.get(id)?.birthDates)}`).join('; ')} | resolved: ${JSON.stringify(personById.get(outcome.resolution.entityId!)?.names.slice(0, 3))} ${JSON.stringify(personById.get(outcome.resolution.entityId!)?.countries)} ${JSON.stringify(personById.get(outcome.resolution.entityId!)?.birthDates)}`,
          })),
      );
      // Since resol14: every answer right only by resol14's labels (the record's Funder Registry ids; a node of the
      // record's name and country), with why, so none hides a resolution to another body.
      for (const part of shown) {
        console.log(
          `\nGroups 8 and 9 answers right only by the record's Funder Registry ids or a node of its name and country (resol14), ${part}: ${relabelled14.filter(({ outcome }) => half(outcome.query.name) === part).length}`,
        );
      }
      printGroups(
        "Dev answers right only by the record's Funder Registry ids or a node of its name and country (every one)",
        relabelled14
          .filter(({ outcome }) => half(outcome.query.name) === 'dev')
          .map(({ outcome, why }) => ({
            group: `${outcome.query.group} / ${outcome.query.subgroup}`,
            line: `${line(outcome)} | by ${why}`,
          })),
      );
      // What rule 1 (a conflicting country does not resolve) does to persons: the dev queries given with a country
      // whose answer is NOT_FOUND for that reason, by whether the best candidate was the person expected.
      const byCountry = outcomes.filter(
        (outcome) =>
          half(outcome.query.name) === 'dev' &&
          outcome.query.expected === 'person' &&
          outcome.query.country !== null &&
          outcome.resolution.status === ResolutionStatus.NOT_FOUND &&
          outcome.resolution.explanation.includes('of another country than the one given'),
      );
      console.log('\nRule 1 on persons (dev): NOT_FOUND because the best candidate is of another country');
      for (const subgroup of [...new Set(byCountry.map((outcome) => outcome.query.subgroup))].sort()) {
        const inSubgroup = byCountry.filter((outcome) => outcome.query.subgroup === subgroup);
        const expected = inSubgroup.filter((outcome) =>
          outcome.query.right.includes(outcome.resolution.candidates[0]?.entityId ?? ''),
        );
        console.log(
          `  ${subgroup.padEnd(58)} ${inSubgroup.length}: best the person expected ${expected.length}, another ${inSubgroup.length - expected.length}`,
        );
        for (const outcome of inSubgroup.slice(0, 5)) {
          console.log(
            `    "${outcome.query.name}" (${outcome.query.country}) best ${outcome.resolution.candidates[0]?.entityId} "${outcome.resolution.candidates[0]?.name}"`,
          );
        }
      }
      writeResults('resolution', {
        queries: outcomes.length,
        perSubgroup: PER_SUBGROUP,
        vocabulary: vocabulary().version,
        figures: results,
        dev: outcomes
          .filter((outcome) => half(outcome.query.name) === 'dev')
          .map((outcome) => ({
            group: outcome.query.subgroup,
            query: outcome.query.name,
            country: outcome.query.country,
            ...(outcome.query.countryLeftOut ? { countryLeftOut: outcome.query.countryLeftOut } : {}),
            status: outcome.resolution.status,
            verdict: outcome.verdict,
            // Since res26: whether the index holds a name of the body expected, and if not why (answerabilityOf).
            answerable: outcome.answerability.answerable,
            notAnswerable: outcome.answerability.answerable ? null : outcome.answerability.why,
            best: outcome.resolution.candidates[0]?.entityId ?? null,
            bestName: outcome.resolution.candidates[0]?.name ?? null,
            matchedName: outcome.resolution.matchedName,
            score: outcome.resolution.score,
            runnerUp: outcome.resolution.runnerUp?.score ?? null,
            features: (outcome.resolution.candidates[0]?.features ?? []).map(
              (feature) => `${feature.name} ${feature.value.toFixed(3)}`,
            ),
            // Since resol6 (rules 1.114.0): every shown candidate, so shapes can be counted from this file alone.
            candidates: outcome.resolution.candidates.map((candidate) => ({
              entityId: candidate.entityId,
              name: candidate.name,
              score: candidate.score,
              queryName: candidate.queryName,
              matchedName: candidate.matchedName,
              sameBodyAsBest: candidate.sameBodyAsBest,
              features: candidate.features.map((feature) => `${feature.name} ${feature.value.toFixed(3)}`),
            })),
            runnerUpId: outcome.resolution.runnerUp?.entityId ?? null,
            explanation: outcome.resolution.explanation,
            expected: outcome.query.right,
            source: outcome.query.source ?? null,
          })),
        devWrong: wrong.map((outcome) => ({
          group: outcome.query.group,
          subgroup: outcome.query.subgroup,
          query: outcome.query.name,
          country: outcome.query.country,
          ...(outcome.query.countryLeftOut ? { countryLeftOut: outcome.query.countryLeftOut } : {}),
          resolved: outcome.resolution.entityId,
          answerable: outcome.answerability.answerable,
          notAnswerable: outcome.answerability.answerable ? null : outcome.answerability.why,
          score: outcome.resolution.score,
          runnerUp: outcome.resolution.runnerUp
            ? { entityId: outcome.resolution.runnerUp.entityId, score: outcome.resolution.runnerUp.score }
            : null,
          expected: outcome.query.right,
        })),
      });
      console.log('\nresults: bench/results/resolution.json');
      if (process.env.RESOLUTION_SCREEN_AGREEMENT) {
        await screenAgreement(
          context.get(ScreeningService, { strict: false }),
          resolver,
          outcomes.filter((outcome) => half(outcome.query.name) === 'dev'),
          process.env.RESOLUTION_SCREEN_AGREEMENT,
          context.get<RiskRules>(RISK_RULES, { strict: false }).resolution.candidates,
        );
      }
    } finally {
      await context.close();
    }
  });
}

/**
 * Since assess4 (RESOLUTION_SCREEN_AGREEMENT=<file>): each dev query screened without a schema (`screen`, no path
 * walk) against the reading `partnerRisk` makes of a name of either kind (an organisation first, then a person when
 * no organisation answers and no listed entry alike in spelling alone is a possible match: `eitherSchemaResolution`);
 * every query whose status, entity or best candidate differs written to the file, one JSON line each, and counted.
 */
async function screenAgreement(
  screening: ScreeningService,
  resolver: EntityResolverService,
  outcomes: Outcome[],
  file: string,
  shown: number,
): Promise<void> {
  const started = Date.now();
  const lines: string[] = [];
  const tally = new Map<string, number>();
  for (const { query, resolution } of outcomes) {
    const ref = { name: query.name, country: query.country };
    const organisation = query.expected === 'organisation' ? resolution : await resolver.resolve(ref, 'organisation');
    const possible =
      organisation.status !== ResolutionStatus.RESOLVED &&
      organisation.candidates.some(
        (candidate) =>
          candidate.lists.length > 0 &&
          candidate.score >= organisation.threshold &&
          listedSpellingAlone(
            candidate,
            candidate.features.find((feature) => feature.name === 'token_alignment')?.value ?? candidate.score,
          ) !== null,
      );
    const person =
      organisation.status === ResolutionStatus.NOT_FOUND && !possible ? await resolver.resolve(ref, 'person') : null;
    const either = eitherSchemaResolution(organisation, person, shown);
    const screened = (
      await screening.screen({ name: query.name, country: query.country ? [query.country] : null, pathRisks: false })
    ).resolution!;
    const differs = [
      screened.status !== either.status ? 'status' : '',
      screened.entityId !== either.entityId ? 'entity' : '',
      (screened.candidates[0]?.entityId ?? null) !== (either.candidates[0]?.entityId ?? null) ? 'best' : '',
    ].filter((what) => what !== '');
    const key = differs.length === 0 ? 'agree' : `${either.status}->${screened.status} (${differs.join(', ')})`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (differs.length > 0) {
      lines.push(
        JSON.stringify({
          group: query.subgroup,
          query: query.name,
          country: query.country,
          expected: query.expected,
          partner: {
            status: either.status,
            entityId: either.entityId,
            best: either.candidates[0]?.entityId ?? null,
            bestType: either.candidates[0]?.type ?? null,
            explanation: either.explanation,
          },
          screen: {
            status: screened.status,
            entityId: screened.entityId,
            best: screened.candidates[0]?.entityId ?? null,
            bestType: screened.candidates[0]?.type ?? null,
            explanation: screened.explanation,
          },
        }),
      );
    }
  }
  writeFileSync(file, lines.join('\n') + (lines.length > 0 ? '\n' : ''));
  console.log(
    `\n=== screen without a schema against partnerRisk's reading, ${outcomes.length} dev queries, ${((Date.now() - started) / 1000).toFixed(1)} s (${file}):`,
  );
  for (const [key, count] of [...tally.entries()].sort((left, right) => right[1] - left[1])) {
    console.log(`  ${key.padEnd(50)} ${count}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
