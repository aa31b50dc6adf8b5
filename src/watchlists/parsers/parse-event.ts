import type { WatchlistFileMetadata, WatchlistParseEvent, WatchlistPosition } from '../watchlist-record';

/** The events every parser yields besides entries: the file's metadata, and a record refused where it stands. */
export function metadataEvent(
  metadata: Partial<WatchlistFileMetadata> & Pick<WatchlistFileMetadata, 'format' | 'listId' | 'files'>,
): WatchlistParseEvent {
  return {
    kind: 'metadata',
    metadata: { issuedAt: null, version: null, warnings: [], ...metadata },
  };
}

export function rejectedEvent(
  position: Pick<WatchlistPosition, 'file'> & Partial<WatchlistPosition>,
  code: string,
  reason: string,
): WatchlistParseEvent {
  return {
    kind: 'rejected',
    rejection: { file: position.file, line: position.line ?? null, record: position.record ?? null, code, reason },
  };
}
