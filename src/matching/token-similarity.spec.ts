import { describe, expect, it } from 'vitest';
import { getReferenceData } from './reference-data';
import { romanisationKey } from './token-similarity';

/** Every rule applied in turn, as romanisation.yml states them: what `romanisationKey` must give. */
function everyRule(text: string): string {
  return getReferenceData().romanisationRules.reduce((key, rule) => key.replace(rule.pattern, rule.replacement), text);
}

// romanisationKey skips the rules when none matches the word; each row goes through one rule or none.
describe(romanisationKey.name, () => {
  it.each<[word: string, path: string]>([
    ['tarlow', 'a word the rules may leave or change: checked against every rule'],
    ['hsiao', 'a Wade-Giles initial'],
    ['qorvel', 'Arabic q before a vowel'],
    ['quenford', 'q before u: the rule for q at the start'],
    ['varrell', 'doubled letters: the rule that refers to its own group'],
    ['tschaikov', 'several rules in a row'],
    ['bnm', 'no vowel, no rule'],
    ['', 'the empty word'],
  ])('%s (%s)', (word) => {
    expect(romanisationKey(word)).toBe(everyRule(word));
  });

  it('gives the word itself when no rule matches it', () => {
    const rules = getReferenceData().romanisationRules;
    const untouched = 'bnm';
    expect(rules.some((rule) => new RegExp(rule.pattern.source).test(untouched))).toBe(false);
    expect(romanisationKey(untouched)).toBe(untouched);
  });
});
