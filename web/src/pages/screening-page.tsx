import { type FormEvent, useRef, useState } from 'react';
import { graphql } from '../api/client';
import {
  type BatchRowResult,
  SCREEN,
  SCREEN_BATCH,
  type ScreeningInput,
  type ScreeningResult,
} from '../api/operations';
import { Level, NotCounted, RiskCategories } from '../components/badges';
import { LazyPathDrawing } from '../components/lazy-graphs';
import { Empty, ErrorBox, Loading } from '../components/states';
import { type BatchRow, formatCsv, readBatch } from '../csv';
import { entityPath, Link } from '../router';

const SCHEMAS = ['LegalEntity', 'Organization', 'Company', 'PublicBody', 'Person', 'Vessel', 'Airplane'];
/** Rows sent per request: small enough for a steady progress bar, large enough to keep the overhead low. */
const BATCH_CHUNK = 20;

export function ScreeningPage() {
  return (
    <section aria-labelledby="screening-title">
      <h1 id="screening-title">Screening</h1>
      <SingleScreening />
      <BatchScreening />
    </section>
  );
}

function SingleScreening() {
  const [name, setName] = useState('');
  const [schema, setSchema] = useState('LegalEntity');
  const [country, setCountry] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'loading' }
    | { status: 'done'; result: ScreeningResult }
    | { status: 'error'; error: unknown }
  >({ status: 'idle' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: ScreeningInput = { name: name.trim(), schema, limit: 10 };
    if (country.trim()) {
      input.country = country
        .split(/[,;]/)
        .map((part) => part.trim())
        .filter(Boolean);
    }
    if (dateOfBirth.trim()) {
      input.dateOfBirth = [dateOfBirth.trim()];
    }
    setState({ status: 'loading' });
    graphql(SCREEN, { input }).then(
      (data) => setState({ status: 'done', result: data.screen }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  };

  return (
    <div className="screen-one">
      <h2>One party</h2>
      <form className="screen-form" onSubmit={submit}>
        <div>
          <label htmlFor="screen-name">Name</label>
          <input id="screen-name" required value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div>
          <label htmlFor="screen-type">Type</label>
          <select id="screen-type" value={schema} onChange={(event) => setSchema(event.target.value)}>
            {SCHEMAS.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="screen-country">Country (ISO code or name)</label>
          <input id="screen-country" value={country} onChange={(event) => setCountry(event.target.value)} />
        </div>
        <div>
          <label htmlFor="screen-dob">Date of birth (YYYY, YYYY-MM or YYYY-MM-DD)</label>
          <input
            id="screen-dob"
            value={dateOfBirth}
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            onChange={(event) => setDateOfBirth(event.target.value)}
          />
        </div>
        <button type="submit" disabled={!name.trim() || state.status === 'loading'}>
          Screen
        </button>
      </form>
      {state.status === 'loading' && <Loading what="the screening" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'done' && <ScreeningResultView result={state.result} />}
    </div>
  );
}

function ScreeningResultView({ result }: { result: ScreeningResult }) {
  return (
    <div className="screening-result" aria-label="Screening result">
      <p>
        Risk level: <Level level={result.riskLevel} />{' '}
        <span className="muted">
          rules {result.rulesVersion}, screened {result.screenedAt}
        </span>
      </p>
      {result.riskReasons.length > 0 && (
        <ul className="reasons">
          {result.riskReasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {result.resolution && (
        <p className="resolution">
          Resolution: <strong>{result.resolution.status}</strong>. {result.resolution.explanation}
        </p>
      )}
      <h3>Matches</h3>
      {result.matches.length === 0 && <Empty>No list entry or graph entity comes close.</Empty>}
      <ol className="matches">
        {result.matches.map((match) => (
          <li key={match.entityId} className={match.match ? 'match is-match' : 'match'}>
            <p>
              <Link to={entityPath(match.entityId)}>{match.name}</Link>{' '}
              <span className="score">{match.score.toFixed(2)}</span>{' '}
              {match.match ? (
                <span className="badge level level-high">match</span>
              ) : (
                <span className="badge">below threshold</span>
              )}{' '}
              <RiskCategories categories={match.riskCategories} />{' '}
              {match.lists.map((listing) => (
                <span key={`${listing.id}-${listing.programme ?? ''}`} className="badge list">
                  {listing.id}
                  {listing.programme ? `: ${listing.programme}` : ''}
                </span>
              ))}
              {match.curated && <span className="badge">curated graph entity</span>}
            </p>
            <p className="compared">
              “{match.queryName}” compared with “{match.matchedName}” ({match.schema})
            </p>
            <details open={match.match}>
              <summary>Why this score</summary>
              <ul className="features">
                {match.features.map((feature) => (
                  <li key={feature.name}>
                    <code>{feature.name}</code> {feature.value.toFixed(2)}: {feature.reason}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      <h3>Path risks</h3>
      {result.pathRisks.length === 0 ? (
        <Empty>No affiliation path to a risk target.</Empty>
      ) : (
        <>
          <ul className="reasons">
            {result.pathRisks.map((finding, index) => (
              <li key={index} className={finding.counted ? 'path-risk' : 'path-risk not-counted'}>
                {finding.counted ? <Level level={finding.level} /> : <NotCounted />} {finding.sentence}
              </li>
            ))}
          </ul>
          <LazyPathDrawing paths={result.pathRisks.slice(0, 5).map((finding) => finding.path)} label="Risk paths" />
        </>
      )}
      {result.pathRisksTruncated && <p className="note">A cap cut a path walk short.</p>}
      <p className="muted list-versions">
        Lists used: {result.listVersions.length === 0 && 'none imported (the graph’s curated entities only)'}
        {result.listVersions
          .map(
            (version) =>
              `${version.listName ?? version.listId}${version.sample ? ' (sample)' : ''}${version.stale ? ' (overdue)' : ''}`,
          )
          .join(', ')}
      </p>
    </div>
  );
}

interface BatchOutcome {
  row: BatchRow;
  result: BatchRowResult;
}

function BatchScreening() {
  const [rows, setRows] = useState<BatchRow[] | null>(null);
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const [outcomes, setOutcomes] = useState<BatchOutcome[] | null>(null);
  const [download, setDownload] = useState<string | null>(null);
  const cancelled = useRef(false);

  const load = async (file: File | undefined) => {
    setRows(null);
    setOutcomes(null);
    setError(null);
    setDone(0);
    if (download) {
      URL.revokeObjectURL(download);
      setDownload(null);
    }
    if (!file) {
      return;
    }
    setFileName(file.name);
    try {
      const batch = readBatch(await file.text());
      const empty = batch.rows.find((row) => row.name.length === 0);
      if (empty) {
        throw new Error(`Line ${empty.line} has no name`);
      }
      if (batch.rows.length === 0) {
        throw new Error('The file has a header but no rows');
      }
      setRows(batch.rows);
    } catch (reason) {
      setError(reason);
    }
  };

  const run = async () => {
    if (!rows) {
      return;
    }
    setRunning(true);
    setError(null);
    setDone(0);
    cancelled.current = false;
    const collected: BatchOutcome[] = [];
    try {
      for (let start = 0; start < rows.length && !cancelled.current; start += BATCH_CHUNK) {
        const chunk = rows.slice(start, start + BATCH_CHUNK);
        const data = await graphql(SCREEN_BATCH, {
          inputs: chunk.map(({ line: _line, ...input }) => ({ ...input, limit: 3 })),
        });
        data.screenBatch.forEach((result, index) => collected.push({ row: chunk[index], result }));
        setDone(collected.length);
      }
      setOutcomes(collected);
      const csv = formatCsv([
        [
          'line',
          'name',
          'type',
          'country',
          'dateOfBirth',
          'riskLevel',
          'topMatch',
          'topScore',
          'topLists',
          'matches',
          'reasons',
        ],
        ...collected.map(({ row, result }) => {
          const top = result.matches[0];
          return [
            row.line,
            row.name,
            row.schema ?? '',
            (row.country ?? []).join(';'),
            (row.dateOfBirth ?? []).join(';'),
            result.riskLevel,
            top?.name ?? '',
            top ? top.score.toFixed(3) : '',
            (top?.lists ?? []).map((listing) => listing.id).join(';'),
            result.matches.filter((match) => match.match).length,
            result.riskReasons.join(' | '),
          ];
        }),
      ]);
      setDownload(URL.createObjectURL(new Blob([`\uFEFF${csv}\r\n`], { type: 'text/csv;charset=utf-8' })));
    } catch (reason) {
      setError(reason);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="screen-batch">
      <h2>Batch (CSV)</h2>
      <p className="hint">
        A CSV file with a header row: <code>name</code> and optionally <code>type</code>, <code>country</code>,{' '}
        <code>dateOfBirth</code> (several values separated by <code>;</code>).
      </p>
      <label htmlFor="batch-file">CSV file</label>
      <input
        id="batch-file"
        type="file"
        accept=".csv,text/csv"
        onChange={(event) => void load(event.target.files?.[0])}
      />
      {rows && (
        <p>
          {fileName}: {rows.length} {rows.length === 1 ? 'row' : 'rows'}.{' '}
          <button type="button" onClick={() => void run()} disabled={running}>
            Screen {rows.length} {rows.length === 1 ? 'row' : 'rows'}
          </button>{' '}
          {running && (
            <button type="button" onClick={() => (cancelled.current = true)}>
              Stop
            </button>
          )}
        </p>
      )}
      {rows && (running || done > 0) && (
        <div className="progress">
          <label htmlFor="batch-progress">Progress</label>
          <progress id="batch-progress" max={rows.length} value={done} />
          <span>
            {done} of {rows.length}
          </span>
        </div>
      )}
      {error !== null && <ErrorBox error={error} />}
      {outcomes && download && (
        <>
          <p>
            <a href={download} download={`${fileName.replace(/\.csv$/i, '')}-screened.csv`} className="download">
              Download results (CSV)
            </a>
          </p>
          <table className="batch-results" aria-label="Batch results">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Name</th>
                <th scope="col">Risk</th>
                <th scope="col">Best match</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map(({ row, result }) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.name}</td>
                  <td>
                    <Level level={result.riskLevel} />
                  </td>
                  <td>
                    {result.matches[0] ? (
                      <Link to={entityPath(result.matches[0].entityId)}>{result.matches[0].name}</Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{result.matches[0]?.score.toFixed(2) ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
