import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { AppError } from '../common/app-error';
import { findProjectRoot } from '../common/project-root';
import { WATCHLIST_FORMATS } from './watchlist-record';

export const SOURCE_KINDS = ['list', 'registry'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceFile {
  /** The name the file is saved under, beside the main file (the importer finds side files by name). */
  name: string;
  url: string;
}

/** One list or registry as the catalogue describes it (src/watchlists/sources.yml). */
export interface SourceDescription {
  id: string;
  name: string;
  publisher: string | null;
  /** The publisher's human page about the list. */
  page: string | null;
  licence: string | null;
  kind: SourceKind;
  format: string;
  /** The first is the main file; the others are side files. */
  files: SourceFile[];
  cadence: string | null;
  /** How often the built-in schedule asks, in milliseconds. */
  intervalMs: number;
  /** With no successful sync or import for this long, the list is overdue. */
  overdueAfterMs: number;
  enabled: boolean;
  urlSource: string | null;
}

export type SourceCatalogue = ReadonlyMap<string, SourceDescription>;

export const DEFAULT_SOURCES_FILE = join(findProjectRoot(), 'src', 'watchlists', 'sources.yml');

const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DURATION = /^(\d+)(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const KNOWN_KEYS = new Set([
  'name',
  'publisher',
  'page',
  'licence',
  'kind',
  'format',
  'files',
  'cadence',
  'interval',
  'overdueAfter',
  'enabled',
  'urlSource',
]);

/** `30m`, `12h`, `7d` in milliseconds, or null when the text is none of these. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) {
    return null;
  }
  const amount = Number(match[1]);
  return amount > 0 ? amount * UNIT_MS[match[2] as keyof typeof UNIT_MS] : null;
}

/** `86400000` → `1d`, for messages and the API. */
export function formatDuration(milliseconds: number): string {
  for (const unit of ['d', 'h', 'm'] as const) {
    if (milliseconds % UNIT_MS[unit] === 0) {
      return `${milliseconds / UNIT_MS[unit]}${unit}`;
    }
  }
  return `${Math.round(milliseconds / 1000)}s`;
}

/**
 * Reads the catalogue: the versioned one, then, when `overridesFile` is given, a deployment's file
 * merged over it (a source named in both takes the deployment's fields; `files` is replaced whole).
 * Every problem in either file is reported at once, each naming its key (`sources.un-sc.files[0].url`).
 */
export function loadSourceCatalogue(
  overridesFile: string | null = process.env.SOURCES_FILE?.trim() || null,
  baseFile: string = DEFAULT_SOURCES_FILE,
): SourceCatalogue {
  const base = readSourcesFile(baseFile);
  const overrides = overridesFile ? readSourcesFile(absolute(overridesFile)) : {};
  return buildCatalogue(base, overrides, overridesFile ? `SOURCES_FILE (${overridesFile})` : null);
}

/** The catalogue from two parsed documents, validated; exported for tests. */
export function buildCatalogue(
  base: Record<string, unknown>,
  overrides: Record<string, unknown>,
  overridesName: string | null = null,
): SourceCatalogue {
  const problems: string[] = [];
  const merged = new Map<string, Record<string, unknown>>();
  for (const [document, where] of [
    [base, 'sources.yml'],
    [overrides, overridesName ?? 'overrides'],
  ] as const) {
    for (const [id, fields] of Object.entries(document)) {
      if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
        problems.push(`${where}: sources.${id} must be a mapping of fields`);
        continue;
      }
      merged.set(id, { ...(merged.get(id) ?? {}), ...(fields as Record<string, unknown>) });
    }
  }
  const catalogue = new Map<string, SourceDescription>();
  for (const [id, fields] of merged) {
    const source = validateSource(id, fields, problems);
    if (source) {
      catalogue.set(id, source);
    }
  }
  if (problems.length > 0) {
    throw new AppError('SYNC_SOURCES_INVALID', `The source catalogue is invalid:\n  - ${problems.join('\n  - ')}`, {
      problems: problems.length,
    });
  }
  return catalogue;
}

function validateSource(id: string, fields: Record<string, unknown>, problems: string[]): SourceDescription | null {
  const key = `sources.${id}`;
  const before = problems.length;
  if (!SOURCE_ID.test(id)) {
    problems.push(`${key}: the id must be lower-case letters, digits and hyphens`);
  }
  for (const field of Object.keys(fields)) {
    if (!KNOWN_KEYS.has(field)) {
      problems.push(`${key}.${field} is not a known field (known: ${[...KNOWN_KEYS].join(', ')})`);
    }
  }
  const text = (field: string, required: boolean): string | null => {
    const value = fields[field];
    if (value === undefined || value === null) {
      if (required) {
        problems.push(`${key}.${field} is required`);
      }
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${key}.${field} must be non-empty text`);
      return null;
    }
    return value.trim();
  };
  const duration = (field: string, fallback: string): number => {
    const raw = fields[field] ?? fallback;
    const parsed = typeof raw === 'string' ? parseDuration(raw) : null;
    if (parsed === null) {
      problems.push(`${key}.${field} must be a duration such as 30m, 12h or 7d (got ${JSON.stringify(raw)})`);
      return parseDuration(fallback) ?? 0;
    }
    return parsed;
  };
  const name = text('name', true);
  const kind = (text('kind', false) ?? 'list') as SourceKind;
  if (!(SOURCE_KINDS as readonly string[]).includes(kind)) {
    problems.push(`${key}.kind must be one of ${SOURCE_KINDS.join(', ')} (got "${kind}")`);
  }
  const format = text('format', true);
  if (format !== null && kind === 'list' && !(WATCHLIST_FORMATS as readonly string[]).includes(format)) {
    problems.push(`${key}.format must be one of ${WATCHLIST_FORMATS.join(', ')} (got "${format}")`);
  }
  const files: SourceFile[] = [];
  const rawFiles = fields.files;
  if (!Array.isArray(rawFiles) || rawFiles.length === 0) {
    problems.push(`${key}.files must be a list of { name, url }, the main file first`);
  } else {
    const names = new Set<string>();
    rawFiles.forEach((entry: unknown, index) => {
      const at = `${key}.files[${index}]`;
      const file = (entry ?? {}) as Record<string, unknown>;
      const fileName = typeof file.name === 'string' ? file.name.trim() : '';
      const url = typeof file.url === 'string' ? file.url.trim() : '';
      if (!/^[A-Za-z0-9._-]+$/.test(fileName) || fileName.startsWith('.')) {
        problems.push(`${at}.name must be a plain file name (letters, digits, . _ -)`);
      } else if (names.has(fileName.toLowerCase())) {
        problems.push(`${at}.name repeats "${fileName}"`);
      }
      names.add(fileName.toLowerCase());
      if (!isHttpUrl(url)) {
        problems.push(`${at}.url must be an http:// or https:// URL (got ${JSON.stringify(file.url ?? null)})`);
      }
      files.push({ name: fileName, url });
    });
  }
  const enabled = fields.enabled ?? true;
  if (typeof enabled !== 'boolean') {
    problems.push(`${key}.enabled must be true or false`);
  }
  const source: SourceDescription = {
    id,
    name: name ?? id,
    publisher: text('publisher', false),
    page: text('page', false),
    licence: text('licence', false),
    kind,
    format: format ?? '',
    files,
    cadence: text('cadence', false),
    intervalMs: duration('interval', '12h'),
    overdueAfterMs: duration('overdueAfter', '3d'),
    enabled: enabled === true,
    urlSource: text('urlSource', false),
  };
  if (source.page !== null && !isHttpUrl(source.page)) {
    problems.push(`${key}.page must be an http:// or https:// URL`);
  }
  return problems.length === before ? source : null;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

function readSourcesFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError(
      'SYNC_SOURCES_INVALID',
      `Cannot read the source catalogue ${path}: ${(error as Error).message}`,
      {
        file: path,
      },
    );
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new AppError('SYNC_SOURCES_INVALID', `${path} is not valid YAML: ${(error as Error).message}`, {
      file: path,
    });
  }
  const sources = (document as { sources?: unknown } | null)?.sources;
  if (sources === null || typeof sources !== 'object' || Array.isArray(sources)) {
    throw new AppError('SYNC_SOURCES_INVALID', `${path} must have a top-level "sources:" mapping of source ids`, {
      file: path,
    });
  }
  return sources as Record<string, unknown>;
}

let cached: SourceCatalogue | null = null;

/**
 * The catalogue of this process, read once (SOURCES_FILE included). An invalid catalogue throws on
 * first use; the app calls it at start so a bad deployment file stops the start, naming its keys.
 */
export function sourceCatalogue(): SourceCatalogue {
  cached ??= loadSourceCatalogue();
  return cached;
}

/** Forgets the cached catalogue (tests that change SOURCES_FILE). */
export function resetSourceCatalogue(): void {
  cached = null;
}
