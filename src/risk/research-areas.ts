import type { RiskRules } from './risk-rules';

/** Words of a research area or topic that carry meaning: lower case, class words dropped, plurals folded. */
export function meaningfulWords(text: string, rules: RiskRules): Set<string> {
  const ignored = new Set(rules.researchAreas.ignoredWords.map((word) => word.toLowerCase()));
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || ignored.has(raw)) {
      continue;
    }
    words.add(fold(raw));
    for (const synonym of rules.researchAreas.synonyms[raw] ?? []) {
      words.add(fold(synonym.toLowerCase()));
    }
  }
  return words;
}

function fold(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The topics that share a meaningful word (or a synonym of one) with the research area, in topic order. */
export function matchingTopics(area: string, topics: string[], rules: RiskRules): string[] {
  const areaWords = meaningfulWords(area, rules);
  if (areaWords.size === 0) {
    return [];
  }
  return topics.filter((topic) => [...meaningfulWords(topic, rules)].some((word) => areaWords.has(word)));
}
