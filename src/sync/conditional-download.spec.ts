import { describe, expect, it } from 'vitest';
import { acceptableContentType, conditionalHeaders } from './conditional-download';

describe(conditionalHeaders.name, () => {
  it.each([
    ['nothing known: an unconditional request', null, {}],
    ['an ETag: If-None-Match', { etag: '"abc"', lastModified: null }, { 'if-none-match': '"abc"' }],
    [
      'a Last-Modified date: If-Modified-Since',
      { etag: null, lastModified: 'Mon, 30 Nov 2026 10:00:00 GMT' },
      { 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' },
    ],
    [
      'both: both (the server prefers If-None-Match)',
      { etag: 'W/"1"', lastModified: 'Mon, 30 Nov 2026 10:00:00 GMT' },
      { 'if-none-match': 'W/"1"', 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' },
    ],
  ])('sends %s', (_reason, previous, expected) => {
    expect(conditionalHeaders(previous)).toEqual(expected);
  });
});

describe(acceptableContentType.name, () => {
  it.each([
    ['text/csv', false, true],
    ['application/octet-stream', false, true],
    [null, false, true],
    ['text/html; charset=utf-8', false, false],
    ['application/xhtml+xml', false, false],
    ['text/html', true, true],
  ])('takes %s (HTML expected: %s) as %s', (contentType, expectsHtml, expected) => {
    expect(acceptableContentType(contentType, expectsHtml)).toBe(expected);
  });
});
