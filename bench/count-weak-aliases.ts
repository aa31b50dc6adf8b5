/**
 * Counts the weak aliases of the lists `npm start` loads (seed/watchlists.json), by schema, length, word count,
 * whether the same string is another entry's strong name, how common its words are (the common-name tables) and
 * whether it is an acronym; writes one JSON line per weak alias to the file given.
 *
 *   npm run bench:build && node dist-bench/bench/count-weak-aliases.js /tmp/weak-aliases.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parserFor } from '../src/watchlists/parsers/parser-registry';
import type { WatchlistEntry, WatchlistFormat } from '../src/watchlists/watchlist-record';
import { getReferenceData, tokenKey } from '../src/matching/reference-data';
import { weakAliasKey } from '../src/matching/weak-aliases';
import { findUp } from './lib/find-up';

async function main(): Promise<void> {
  const root = join(findUp('seed/watchlists.json', __dirname), '..', '..');
  const seed = JSON.parse(readFileSync(join(root, 'seed/watchlists.json'), 'utf8')) as {
    lists: Array<{ format: WatchlistFormat; path: string }>;
  };
  const entries: WatchlistEntry[] = [];
  for (const { format, path } of seed.lists) {
    for await (const event of parserFor(format).parse(join(root, path), {})) {
      if (event.kind === 'entry') {
        entries.push(event.entry);
      }
    }
  }
  const strongOwners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases.filter((a) => a.quality === 'strong').map((a) => a.name)]) {
      const key = weakAliasKey(name);
      const owners = strongOwners.get(key) ?? new Set<string>();
      owners.add(`${entry.listId}:${entry.entryId}`);
      strongOwners.set(key, owners);
    }
  }
  const data = getReferenceData();
  const lines: string[] = [];
  for (const entry of entries) {
    const id = `${entry.listId}:${entry.entryId}`;
    for (const alias of entry.aliases.filter((a) => a.quality === 'weak')) {
      const key = weakAliasKey(alias.name);
      const words = key.split(' ').filter((word) => word.length > 0);
      const letters = key.replace(/[^\p{L}\p{N}]/gu, '').length;
      const owners = strongOwners.get(key) ?? new Set<string>();
      const ownStrong = owners.has(id);
      const otherStrong = [...owners].some((owner) => owner !== id);
      const wordKeys = words.map((word) => tokenKey(word));
      lines.push(
        JSON.stringify({
          list: entry.listId,
          id,
          schema: entry.schema,
          alias: alias.name,
          key,
          letters,
          words: words.length,
          ownStrong,
          otherStrong,
          acronym: /^[A-Z0-9&.\- ]+$/.test(alias.name.trim()) && words.length === 1 && letters <= 6,
          givenName: wordKeys.some((word) => data.givenNames.has(word)),
          commonName: wordKeys.some((word) => data.commonPersonNames.has(word)),
          englishWord: wordKeys.some((word) => data.englishWords.has(word)),
          allCommon: wordKeys.every(
            (word) => data.givenNames.has(word) || data.commonPersonNames.has(word) || data.englishWords.has(word),
          ),
        }),
      );
    }
  }
  writeFileSync(process.argv[2] ?? '/tmp/weak-aliases.jsonl', `${lines.join('\n')}\n`);
  console.log(`${entries.length} entries, ${lines.length} weak aliases`);
}

void main();
