import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../api/client';
import { ACKNOWLEDGE_ALERT, type Alert, ALERTS } from '../api/case-operations';
import { Level } from '../components/badges';
import { Empty, ErrorBox, Loading } from '../components/states';
import { casePath, entityPath, Link, navigate, useLocation } from '../router';
import { can, useMe } from '../session';

type AlertStatus = 'OPEN' | 'ACKNOWLEDGED';

/** The alerts inbox: new or changed list matches that monitoring raised for monitored cases' parties. */
export function AlertsPage() {
  const me = useMe();
  const location = useLocation();
  const requested = location.query.get('status');
  const status: AlertStatus | null = requested === 'ALL' ? null : ((requested as AlertStatus | null) ?? 'OPEN');
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'done'; alerts: Alert[] } | { status: 'error'; error: unknown }
  >({ status: 'loading' });
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(
    () =>
      graphql(ALERTS, { status }).then(
        (data) => setState({ status: 'done', alerts: data.alerts }),
        (error: unknown) => setState({ status: 'error', error }),
      ),
    [status],
  );

  useEffect(() => {
    setState({ status: 'loading' });
    void load();
  }, [load]);

  const acknowledge = (alert: Alert) => {
    setBusy(alert.id);
    setActionError(null);
    graphql(ACKNOWLEDGE_ALERT, { id: alert.id })
      .then(() => load())
      .catch((error: unknown) => setActionError(error))
      .finally(() => setBusy(null));
  };

  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">Alerts</h1>
      <p className="hint">
        After each list or reference-data activation, the parties of open cases and of cases approved are screened
        again; a new or changed match that no dismissal suppresses raises an alert.
      </p>
      <div className="filters">
        <label htmlFor="alerts-status">Show</label>
        <select
          id="alerts-status"
          value={status ?? 'ALL'}
          onChange={(event) => navigate(`/alerts?status=${event.target.value}`, { replace: true })}
        >
          <option value="OPEN">Open</option>
          <option value="ACKNOWLEDGED">Acknowledged</option>
          <option value="ALL">All</option>
        </select>
      </div>
      {actionError !== null && <ErrorBox error={actionError} />}
      {state.status === 'loading' && <Loading what="alerts" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'done' && state.alerts.length === 0 && <Empty>No alert.</Empty>}
      {state.status === 'done' && state.alerts.length > 0 && (
        <ol className="alerts" aria-label="Alerts">
          {state.alerts.map((alert) => (
            <li key={alert.id} className="alert" data-alert-id={alert.id} data-status={alert.status}>
              <h2 className="alert-title">
                <Level level={alert.finding.severity} /> <span className="badge">{alert.change}</span>{' '}
                <span dir="auto">{alert.finding.summary}</span>
              </h2>
              <p>
                Case <Link to={casePath(alert.caseId)}>{alert.caseId}</Link>, {alert.party.role.toLowerCase()}{' '}
                <span dir="auto">{alert.party.name}</span>
                {alert.finding.matchedEntity && (
                  <>
                    {' '}
                    matched{' '}
                    <Link to={entityPath(alert.finding.matchedEntity.id)} dir="auto">
                      {alert.finding.matchedEntity.name}
                    </Link>
                  </>
                )}{' '}
                {alert.finding.lists.map((list) => (
                  <span key={`${list.id}-${list.programme ?? ''}`} className="badge list">
                    {list.id}
                    {list.programme && `: ${list.programme}`}
                  </span>
                ))}
              </p>
              {alert.finding.explanation.length > 0 && (
                <ul className="explanation">
                  {alert.finding.explanation.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              )}
              <p className="muted">
                Raised {alert.createdAt} (graph generation {alert.generation})
                {alert.acknowledgedBy && `; acknowledged by ${alert.acknowledgedBy} at ${alert.acknowledgedAt ?? ''}`}
              </p>
              {alert.status === 'OPEN' && can(me, 'screener') && (
                <button
                  type="button"
                  disabled={busy === alert.id}
                  onClick={() => acknowledge(alert)}
                  aria-label={`Acknowledge the alert on ${alert.party.name}: ${alert.finding.summary}`}
                >
                  Acknowledge
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
