import { useCallback, useEffect, useState } from 'react';
import { ApiError, getJson, graphql, setApiKey } from './api/client';
import { type Watchlist, WATCHLISTS } from './api/operations';
import { ErrorBox, Loading } from './components/states';
import { AlertsPage } from './pages/alerts-page';
import { CasePage } from './pages/case-page';
import { CasesPage, NewCasePage } from './pages/cases-page';
import { EntityPage } from './pages/entity-page';
import { ListsPage } from './pages/lists-page';
import { PathsPage } from './pages/paths-page';
import { ScreeningPage } from './pages/screening-page';
import { SearchPage } from './pages/search-page';
import { SignInPage } from './pages/sign-in-page';
import { Link, useLocation } from './router';
import { can, type Me, SessionContext } from './session';
import { WatchlistsContext } from './watchlist-names';

type MeAnswer = (Me & { authenticated: true }) | { authenticated: false; code: string; message: string };

type Session = { status: 'checking' } | { status: 'signed-in'; me: Me } | { status: 'needs-key'; error: unknown };

export function App() {
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const [watchlists, setWatchlists] = useState<Watchlist[]>([]);

  const check = useCallback((key: string | null) => {
    setApiKey(key);
    setSession({ status: 'checking' });
    getJson<MeAnswer>('/api/me').then(
      (answer) => {
        if (answer.authenticated) {
          setSession({ status: 'signed-in', me: answer });
          return;
        }
        setApiKey(null);
        // A first visit without a key is not an error worth showing.
        setSession({
          status: 'needs-key',
          error: key === null ? null : new ApiError(answer.message, answer.code, 401),
        });
      },
      (error: unknown) => {
        setApiKey(null);
        setSession({ status: 'needs-key', error });
      },
    );
  }, []);

  useEffect(() => check(null), [check]);

  useEffect(() => {
    if (session.status !== 'signed-in') {
      return;
    }
    graphql(WATCHLISTS, {}).then(
      (data) => setWatchlists(data.watchlists),
      () => setWatchlists([]),
    );
  }, [session.status]);

  if (session.status === 'checking') {
    return <Loading what="partner-graph" />;
  }
  if (session.status === 'needs-key') {
    return <SignInPage onSubmit={check} error={session.error} />;
  }
  const signOut = () => check(null);
  return (
    <SessionContext.Provider value={session.me}>
      <WatchlistsContext.Provider value={watchlists}>
        <Shell me={session.me} onSignOut={signOut} />
      </WatchlistsContext.Provider>
    </SessionContext.Provider>
  );
}

function Shell({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const location = useLocation();
  useEffect(() => {
    // The browser test reads this mark for the first page load time.
    if (performance.getEntriesByName('partner-graph:ready').length === 0) {
      performance.mark('partner-graph:ready');
    }
  }, []);
  const navigation: Array<{ to: string; label: string; show: boolean; active: boolean }> = [
    { to: '/', label: 'Search', show: true, active: location.path === '/' || location.path.startsWith('/entity/') },
    { to: '/paths', label: 'Paths', show: true, active: location.path === '/paths' },
    { to: '/screening', label: 'Screening', show: can(me, 'screener'), active: location.path === '/screening' },
    { to: '/lists', label: 'Lists', show: true, active: location.path === '/lists' },
    { to: '/cases', label: 'Cases', show: true, active: location.path.startsWith('/cases') },
    { to: '/alerts', label: 'Alerts', show: true, active: location.path === '/alerts' },
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">partner-graph</span>
        <nav aria-label="Pages">
          {navigation
            .filter((item) => item.show)
            .map((item) => (
              <Link key={item.to} to={item.to} aria-current={item.active ? 'page' : undefined}>
                {item.label}
              </Link>
            ))}
        </nav>
        <span className="user" data-role={me.role}>
          {me.localMode ? (
            <span className="badge local">Local mode: {me.displayName}, admin</span>
          ) : (
            <>
              <span className="user-name">{me.displayName}</span> <span className="badge role">{me.role}</span>{' '}
              <button type="button" onClick={onSignOut}>
                Sign out
              </button>
            </>
          )}
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <Page path={location.path} me={me} />
      </main>
    </>
  );
}

function Page({ path, me }: { path: string; me: Me }) {
  if (path === '/') {
    return <SearchPage />;
  }
  const entity = /^\/entity\/(.+)$/.exec(path);
  if (entity) {
    return <EntityPage id={decodeURIComponent(entity[1])} />;
  }
  if (path === '/paths') {
    return <PathsPage />;
  }
  if (path === '/screening') {
    return can(me, 'screener') ? (
      <ScreeningPage />
    ) : (
      <ErrorBox error={new ApiError('Screening needs the screener role', 'FORBIDDEN', 403)} />
    );
  }
  if (path === '/lists') {
    return <ListsPage />;
  }
  if (path === '/cases') {
    return <CasesPage />;
  }
  if (path === '/cases/new') {
    return can(me, 'screener') ? (
      <NewCasePage />
    ) : (
      <ErrorBox error={new ApiError('Opening a case needs the screener role', 'FORBIDDEN', 403)} />
    );
  }
  const oneCase = /^\/cases\/(.+)$/.exec(path);
  if (oneCase) {
    return <CasePage key={oneCase[1]} id={decodeURIComponent(oneCase[1])} />;
  }
  if (path === '/alerts') {
    return <AlertsPage />;
  }
  return <ErrorBox error={new ApiError(`No page at ${path}`, 'NOT_FOUND', 404)} />;
}
