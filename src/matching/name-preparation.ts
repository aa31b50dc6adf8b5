import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Growable } from './growable';
import { separateIdentifiers } from './identifier-names';
import { acronymOf, modeOfSchema, nameVariants, prepareName } from './normalise';
import { makeTokenInfo, type TokenInfo } from './tokenise';
import type { IndexEntry } from './types';

/**
 * `new Set(names.flatMap(nameVariants))` as a list (the same names in the same order), without the
 * generic flatMap and a Set per entry: a name has one variant or three, an entry a few names.
 */
export function distinctVariants(names: readonly string[]): string[] {
  if (names.length > 16) {
    // (Many names: the Set's lookups beat a scan of the list per name.)
    return [...new Set(names.flatMap(nameVariants))];
  }
  const out: string[] = [];
  for (const name of names) {
    for (const variant of nameVariants(name)) {
      if (!out.includes(variant)) {
        out.push(variant);
      }
    }
  }
  return out;
}

/** What name preparation reads of an entry. */
export type NamesToPrepare = Pick<IndexEntry, 'schema' | 'names'>;

/**
 * The names of a batch of entries as `CandidateIndex.add` stores them, worked out without the index's
 * vocabulary (so on any thread): every word the name preparation asked its resolver for, in the order
 * asked (the index interns them in that order, so each word gets the id `add` would give it), and each
 * name's tokens as places among its own words. Plain data and typed arrays: cheap to post between threads.
 */
export interface PreparedNames {
  /** Per entry, its names (distinct variants), and the identifiers written among its aliases. */
  entryNames: Uint32Array;
  identifiers: string[][];
  /** Per name: the name as indexed, its words asked for, its tokens, its acronym ('' for none). */
  raws: string[];
  nameWords: Uint32Array;
  nameTokens: Uint32Array;
  acronyms: string[];
  /** The words asked for (original forms), all names one after the other. */
  words: string[];
  /** Per token: its word's place among its name's words, its kind and tag. */
  tokenWord: Uint32Array;
  kinds: Uint8Array;
  tags: Uint16Array;
}

/** A word's facts from a map of those met so far, worked out (`makeTokenInfo`) and kept when new. */
export function factsFrom(known: Map<string, TokenInfo>): (orig: string) => TokenInfo {
  return (orig) => {
    let info = known.get(orig);
    if (info === undefined) {
      info = makeTokenInfo(orig);
      known.set(orig, info);
    }
    return info;
  };
}

/**
 * Prepares the names of `entries` as `CandidateIndex.add` would (the same separation of identifiers,
 * variants, `prepareName` and acronym), with each word's facts from `facts`: any object `makeTokenInfo`
 * made for the word (it is pure, so they are the facts the index's own word carries; `prepareName` reads
 * no word's id).
 */
export function prepareNames(
  entries: readonly NamesToPrepare[],
  facts: (orig: string) => TokenInfo = factsFrom(new Map()),
): PreparedNames {
  const entryNames = new Uint32Array(entries.length);
  const identifiers: string[][] = [];
  const raws: string[] = [];
  const acronyms: string[] = [];
  const words: string[] = [];
  const nameWords = new Growable(Uint32Array);
  const nameTokens = new Growable(Uint32Array);
  const tokenWord = new Growable(Uint32Array);
  const kinds = new Growable(Uint8Array);
  const tags = new Growable(Uint16Array);
  // The name's words asked for so far: original form -> first place among them.
  const placeOf = new Map<string, number>();
  let asked = 0;
  const resolve = (orig: string) => {
    if (!placeOf.has(orig)) {
      placeOf.set(orig, asked);
    }
    asked++;
    words.push(orig);
    return facts(orig);
  };
  entries.forEach((entry, position) => {
    const mode = modeOfSchema(entry.schema);
    const separated = separateIdentifiers(entry.names);
    identifiers.push(separated.identifiers);
    const variants = distinctVariants(separated.names);
    entryNames[position] = variants.length;
    for (const raw of variants) {
      placeOf.clear();
      asked = 0;
      const name = prepareName(raw, mode, resolve);
      raws.push(raw);
      nameWords.push(asked);
      nameTokens.push(name.tokens.length);
      for (let index = 0; index < name.tokens.length; index++) {
        tokenWord.push(placeOf.get(name.tokens[index].orig)!);
        kinds.push(name.kinds[index]);
        tags.push(name.tags[index]);
      }
      acronyms.push(mode === 'person' ? '' : acronymOf(name));
    }
  });
  return {
    entryNames,
    identifiers,
    raws,
    nameWords: nameWords.toArray(),
    nameTokens: nameTokens.toArray(),
    acronyms,
    words,
    tokenWord: tokenWord.toArray(),
    kinds: kinds.toArray(),
    tags: tags.toArray(),
  };
}

/** The buffers of a batch's typed arrays, moved (not copied) to the thread that stores it. */
export function transferList(prepared: PreparedNames): ArrayBuffer[] {
  return [
    prepared.entryNames,
    prepared.nameWords,
    prepared.nameTokens,
    prepared.tokenWord,
    prepared.kinds,
    prepared.tags,
  ].map((array) => array.buffer as ArrayBuffer);
}

const WORKER_SCRIPT = join(__dirname, 'name-preparation.worker.js');

/** Whether a worker thread can prepare names: only from the build, which has the compiled worker script. */
export function preparationThreadAvailable(): boolean {
  return extname(__filename) === '.js' && existsSync(WORKER_SCRIPT);
}

/**
 * The preparation thread's young generation: three semi-spaces of 64 MB, what `npm start`'s
 * `--max-semi-space-size=64` gives the API's own thread. Preparing names makes many short-lived objects;
 * with V8's default 16 MB semi-spaces the thread scavenged (and its collector threads worked) far more.
 */
const PREPARATION_THREAD_LIMITS = { maxYoungGenerationSizeMb: 3 * 64 } as const;

/** Entries a batch of names to prepare holds. */
const BATCH_ENTRIES = 2_000;
/** Every this many batches, one is prepared on this thread (see `NamePreparationThread`). */
const HERE_EVERY = 3;

interface Batch {
  entries: IndexEntry[];
  prepared: PreparedNames | null;
}

/**
 * Prepares entries' names on a worker thread while this thread stores the batches already prepared, in
 * the order added (the worker answers its messages in order). Filling an index is mostly preparing names
 * (the tokeniser, `prepareName`), which needs no vocabulary; interning stays on this thread, so the words'
 * ids are those of adding one entry after the other. Storing is about a third of the work, so this thread
 * also prepares one batch in HERE_EVERY: the two threads then have about as much to do. Batches are stored
 * between the caller's turns: a caller adding many entries should let the event loop run now and then.
 */
export class NamePreparationThread {
  /** Started with the first batch (a fill of fewer entries prepares its one batch here). */
  private worker: Worker | null = null;
  /** Batches added and not yet stored, in order; and those of them sent to the worker, in order. */
  private readonly pending: Batch[] = [];
  private readonly atWorker: Batch[] = [];
  private batch: IndexEntry[] = [];
  private batches = 0;
  private failure: Error | null = null;
  private waiting: { resolve: () => void; reject: (error: unknown) => void } | null = null;

  /**
   * `store` stores a batch in the index; `here` prepares one on this thread (with the index's own words'
   * facts, see `CandidateIndex.loader`), and `stored` says when every batch added is stored.
   */
  constructor(
    private readonly store: (entries: IndexEntry[], prepared: PreparedNames) => void,
    private readonly here: (entries: IndexEntry[]) => PreparedNames,
    private readonly stored: () => void,
  ) {}

  private startWorker(): Worker {
    const worker = new Worker(WORKER_SCRIPT, { resourceLimits: PREPARATION_THREAD_LIMITS });
    worker.on('message', (prepared: PreparedNames) => {
      const batch = this.atWorker.shift();
      if (batch) {
        batch.prepared = prepared;
        this.storeReady();
      }
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.atWorker.length > 0) {
        this.fail(new Error(`the name preparation thread exited (code ${code}) with entries not prepared`));
      }
    });
    return worker;
  }

  add(entry: IndexEntry): void {
    if (this.failure !== null) {
      throw this.failure;
    }
    this.batch.push(entry);
    if (this.batch.length >= BATCH_ENTRIES) {
      this.dispatch();
    }
  }

  /** Resolves when every entry added is stored; the thread then ends. */
  async finish(): Promise<void> {
    try {
      this.dispatch(true);
      if (this.failure !== null) {
        throw this.failure;
      }
      if (this.pending.length > 0) {
        await new Promise<void>((resolve, reject) => (this.waiting = { resolve, reject }));
      }
    } finally {
      await this.worker?.terminate();
    }
  }

  /** Sends the batch being filled to be prepared (here when it is the last and the worker never started). */
  private dispatch(last = false): void {
    if (this.batch.length === 0) {
      return;
    }
    const batch: Batch = { entries: this.batch, prepared: null };
    this.batch = [];
    this.pending.push(batch);
    if (this.batches++ % HERE_EVERY === HERE_EVERY - 1 || (last && this.worker === null)) {
      batch.prepared = this.here(batch.entries);
      this.storeReady();
    } else {
      this.atWorker.push(batch);
      const names: NamesToPrepare[] = batch.entries.map((entry) => ({ schema: entry.schema, names: entry.names }));
      (this.worker ??= this.startWorker()).postMessage(names);
    }
  }

  /** Stores the prepared batches at the head of the order. */
  private storeReady(): void {
    try {
      while (this.pending.length > 0 && this.pending[0].prepared !== null) {
        const batch = this.pending.shift()!;
        this.store(batch.entries, batch.prepared!);
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    if (this.pending.length === 0) {
      this.stored();
      this.waiting?.resolve();
    }
  }

  private fail(error: unknown): void {
    this.failure ??= error instanceof Error ? error : new Error(String(error));
    this.pending.length = 0;
    this.atWorker.length = 0;
    this.waiting?.reject(this.failure);
  }
}
