import vocabularyFile from './research-sensitivity.v1.json';

/** How close a research topic sits to what the export control lists control. */
export type SensitivityLevel = 'CONTROLLED' | 'RELATED' | 'NONE';

export interface SensitivityVocabulary {
  version: string;
  sources: Array<{ title: string; url: string; publisher: string }>;
  /** Spelling pairs treated as one word (British first). */
  equivalents: Array<[string, string]>;
  /**
   * Prefixes that make another word of the word a hyphen joins them to: read as one word with it, so no term starts
   * there. Optional; none when absent. Since probe7's R2 (resb): "post": "post-quantum cryptography" (classical
   * algorithms meant to resist quantum computers) is not "quantum cryptography" (quantum key distribution), and reads
   * as cryptography. Not "anti" nor "counter": "anti-jamming" and "counter-drone" work against the thing named, and the
   * vocabulary lists such terms as terms of their own; not "non": "non-explosive" agents are still read beside
   * explosives, for review.
   */
  joinedPrefixes?: string[];
  categories: Array<{ id: string; name: string; terms: { controlled: string[]; related: string[] } }>;
}

export interface CategoryMatch {
  /** The control list category: "0" to "9" (dual-use) or "ML" (Military List). */
  id: string;
  name: string;
  level: Exclude<SensitivityLevel, 'NONE'>;
  /** The vocabulary's terms found in the research area, in the order they first appear. */
  terms: string[];
}

export interface AreaSensitivity {
  area: string;
  level: SensitivityLevel;
  categories: CategoryMatch[];
}

export class ResearchVocabularyError extends Error {
  constructor(readonly problems: string[]) {
    super(`The research sensitivity vocabulary is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ResearchVocabularyError';
  }
}

interface CompiledTerm {
  term: string;
  words: string[];
  categoryIndex: number;
  level: Exclude<SensitivityLevel, 'NONE'>;
}

const LEVEL_RANK: Record<SensitivityLevel, number> = { NONE: 0, RELATED: 1, CONTROLLED: 2 };

/**
 * Maps free-text research areas to the control list categories they touch, by whole-word phrase
 * matching against a versioned vocabulary (data, not code). Words are compared lower case, with
 * punctuation as space, spelling variants folded and a plural "s" dropped, so "Hypersonics",
 * "hypersonic" and "HYPERSONIC flow" all find the term "hypersonic".
 */
export class ResearchSensitivity {
  private readonly equivalents: Map<string, string>;
  /** A word of `joinedPrefixes` and the hyphen after it, before a letter: joined to the word it prefixes. */
  private readonly joinedPrefix: RegExp | null;
  /** Terms by their first word, longest first, so a longer phrase is tried before its prefix. */
  private readonly termsByFirstWord = new Map<string, CompiledTerm[]>();

  constructor(readonly vocabulary: SensitivityVocabulary) {
    const problems = validate(vocabulary);
    if (problems.length > 0) {
      throw new ResearchVocabularyError(problems);
    }
    this.equivalents = new Map(vocabulary.equivalents.map(([british, other]) => [other, british]));
    const prefixes = (vocabulary.joinedPrefixes ?? []).map((prefix) => prefix.toLowerCase());
    this.joinedPrefix =
      prefixes.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${prefixes.join('|')})[-‐‑](?=\\p{L})`, 'gu') : null;
    vocabulary.categories.forEach((category, categoryIndex) => {
      for (const level of ['controlled', 'related'] as const) {
        for (const term of category.terms[level]) {
          const words = this.words(term);
          const compiled: CompiledTerm = {
            term,
            words,
            categoryIndex,
            level: level === 'controlled' ? 'CONTROLLED' : 'RELATED',
          };
          const list = this.termsByFirstWord.get(words[0]) ?? [];
          list.push(compiled);
          this.termsByFirstWord.set(words[0], list);
        }
      }
    });
    for (const list of this.termsByFirstWord.values()) {
      list.sort((left, right) => right.words.length - left.words.length);
    }
  }

  get version(): string {
    return this.vocabulary.version;
  }

  assess(area: string): AreaSensitivity {
    const words = this.words(area);
    const found = new Map<number, CategoryMatch>();
    for (let start = 0; start < words.length; start += 1) {
      for (const candidate of this.termsByFirstWord.get(words[start]) ?? []) {
        if (!candidate.words.every((word, offset) => words[start + offset] === word)) {
          continue;
        }
        const category = this.vocabulary.categories[candidate.categoryIndex];
        const match = found.get(candidate.categoryIndex) ?? {
          id: category.id,
          name: category.name,
          level: candidate.level,
          terms: [],
        };
        if (LEVEL_RANK[candidate.level] > LEVEL_RANK[match.level]) {
          match.level = candidate.level;
        }
        // A term and its plural or other spelling ("drone" and "drones") fold to the same words: the area says it
        // once, so the first of them in the vocabulary names it.
        const said = candidate.words.join(' ');
        if (!match.terms.some((term) => this.words(term).join(' ') === said)) {
          match.terms.push(candidate.term);
        }
        found.set(candidate.categoryIndex, match);
      }
    }
    const categories = [...found.entries()]
      .sort(([left], [right]) => left - right)
      .map(([, match]) => match)
      .sort((left, right) => LEVEL_RANK[right.level] - LEVEL_RANK[left.level]);
    const level = categories.reduce<SensitivityLevel>(
      (highest, match) => (LEVEL_RANK[match.level] > LEVEL_RANK[highest] ? match.level : highest),
      'NONE',
    );
    return { area, level, categories };
  }

  private words(text: string): string[] {
    const lower = text.normalize('NFKC').toLowerCase();
    // "post-quantum cryptography" is not "quantum cryptography": the prefix and its word read as one word.
    return (this.joinedPrefix ? lower.replace(this.joinedPrefix, '$1') : lower)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
      .map((word) => {
        const british = this.equivalents.get(word) ?? word;
        return british.length > 3 && british.endsWith('s') && !british.endsWith('ss') ? british.slice(0, -1) : british;
      });
  }
}

function validate(vocabulary: SensitivityVocabulary): string[] {
  const problems: string[] = [];
  if (!vocabulary.version?.trim()) {
    problems.push('version: must be a non-empty string');
  }
  vocabulary.equivalents.forEach((pair, index) => {
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((word) => typeof word !== 'string')) {
      problems.push(`equivalents[${index}]: must be a pair of words`);
    }
  });
  (vocabulary.joinedPrefixes ?? []).forEach((prefix, index) => {
    if (typeof prefix !== 'string' || !/^\p{L}+$/u.test(prefix)) {
      problems.push(`joinedPrefixes[${index}]: must be one word of letters`);
    }
  });
  const ids = new Set<string>();
  vocabulary.categories.forEach((category, index) => {
    if (ids.has(category.id)) {
      problems.push(`categories[${index}].id: "${category.id}" appears twice`);
    }
    ids.add(category.id);
    for (const level of ['controlled', 'related'] as const) {
      category.terms[level].forEach((term, termIndex) => {
        if (!/[\p{L}\p{N}]/u.test(term)) {
          problems.push(`categories[${index}].terms.${level}[${termIndex}]: has no letters or digits`);
        }
      });
    }
  });
  return problems;
}

/** The vocabulary shipped with the code (versioned in the repository). */
export function loadResearchSensitivity(): ResearchSensitivity {
  return new ResearchSensitivity(vocabularyFile as unknown as SensitivityVocabulary);
}
