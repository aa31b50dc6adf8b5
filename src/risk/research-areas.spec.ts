import { describe, expect, it } from 'vitest';
import { matchingTopics } from './research-areas';
import { loadRiskRules } from './risk-rules';

const rules = loadRiskRules();
const TOPICS = [
  'Aeronautical and astronautical science and technology',
  'Artificial intelligence',
  'Control science and engineering',
  'Quantum',
  'Materials science and technology',
];

describe(matchingTopics.name, () => {
  it.each([
    ['quantum sensing', ['Quantum'], 'a shared word, whatever the case'],
    ['Aerospace engineering', ['Aeronautical and astronautical science and technology'], 'a synonym from the rules'],
    ['AI for drug discovery', ['Artificial intelligence'], 'an acronym synonym'],
    ['advanced materials', ['Materials science and technology'], 'a plural folded to its singular'],
    ['science and technology policy', [], 'class words alone never match'],
    ['medieval poetry', [], 'nothing in common'],
  ])('matches "%s" to %j (%s)', (area, expected) => {
    expect(matchingTopics(area, TOPICS, rules)).toEqual(expected);
  });
});
