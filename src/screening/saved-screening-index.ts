import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { Logger } from '@nestjs/common';
import { findProjectRoot } from '../common/project-root';
import type { AppConfig } from '../config/app-config';
import { CandidateIndex, type CandidateIndexState } from '../matching/candidate-index';
import { adoptReferenceData, getReferenceData, type ReferenceData } from '../matching/reference-data';
import { DEFAULT_RULES_FILE, loadRiskRules } from '../risk/risk-rules';
import type { ActiveListVersion, GraphGeneration } from './screening.repository';

/** What a saved file gives back: the built index and what the results say about it. */
/** What a match needs about its entity beyond what the candidate index keeps. */
export interface IndexedEntityDetails {
  name: string;
  /** The graph label: Organisation, Military, SecurityService, State or Person. */
  type: string;
  schema: string;
  kind: string | null;
  riskCategories: string[];
  /** A fictional demo body of the seed (since rules 1.210.0); absent for every other entity. */
  demo?: true;
  /** Active listings, one per programme (programme null when the list gives none). */
  listings: Array<{ id: string; programme: string | null }>;
}

export interface SavedSnapshot {
  index: CandidateIndex;
  details: ReadonlyMap<string, IndexedEntityDetails>;
  builtAt: string;
  entities: number;
}

interface Payload {
  state: CandidateIndexState;
  /**
   * Each entity's details as JSON text (since format 3), parsed when a result first asks for them
   * (`SavedEntityDetails`): 17,000 strings deserialize in a tenth of the time of as many objects with
   * their arrays, and a run reads the details of the entities it matches only.
   */
  details: Map<string, string>;
  builtAt: string;
  entities: number;
  /**
   * The matcher's reference data the index was built with (since format 2): a process that reads the file
   * takes it instead of building its own (`adoptReferenceData`), the same by the key (code, tables, runtime).
   */
  reference: ReferenceData;
}

/** Bump when the file layout or the payload changes shape. */
const FILE_FORMAT = 'partner-graph screening index 3';
const MAGIC = Buffer.from('PGSIDX01');
const HASH_BYTES = 32;

/**
 * The screening index saved to a file, so a CLI run need not read 17,000 entities out of Neo4j and
 * prepare every name again. A file is used only when its key is the key of the graph now: the graph
 * generation (which every list activation, seed and reference import raises in its own transaction,
 * the marker the API's index poll reads), when it changed, the active list versions, the database,
 * a fingerprint of the code that builds the index (the matcher with its reference data, and how
 * entities become index entries), the risk rules' version, and the runtime (Node, V8, ICU, CLDR and
 * Unicode versions: case folding, ICU's country names and the file's encoding depend on them). Any
 * difference, or a file that does not check out (its SHA-256, its layout), means the index is built
 * from the graph again and the file rewritten.
 *
 * The file also carries the matcher's reference data (built from the same tables by the same code on the
 * same runtime, so the same): a run that reads the file takes it instead of building it again.
 *
 * Layout: MAGIC, key length (uint32 BE), key (UTF-8 JSON), SHA-256 of the payload, payload (v8).
 */
export class SavedScreeningIndex {
  private readonly logger = new Logger(SavedScreeningIndex.name);

  constructor(
    readonly file: string,
    private readonly database: string,
    private readonly fingerprint: string = codeFingerprint(),
    private readonly rulesVersion: string = riskRulesVersion(),
    private readonly runtime: Record<string, string> = runtimeVersions(),
  ) {}

  /** The file beside the local Neo4j's data folder (`.data/screening-index/`), one per database. */
  static forConfig(config: AppConfig): SavedScreeningIndex {
    const database = `${config.neo4jUri ?? `local:${config.localNeo4j.dataDirectory}`}#${config.neo4jDatabase}`;
    const name = createHash('sha256').update(database).digest('hex').slice(0, 16);
    return new SavedScreeningIndex(
      join(dirname(config.localNeo4j.dataDirectory), 'screening-index', `${name}.bin`),
      database,
    );
  }

  /** The key an index built at this graph generation and these list versions is saved under. */
  keyOf(graph: GraphGeneration, listVersions: ActiveListVersion[]): string {
    return JSON.stringify({
      format: FILE_FORMAT,
      code: this.fingerprint,
      rules: this.rulesVersion,
      runtime: this.runtime,
      database: this.database,
      generation: graph.generation,
      changedAt: graph.changedAt,
      lastChange: graph.lastChange,
      listVersions: listVersions
        .map((version) => [version.listId, version.versionId, version.seq])
        .sort((left, right) => String(left[0]).localeCompare(String(right[0]))),
    });
  }

  /**
   * The saved index when the file is there, is whole and was saved under `key`; null otherwise (and
   * the reason logged), so the caller builds from the graph. Never throws.
   */
  async load(key: string): Promise<SavedSnapshot | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.logger.warn(`Cannot read the saved screening index ${this.file}: ${(error as Error).message}`);
      }
      return null;
    }
    try {
      const saved = readLayout(bytes);
      if (saved.key !== key) {
        this.logger.log(`The saved screening index ${this.file} is for another graph state; building from the graph`);
        return null;
      }
      if (!createHash('sha256').update(saved.payload).digest().equals(saved.hash)) {
        throw new Error('its checksum does not match its content');
      }
      const payload = deserialize(saved.payload) as Payload;
      // Before the index: nothing in this process has read reference data of its own yet (a CLI run).
      adoptReferenceData(payload.reference);
      return {
        index: CandidateIndex.fromState(payload.state),
        details: new SavedEntityDetails(payload.details),
        builtAt: payload.builtAt,
        entities: payload.entities,
      };
    } catch (error) {
      this.logger.warn(
        `The saved screening index ${this.file} is damaged (${(error as Error).message}); building from the graph`,
      );
      return null;
    }
  }

  /** Writes the index under `key` (a new file renamed over the old, so a reader never sees half of it). */
  async save(key: string, snapshot: SavedSnapshot): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      const payload = serialize({
        state: snapshot.index.toState(),
        details: new Map([...snapshot.details].map(([entityId, details]) => [entityId, JSON.stringify(details)])),
        builtAt: snapshot.builtAt,
        entities: snapshot.entities,
        reference: getReferenceData(),
      } satisfies Payload);
      const keyBytes = Buffer.from(key, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(keyBytes.length);
      const hash = createHash('sha256').update(payload).digest();
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(temporary, Buffer.concat([MAGIC, length, keyBytes, hash, payload]));
      await rename(temporary, this.file);
    } catch (error) {
      // A file that cannot be saved costs the next run a build, nothing more.
      this.logger.warn(`Cannot save the screening index to ${this.file}: ${(error as Error).message}`);
      await rm(temporary, { force: true });
    }
  }
}

/**
 * The entities' details of a saved file, each kept as its JSON text and parsed at its first ask (then
 * kept, so an entity asked again gets the same object, as from a Map). The details are plain strings,
 * nulls and arrays of them, so the text gives back what was saved.
 */
export class SavedEntityDetails implements ReadonlyMap<string, IndexedEntityDetails> {
  private readonly parsed = new Map<string, IndexedEntityDetails>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  get size(): number {
    return this.texts.size;
  }

  get(entityId: string): IndexedEntityDetails | undefined {
    let details = this.parsed.get(entityId);
    if (details === undefined) {
      const text = this.texts.get(entityId);
      if (text === undefined) {
        return undefined;
      }
      details = JSON.parse(text) as IndexedEntityDetails;
      this.parsed.set(entityId, details);
    }
    return details;
  }

  has(entityId: string): boolean {
    return this.texts.has(entityId);
  }

  *entries(): MapIterator<[string, IndexedEntityDetails]> {
    for (const entityId of this.texts.keys()) {
      yield [entityId, this.get(entityId)!];
    }
  }

  keys(): MapIterator<string> {
    return this.texts.keys();
  }

  *values(): MapIterator<IndexedEntityDetails> {
    for (const [, details] of this.entries()) {
      yield details;
    }
  }

  forEach(
    callback: (details: IndexedEntityDetails, entityId: string, map: ReadonlyMap<string, IndexedEntityDetails>) => void,
    thisArgument?: unknown,
  ): void {
    for (const [entityId, details] of this.entries()) {
      callback.call(thisArgument, details, entityId, this);
    }
  }

  [Symbol.iterator](): MapIterator<[string, IndexedEntityDetails]> {
    return this.entries();
  }
}

function readLayout(bytes: Buffer): { key: string; hash: Buffer; payload: Buffer } {
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error('not a saved screening index');
  }
  const keyLength = bytes.readUInt32BE(MAGIC.length);
  const keyStart = MAGIC.length + 4;
  const hashStart = keyStart + keyLength;
  if (hashStart + HASH_BYTES > bytes.length) {
    throw new Error('the file is cut short');
  }
  return {
    key: bytes.subarray(keyStart, hashStart).toString('utf8'),
    hash: bytes.subarray(hashStart, hashStart + HASH_BYTES),
    payload: bytes.subarray(hashStart + HASH_BYTES),
  };
}

/** The version of the risk rules the app reads (src/risk/rules), '' when the file cannot be read. */
export function riskRulesVersion(file: string = DEFAULT_RULES_FILE): string {
  try {
    return loadRiskRules(file).version;
  } catch {
    return '';
  }
}

/** The runtime's versions that what is saved depends on. */
export function runtimeVersions(): Record<string, string> {
  const { node, v8, icu, cldr, unicode } = process.versions;
  return { node, v8, icu: icu ?? '', cldr: cldr ?? '', unicode: unicode ?? '' };
}

/**
 * A hash of the code and data an index is built with: the matcher's folder (code and reference
 * tables), the screening index service (which entities are indexed, with which names) and the query
 * that reads them. A changed build of any of them never reads an index saved by another.
 */
export function codeFingerprint(): string {
  const hash = createHash('sha256');
  const source = join(__dirname, '..');
  const matching = join(source, 'matching');
  const files = [
    ...readdirSync(matching, { recursive: true, encoding: 'utf8' })
      .filter((file) => !file.endsWith('.map') && !/\.spec\.[jt]s$/.test(file))
      .map((file) => join(matching, file)),
    join(__dirname, 'screening-index.service.js'),
    join(__dirname, 'screening-index.service.ts'),
    join(findProjectRoot(), 'cypher', 'screening', 'find-index-page.cypher'),
  ].sort();
  for (const file of files) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      // A folder in the listing (its files are listed too), or the .ts or .js that is not there.
      continue;
    }
    hash.update(relative(source, file)).update(content);
  }
  return hash.digest('hex').slice(0, 32);
}
