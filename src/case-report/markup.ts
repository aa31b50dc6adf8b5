const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text and attribute values for HTML and SVG: the five markup characters escaped, and control
 * characters (which XML forbids and which can confuse a reader of the file) dropped.
 */
export function escapeMarkup(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  return (
    String(value)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (character) => ESCAPES[character])
  );
}

/** Only http and https addresses become links; anything else (javascript:, data:, file:) stays text. */
export function isWebAddress(url: string | null | undefined): url is string {
  if (!url) {
    return false;
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

// East Asian wide and full-width ranges: drawn about twice as wide as a Latin letter.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a text in average Latin letters: a deterministic estimate (no font metrics on a server). */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    width += WIDE.test(character) ? 2 : 1;
  }
  return width;
}

/**
 * Wraps text into lines of at most `width` letters (see textWidth), breaking at spaces and, for a
 * word longer than a line, inside the word. More than `maxLines` lines: the last one ends with "…".
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    lines.push(line);
    line = '';
  };
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) {
      push();
    }
    let rest = word;
    while (textWidth(rest) > width) {
      let cut = '';
      for (const character of rest) {
        if (textWidth(cut + character) > width) {
          break;
        }
        cut += character;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  if (line) {
    push();
  }
  if (lines.length <= maxLines) {
    return lines;
  }
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.length > 0 && textWidth(`${last}…`) > width) {
    last = Array.from(last).slice(0, -1).join('');
  }
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
