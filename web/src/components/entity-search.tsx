import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../api/client';
import { SEARCH_ENTITIES, type SearchHit } from '../api/operations';
import { useWatchlists } from '../watchlist-names';
import { Countries, kindOf, listIdOf, RiskCategories } from './badges';
import { Empty, ErrorBox } from './states';

export interface SearchState {
  /** The query the hits or the error belong to ('' before any). */
  query: string;
  loading: boolean;
  hits: SearchHit[] | null;
  error: unknown;
}

const IDLE: SearchState = { query: '', loading: false, hits: null, error: null };

/**
 * Results as you type, one request at a time: a keystroke when no search is running is sent at
 * once; keystrokes while one runs wait for it, and only the last of them is sent when it ends (the
 * others are never sent). Aborting a stale request would not stop the server's work on it, so on a
 * busy server requests for every keystroke would compete with the one that matters (bench:web's
 * typing figures). The hits shown are always those of the latest query; the last ones stay shown
 * meanwhile.
 */
export function useEntitySearch(query: string, limit: number): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  /** The search running now, settled (never rejected) when it ends. */
  const running = useRef<Promise<void> | null>(null);
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length === 0) {
      setState(IDLE);
      return;
    }
    let current = true;
    setState((previous) => (previous.loading ? previous : { ...previous, loading: true }));
    const send = () => {
      if (!current) {
        return;
      }
      const request = graphql(SEARCH_ENTITIES, { query: trimmed, limit }).then(
        (data) => {
          if (current) {
            setState({ query: trimmed, loading: false, hits: data.searchEntities, error: null });
          }
        },
        (error: unknown) => {
          if (current) {
            setState({ query: trimmed, loading: false, hits: null, error });
          }
        },
      );
      running.current = request;
      void request.then(() => {
        if (running.current === request) {
          running.current = null;
        }
      });
    };
    if (running.current) {
      void running.current.then(send);
    } else {
      send();
    }
    return () => {
      current = false;
    };
  }, [query, limit]);
  return state;
}

export function HitListLists({ entityId }: { entityId: string }) {
  const watchlists = useWatchlists();
  const ids = new Set(watchlists.map((list) => list.id));
  const listId = listIdOf(entityId, ids);
  if (!listId) {
    return null;
  }
  const list = watchlists.find((candidate) => candidate.id === listId);
  return <span className="badge list">{list?.name ?? listId}</span>;
}

export function HitSummary({ hit }: { hit: SearchHit }) {
  const { entity } = hit;
  return (
    <>
      <span className="hit-name" dir="auto">
        {entity.name}
      </span>
      {hit.matchedName !== entity.name && (
        <span className="hit-matched">
          {' '}
          (<span dir="auto">{hit.matchedName}</span>)
        </span>
      )}
      <span className="hit-meta">
        {' '}
        <span className="kind">{kindOf(entity)}</span> <Countries countries={entity.country} />{' '}
        <RiskCategories categories={entity.riskCategories} /> <HitListLists entityId={entity.id} />
        {entity.demo && <span className="badge demo">demo</span>}
      </span>
    </>
  );
}

/** A search box with a list of hits to pick one from (keyboard: arrows and Enter). */
export function EntityPicker({
  label,
  onPick,
  picked,
}: {
  label: string;
  onPick: (hit: SearchHit | null) => void;
  picked: SearchHit | null;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const state = useEntitySearch(open ? query : '', 8);
  const hits = state.hits ?? [];
  const listRef = useRef<HTMLUListElement>(null);

  const choose = (hit: SearchHit) => {
    onPick(hit);
    setQuery(hit.entity.name);
    setOpen(false);
  };

  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        dir="auto"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        autoComplete="off"
        value={query}
        placeholder="Type a name in any script"
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
          if (picked) {
            onPick(null);
          }
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((index) => Math.min(index + 1, hits.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter' && hits[active]) {
            event.preventDefault();
            choose(hits[active]);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && state.error !== null && <ErrorBox error={state.error} />}
      {open && state.hits !== null && hits.length === 0 && !state.loading && (
        <Empty>No entity matches “{state.query}”.</Empty>
      )}
      {open && hits.length > 0 && (
        <ul id={`${id}-list`} role="listbox" className="picker-list" ref={listRef} aria-label={`${label}: matches`}>
          {hits.map((hit, index) => (
            <li
              key={hit.entity.id}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : ''}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
            >
              <HitSummary hit={hit} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
