import { type FormEvent, useState } from 'react';
import { graphql, uploadFile } from '../api/client';
import { type ListVersion, WATCHLISTS } from '../api/operations';
import { Empty, ErrorBox, Loading } from '../components/states';
import { can, useMe } from '../session';
import { useAsync } from '../use-async';

/** The formats POST /api/watchlists/:list/import takes as one file (OFAC's side files: use the CLI). */
const UPLOAD_FORMATS = [
  'un-xml',
  'csl-csv',
  'bis-dpl',
  'ftm',
  'ftm-delta',
  'uk-sanctions',
  'uk-sanctions-jsonl',
  'ca-nro',
  'jp-meti-eul',
];

/** The ImportResult REST, GraphQL and the CLI answer (src/watchlists/import-result.ts). */
interface ImportSummary {
  list: string;
  version: string | null;
  status: 'imported' | 'unchanged';
  entries: number;
  counts: { added: number; changed: number; removed: number; unchanged: number; rejected: number };
  relationships: number;
  warnings: Array<{ code: string; message: string; file: string; line: number | null; record: number | null }>;
  warningsTotal: number;
}

function count(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en');
}

function day(value: string | null): string {
  return value ? value.slice(0, 10) : '—';
}

export function ListsPage() {
  const me = useMe();
  const [reload, setReload] = useState(0);
  const state = useAsync((signal) => graphql(WATCHLISTS, {}, signal), [reload]);
  return (
    <section aria-labelledby="lists-title">
      <h1 id="lists-title">Lists</h1>
      {(state.status === 'loading' || state.status === 'idle') && <Loading what="the lists" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'done' && state.value.watchlists.length === 0 && <Empty>No list has been imported yet.</Empty>}
      {state.status === 'done' && state.value.watchlists.length > 0 && (
        <table className="lists" aria-label="Lists">
          <thead>
            <tr>
              <th scope="col">List</th>
              <th scope="col">Active version</th>
              <th scope="col">Issued</th>
              <th scope="col">Entries</th>
              <th scope="col">Added / updated / delisted</th>
              <th scope="col">Sample</th>
              <th scope="col">Freshness</th>
              <th scope="col">History</th>
            </tr>
          </thead>
          <tbody>
            {state.value.watchlists.map((list) => {
              const active = list.activeVersion;
              return (
                <tr key={list.id}>
                  <th scope="row">
                    {list.name}
                    <br />
                    <code>{list.id}</code>
                  </th>
                  <td>{active ? `#${active.seq} (${active.format})` : 'none active'}</td>
                  <td>
                    {day(active?.issuedAt ?? null)}
                    {active?.issuedAtSource && <span className="muted"> ({active.issuedAtSource.toLowerCase()})</span>}
                  </td>
                  <td>{count(active?.entryCount ?? null)}</td>
                  <td>
                    {count(active?.added ?? null)} / {count(active?.updated ?? null)} /{' '}
                    {count(active?.delisted ?? null)}
                  </td>
                  <td>{active?.sample ? <span className="badge sample">sample copy</span> : 'no'}</td>
                  <td>
                    {list.sync.overdue ? <span className="badge level level-high">overdue</span> : 'current'}
                    <span className="muted"> as of {day(list.sync.freshAsOf)}</span>
                  </td>
                  <td>
                    <details>
                      <summary>
                        {list.versions.length} {list.versions.length === 1 ? 'version' : 'versions'}
                      </summary>
                      <VersionHistory versions={list.versions} />
                    </details>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {can(me, 'admin') && (
        <ImportForm
          knownLists={state.status === 'done' ? state.value.watchlists.map((list) => list.id) : []}
          onImported={() => setReload((value) => value + 1)}
        />
      )}
    </section>
  );
}

function VersionHistory({ versions }: { versions: ListVersion[] }) {
  return (
    <table className="versions" aria-label="Versions">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Status</th>
          <th scope="col">Issued</th>
          <th scope="col">Imported</th>
          <th scope="col">Entries</th>
          <th scope="col">Rejected</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id}>
            <td>{version.seq}</td>
            <td>
              {version.status}
              {version.sample ? ' (sample)' : ''}
              {version.error ? `: ${version.error}` : ''}
            </td>
            <td>{day(version.issuedAt)}</td>
            <td>{day(version.importedAt)}</td>
            <td>{count(version.entryCount)}</td>
            <td>{count(version.rejected)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportForm({ knownLists, onImported }: { knownLists: string[]; onImported: () => void }) {
  const [listId, setListId] = useState('');
  const [format, setFormat] = useState(UPLOAD_FORMATS[0]);
  const [issuedAt, setIssuedAt] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<ImportSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      return;
    }
    setError(null);
    setSummary(null);
    setProgress(0);
    const query = new URLSearchParams({ format });
    if (issuedAt) {
      query.set('issuedAt', issuedAt);
    }
    uploadFile<ImportSummary[]>(
      `/api/watchlists/${encodeURIComponent(listId)}/import?${query.toString()}`,
      file,
      setProgress,
    ).then(
      (result) => {
        setSummary(result);
        setProgress(null);
        onImported();
      },
      (reason: unknown) => {
        setError(reason);
        setProgress(null);
      },
    );
  };

  return (
    <form className="import-form" onSubmit={submit} aria-labelledby="import-title">
      <h2 id="import-title">Import a list file (admin)</h2>
      <div>
        <label htmlFor="import-list">List id</label>
        <input
          id="import-list"
          list="known-lists"
          required
          pattern="[a-z0-9][a-z0-9_.\-]{0,63}"
          value={listId}
          onChange={(event) => setListId(event.target.value)}
        />
        <datalist id="known-lists">
          {knownLists.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      </div>
      <div>
        <label htmlFor="import-format">Format</label>
        <select id="import-format" value={format} onChange={(event) => setFormat(event.target.value)}>
          {UPLOAD_FORMATS.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="import-issued">Issued on (if the file does not say)</label>
        <input id="import-issued" type="date" value={issuedAt} onChange={(event) => setIssuedAt(event.target.value)} />
      </div>
      <div>
        <label htmlFor="import-file">File</label>
        <input id="import-file" type="file" required onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      <button type="submit" disabled={!file || !listId || progress !== null}>
        Import
      </button>
      {progress !== null && (
        <div className="progress">
          <label htmlFor="import-progress">
            {progress < 1 ? 'Uploading' : 'Importing (the server is reading the file)'}
          </label>
          <progress id="import-progress" max={1} value={progress < 1 ? progress : undefined} />
        </div>
      )}
      {error !== null && <ErrorBox error={error} />}
      {summary && (
        <div className="import-summary" role="status">
          {summary.map((one) => (
            <div key={`${one.list}-${one.version ?? ''}`}>
              <strong>{one.list}</strong>:{' '}
              {one.status === 'unchanged'
                ? 'unchanged (same file as the active version)'
                : `version ${one.version ?? ''} imported`}
              . {one.entries} entries: {one.counts.added} added, {one.counts.changed} changed, {one.counts.unchanged}{' '}
              unchanged, {one.counts.removed} removed (delisted), {one.counts.rejected} rejected; {one.relationships}{' '}
              relationships.
              {one.warnings.length > 0 && (
                <details>
                  <summary>Rejections ({one.warningsTotal})</summary>
                  <ul>
                    {one.warnings.slice(0, 50).map((rejection, index) => (
                      <li key={index}>{JSON.stringify(rejection)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          ))}
        </div>
      )}
    </form>
  );
}
