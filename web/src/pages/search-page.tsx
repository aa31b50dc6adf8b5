import { useEffect, useRef, useState } from 'react';
import { HitSummary, useEntitySearch } from '../components/entity-search';
import { Empty, ErrorBox, Loading } from '../components/states';
import { entityPath, Link, navigate, useLocation } from '../router';

export function SearchPage() {
  const location = useLocation();
  const [query, setQuery] = useState(location.query.get('q') ?? '');
  const state = useEntitySearch(query, 25);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  // The query stays in the address, so Back from an entity returns to the same results.
  useEffect(() => {
    const target = query.trim() ? `/?q=${encodeURIComponent(query.trim())}` : '/';
    if (`${window.location.pathname}${window.location.search}` !== target) {
      navigate(target, { replace: true });
    }
  }, [query]);

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <p className="hint">
        Graph entities and every list entry, by name, alias or acronym, in any script (Latin, Chinese, Cyrillic,
        Persian…).
      </p>
      <div className="search-box">
        <label htmlFor="search-input">Name</label>
        <input
          id="search-input"
          ref={input}
          type="search"
          dir="auto"
          autoComplete="off"
          value={query}
          placeholder="e.g. a university, a company, a person"
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div
        aria-live="polite"
        aria-busy={state.loading}
        className="results"
        data-query={state.query}
        data-loading={state.loading ? 'true' : 'false'}
      >
        {!query.trim() && <Empty>Type a name to search.</Empty>}
        {query.trim() && state.loading && state.hits === null && state.error === null && <Loading what="matches" />}
        {state.error !== null && <ErrorBox error={state.error} />}
        {query.trim() && state.hits !== null && state.hits.length === 0 && (
          <Empty>No entity matches “{state.query}”.</Empty>
        )}
        {query.trim() && state.hits !== null && state.hits.length > 0 && (
          <ol className="hits" aria-label="Search results">
            {state.hits.map((hit) => (
              <li key={hit.entity.id} className="hit">
                <Link to={entityPath(hit.entity.id)}>
                  <HitSummary hit={hit} />
                </Link>
                <span className="score" title="How closely the best name matches">
                  {hit.score.toFixed(2)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
