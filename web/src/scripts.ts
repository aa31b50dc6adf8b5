/** The writing system of a name, for grouping names by script on the entity page. */
export function scriptOf(name: string): string {
  if (/\p{Script=Han}/u.test(name)) {
    return 'Chinese';
  }
  if (/\p{Script=Cyrillic}/u.test(name)) {
    return 'Cyrillic';
  }
  if (/\p{Script=Arabic}/u.test(name)) {
    return 'Arabic script';
  }
  if (/\p{Script=Hangul}/u.test(name)) {
    return 'Korean';
  }
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) {
    return 'Japanese';
  }
  if (/\p{Script=Greek}/u.test(name)) {
    return 'Greek';
  }
  if (/\p{Script=Hebrew}/u.test(name)) {
    return 'Hebrew';
  }
  return 'Latin';
}

export function groupByScript(names: string[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const script = scriptOf(name);
    groups.set(script, [...(groups.get(script) ?? []), name]);
  }
  return [...groups.entries()];
}
