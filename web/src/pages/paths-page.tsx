import { type FormEvent, useState } from 'react';
import { graphql } from '../api/client';
import { PATHS, type Path, type SearchHit } from '../api/operations';
import { EntityPicker } from '../components/entity-search';
import { LazyPathDrawing } from '../components/lazy-graphs';
import { Empty, ErrorBox, Loading } from '../components/states';

type Result =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; paths: Path[] } | { status: 'error'; error: unknown };

export function PathsPage() {
  const [from, setFrom] = useState<SearchHit | null>(null);
  const [to, setTo] = useState<SearchHit | null>(null);
  const [maxHops, setMaxHops] = useState(4);
  const [result, setResult] = useState<Result>({ status: 'idle' });

  const find = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) {
      return;
    }
    setResult({ status: 'loading' });
    graphql(PATHS, { fromId: from.entity.id, toId: to.entity.id, maxHops }).then(
      (data) => setResult({ status: 'done', paths: data.paths }),
      (error: unknown) => setResult({ status: 'error', error }),
    );
  };

  return (
    <section aria-labelledby="paths-title">
      <h1 id="paths-title">Paths</h1>
      <p className="hint">The shortest chains of relationships between two entities, in either direction.</p>
      <form className="paths-form" onSubmit={find}>
        <EntityPicker label="From" picked={from} onPick={setFrom} />
        <EntityPicker label="To" picked={to} onPick={setTo} />
        <div>
          <label htmlFor="max-hops">Most hops</label>
          <select id="max-hops" value={maxHops} onChange={(event) => setMaxHops(Number(event.target.value))}>
            {[1, 2, 3, 4, 5, 6].map((hops) => (
              <option key={hops}>{hops}</option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!from || !to || result.status === 'loading'}>
          Find paths
        </button>
      </form>
      {result.status === 'loading' && <Loading what="paths" />}
      {result.status === 'error' && <ErrorBox error={result.error} />}
      {result.status === 'done' && result.paths.length === 0 && (
        <Empty>
          No path within {maxHops} hops between {from?.entity.name} and {to?.entity.name}.
        </Empty>
      )}
      {result.status === 'done' && result.paths.length > 0 && (
        <LazyPathDrawing
          paths={result.paths}
          label={`Paths from ${from?.entity.name ?? ''} to ${to?.entity.name ?? ''}`}
        />
      )}
    </section>
  );
}
