/**
 * The name preparation thread (see `NamePreparationThread`): prepares each batch of entries' names it is
 * sent and posts them back, in order.
 */
import { parentPort } from 'node:worker_threads';
import { factsFrom, prepareNames, transferList, type NamesToPrepare } from './name-preparation';
import { getReferenceData } from './reference-data';
import type { TokenInfo } from './tokenise';

// Read the name reference data before the first batch arrives.
getReferenceData();
// The words met so far (one index's, the thread lives for one fill): each word's facts worked out once.
const facts = factsFrom(new Map<string, TokenInfo>());
parentPort!.on('message', (entries: NamesToPrepare[]) => {
  const prepared = prepareNames(entries, facts);
  parentPort!.postMessage(prepared, transferList(prepared));
});
