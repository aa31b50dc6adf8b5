/**
 * The resolution bench's own vocabulary (since resol16): the word tables its query generators read (groups 2 to 7 of
 * bench/quality-resolution.ts), frozen in a versioned file under bench/data/ so that a rules change that extends a
 * word class of the matcher (src/matching/data, src/matching/reference) no longer changes the queries. Near1 (rules
 * 1.159.0) moved the dev n from 36,127 to 36,151 that way: figures of two versions stopped comparing.
 *
 * A version holds, as the matcher's tables had them when it was made:
 * - `places`: the one-word keys of place_names.tsv (group 3's place swap);
 * - `englishWords`: the words of english_words.tsv that are a word of some class phrase (a class phrase is swapped in
 *   only when every word of it is English);
 * - `compass`, `decidingGroups`: the compass words' keys and each deciding word's group (org_words.yml);
 * - `classPhrases`, `classSets`: each class phrase (word keys) with its class-set number, and the class sets;
 * - `functionWords`: the organisation stopwords (names compared without them);
 * - `givenNames`: given_names.tsv's names of three letters or more with their sex (group 4);
 * - `readings`: how the matcher read each listed organisation's name (groups 6 and 7): the word keys it read as a legal
 *   form, and the position of the name's one identity word (-1 when none). A name the version does not hold (a list
 *   entry added since) is read by today's matcher, and the bench prints how many were.
 *
 * A new version is made deliberately, never by a rules change alone: `RESOLUTION_VOCABULARY_WRITE=v2 node
 * dist-bench/bench/quality-resolution.js` writes bench/data/resolution-vocabulary.v2.json.gz from today's tables, then
 * RESOLUTION_VOCABULARY=v2 (or a new default in quality-resolution.ts) reads it; the bench names the version it read
 * in its output. Figures of two vocabulary versions are not compared; say so in bench/HISTORY.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { getReferenceData, tokenKey, type TrieNode } from '../../src/matching/reference-data';
import { findUp } from './find-up';

export interface ResolutionVocabularyFile {
  version: string;
  madeAt: string;
  rulesVersion: string;
  places: string[];
  englishWords: string[];
  compass: string[];
  decidingGroups: Record<string, string>;
  classPhrases: Array<[string, number]>;
  classSets: number[][];
  functionWords: string[];
  givenNames: Array<[string, string]>;
  readings: Record<string, [string[], number]>;
}

export interface ResolutionVocabulary {
  version: string;
  places: Set<string>;
  englishWords: Set<string>;
  compass: Set<string>;
  decidingGroups: Map<string, string>;
  classTrie: TrieNode<number>;
  classSets: number[][];
  functionWords: Set<string>;
  givenNames: Array<[string, string]>;
  readings: Map<string, [string[], number]>;
}

export function vocabularyPath(version: string): string {
  return join(findUp(join('bench', 'data'), __dirname), `resolution-vocabulary.${version}.json.gz`);
}

export function readResolutionVocabulary(version: string): ResolutionVocabulary {
  const file = JSON.parse(
    gunzipSync(readFileSync(vocabularyPath(version))).toString('utf8'),
  ) as ResolutionVocabularyFile;
  const classTrie: TrieNode<number> = { next: new Map() };
  for (const [phrase, set] of file.classPhrases) {
    let node = classTrie;
    for (const word of phrase.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.value = set;
  }
  return {
    version: file.version,
    places: new Set(file.places),
    englishWords: new Set(file.englishWords),
    compass: new Set(file.compass),
    decidingGroups: new Map(Object.entries(file.decidingGroups)),
    classTrie,
    classSets: file.classSets,
    functionWords: new Set(file.functionWords),
    givenNames: file.givenNames,
    readings: new Map(Object.entries(file.readings)),
  };
}

/** Each phrase of a trie (word keys joined by spaces) with its value, in a stable order. */
function phrasesOf(root: TrieNode<number>): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const walk = (node: TrieNode<number>, path: string[]) => {
    if (node.value !== undefined && path.length > 0) {
      out.push([path.join(' '), node.value]);
    }
    for (const [word, child] of node.next) {
      walk(child, [...path, word]);
    }
  };
  walk(root, []);
  return out.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
}

/**
 * A new version from today's tables and the matcher's readings of `listedNames` (`read`: legal-form keys and the one
 * identity word's position, as the bench computes them with today's matcher).
 */
export function writeResolutionVocabulary(
  version: string,
  rulesVersion: string,
  listedNames: string[],
  read: (name: string) => [string[], number],
): string {
  const data = getReferenceData();
  const referenceFile = (name: string) => findUp(join('src', 'matching', 'reference', name), __dirname);
  const places = readFileSync(referenceFile('place_names.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[0])
    .filter((word) => word && !word.includes(' '));
  const classPhrases = phrasesOf(data.classTrie);
  const phraseWords = new Set(classPhrases.flatMap(([phrase]) => phrase.split(' ')));
  const englishWords = readFileSync(referenceFile('english_words.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[0])
    .filter((word) => word && (phraseWords.has(word) || phraseWords.has(tokenKey(word))));
  const givenNames: Array<[string, string]> = [];
  for (const line of readFileSync(referenceFile('given_names.tsv'), 'utf8').split('\n')) {
    const [name, sex] = line.split('\t');
    if (name && sex && /^[a-z]{3,}$/.test(name)) {
      givenNames.push([name, sex]);
    }
  }
  const readings: Record<string, [string[], number]> = {};
  for (const name of [...new Set(listedNames)].sort()) {
    readings[name] = read(name);
  }
  const file: ResolutionVocabularyFile = {
    version,
    madeAt: new Date().toISOString(),
    rulesVersion,
    places: [...new Set(places)].sort(),
    englishWords: [...new Set(englishWords)].sort(),
    compass: [...new Set(data.compassWords.map((word) => tokenKey(word)))].sort(),
    decidingGroups: Object.fromEntries([...data.decidingGroups].sort(([left], [right]) => (left < right ? -1 : 1))),
    classPhrases,
    classSets: data.classSets,
    functionWords: [...data.orgStopwords].sort(),
    givenNames,
    readings,
  };
  const path = vocabularyPath(version);
  writeFileSync(path, gzipSync(Buffer.from(JSON.stringify(file, null, 1) + '\n', 'utf8'), { level: 9 }));
  return path;
}
