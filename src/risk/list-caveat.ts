/** What an assessment needs to know of a list version it was checked against. */
export interface ListCaveatInput {
  listId: string;
  sample: boolean;
  stale: boolean;
}

function names(ids: string[]): string {
  return ids.join(', ');
}

/**
 * The reason an assessment gives when its lists cannot bear a NONE on their own: no list loaded, sample copies
 * shipped with partner-graph (not the publishers' current files), or lists overdue for a sync. Null when every list
 * version is a current copy of the publisher's file.
 */
export function listCaveat(lists: readonly ListCaveatInput[]): string | null {
  if (lists.length === 0) {
    return 'No list version is loaded: no party was checked against any sanctions or export-control list.';
  }
  const samples = lists.filter((list) => list.sample).map((list) => list.listId);
  const stale = lists.filter((list) => list.stale).map((list) => list.listId);
  if (samples.length === 0 && stale.length === 0) {
    return null;
  }
  const parts: string[] = [];
  if (samples.length > 0) {
    const who =
      samples.length === lists.length
        ? lists.length === 1
          ? 'it is'
          : 'all are'
        : `${samples.length} ${samples.length === 1 ? 'is' : 'are'}`;
    const what =
      samples.length === 1
        ? "a sample copy shipped with partner-graph, not the publisher's current file"
        : "sample copies shipped with partner-graph, not the publishers' current files";
    parts.push(`${who} ${what} (${names(samples)})`);
  }
  if (stale.length > 0) {
    parts.push(
      `${stale.length} ${stale.length === 1 ? 'is' : 'are'} overdue, with no successful sync or import within ${stale.length === 1 ? 'its' : 'their'} expected interval (${names(stale)})`,
    );
  }
  return (
    `Checked against ${lists.length} list version${lists.length === 1 ? '' : 's'}; ${parts.join('; and ')}: ` +
    'a listing missing from them is not found. Import or sync the current lists before relying on this result.'
  );
}
