import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError, getBlob, graphql, hasApiKey } from '../api/client';
import {
  ASSIGN_CASE,
  type AuditLog,
  CASE_DETAIL_QUERY,
  type CaseDetail,
  type CaseFinding,
  type CaseOutcome,
  type CaseParty,
  type CasePath,
  CLOSE_CASE,
  DECIDE_FINDING,
  OVERRIDE_RESOLUTION,
  RUN_CASE,
  UPDATE_MITIGATIONS,
  type Verdict,
} from '../api/case-operations';
import type { Path } from '../api/operations';
import { Level } from '../components/badges';
import { FieldError, fieldOfError, FormError, invalidProps } from '../components/field-error';
import { LazyPathDrawing } from '../components/lazy-graphs';
import { Empty, ErrorBox, Loading } from '../components/states';
import { entityPath, Link } from '../router';
import { can, useMe } from '../session';

type Loaded = { case: CaseDetail; auditLog: AuditLog };

/** One case: parties, the latest findings with their decisions, snapshots, mitigations, closure and the audit trail. */
export function CasePage({ id }: { id: string }) {
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'done'; value: Loaded } | { status: 'error'; error: unknown }
  >({ status: 'loading' });

  // After a change the page reads the case again; what was shown stays until the new answer arrives.
  const reload = useCallback(
    () =>
      graphql(CASE_DETAIL_QUERY, { id })
        .then((data) => {
          if (!data.case) {
            throw new ApiError(`No case has id ${id}`, 'NOT_FOUND', 200);
          }
          setState({ status: 'done', value: { case: data.case, auditLog: data.auditLog } });
        })
        .catch((error: unknown) => setState({ status: 'error', error })),
    [id],
  );

  useEffect(() => {
    setState({ status: 'loading' });
    void reload();
  }, [reload]);

  if (state.status === 'loading') {
    return <Loading what="the case" />;
  }
  if (state.status === 'error') {
    return <ErrorBox error={state.error} />;
  }
  return <CaseView value={state.value} reload={reload} />;
}

function CaseView({ value, reload }: { value: Loaded; reload: () => Promise<void> }) {
  const me = useMe();
  const found = value.case;
  const open = found.status === 'OPEN';
  const mayWrite = can(me, 'screener') && open;
  const partyName = (partyId: string | null) =>
    found.parties.find((party) => party.id === partyId)?.name ?? 'between parties';

  return (
    <article aria-labelledby="case-title" className="case">
      <p className="crumbs">
        <Link to="/cases">Cases</Link>
      </p>
      <h1 id="case-title">{found.title}</h1>
      <dl className="case-facts">
        <dt>Status</dt>
        <dd className="case-status">
          {found.status}
          {found.outcome && <> ({found.outcome})</>}
        </dd>
        <dt>Risk level</dt>
        <dd>{found.riskLevel ? <Level level={found.riskLevel} /> : <span className="muted">not run yet</span>}</dd>
        <dt>Created</dt>
        <dd>
          {found.createdAt} by {found.createdBy}
        </dd>
        <dt>Assigned to</dt>
        <dd>{found.assignedTo ?? <span className="muted">nobody</span>}</dd>
        {found.assessedAt && (
          <>
            <dt>Last run</dt>
            <dd>
              {found.assessedAt}, rules {found.rulesVersion}
            </dd>
          </>
        )}
        {found.researchAreas.length > 0 && (
          <>
            <dt>Research areas</dt>
            <dd>{found.researchAreas.join('; ')}</dd>
          </>
        )}
        {found.notes && (
          <>
            <dt>Notes</dt>
            <dd className="notes">{found.notes}</dd>
          </>
        )}
        {found.summary && (
          <>
            <dt>Closing summary</dt>
            <dd className="notes">
              {found.summary}{' '}
              <span className="muted">
                ({found.closedBy}, {found.closedAt})
              </span>
            </dd>
          </>
        )}
      </dl>
      <div className="case-actions">
        {mayWrite && <RunCase id={found.id} reload={reload} />}
        {found.latestSnapshotId ? (
          <ReportLinks html={found.reportUrls.html} pdf={found.reportUrls.pdf} />
        ) : (
          <span className="muted">The report needs a first run.</span>
        )}
      </div>
      {mayWrite && <AssignForm id={found.id} current={found.assignedTo} reload={reload} />}

      <Section title="Parties" id="parties">
        <ol className="parties">
          {found.parties.map((party) => (
            <PartyView key={party.id} party={party} mayWrite={mayWrite} reload={reload} />
          ))}
        </ol>
      </Section>

      <Section title="Findings" id="findings">
        {!found.latestSnapshotId && <Empty>Run the case to assess its parties.</Empty>}
        {found.latestSnapshotId && found.findings.length === 0 && (
          <Empty>The latest run found nothing that is not suppressed.</Empty>
        )}
        <ol className="findings">
          {found.findings.map((finding) => (
            <FindingView
              key={finding.id}
              finding={finding}
              party={partyName(finding.partyId)}
              mayWrite={mayWrite}
              reload={reload}
            />
          ))}
        </ol>
      </Section>

      <Section title="Snapshots" id="snapshots">
        {found.snapshots.length === 0 ? (
          <Empty>No snapshot yet.</Empty>
        ) : (
          <table className="snapshots">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Taken</th>
                <th scope="col">As of</th>
                <th scope="col">By</th>
                <th scope="col">Risk</th>
                <th scope="col">Rules</th>
                <th scope="col">Report</th>
              </tr>
            </thead>
            <tbody>
              {found.snapshots.map((snapshot) => (
                <tr key={snapshot.id}>
                  <td>{snapshot.seq}</td>
                  <td>{snapshot.assessedAt}</td>
                  <td>{snapshot.asOf}</td>
                  <td>{snapshot.createdBy}</td>
                  <td>
                    <Level level={snapshot.riskLevel} />
                  </td>
                  <td>{snapshot.rulesVersion}</td>
                  <td>
                    <ReportLinks
                      html={`${found.reportUrls.html}?snapshot=${encodeURIComponent(snapshot.id)}`}
                      pdf={`${found.reportUrls.pdf}?snapshot=${encodeURIComponent(snapshot.id)}`}
                      label={`snapshot ${snapshot.seq}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {found.listVersions.length > 0 && (
          <p className="muted">
            Lists at the latest run:{' '}
            {found.listVersions
              .map((version) => `${version.list} ${version.version}${version.issuedAt ? ` (${version.issuedAt})` : ''}`)
              .join('; ')}
          </p>
        )}
      </Section>

      <Section title="Mitigations" id="mitigations">
        <Mitigations found={found} mayWrite={mayWrite} reload={reload} />
      </Section>

      {mayWrite && (
        <Section title="Close the case" id="close">
          <CloseForm id={found.id} reload={reload} />
        </Section>
      )}

      <Section title="Audit trail" id="audit">
        <AuditTrail log={value.auditLog} />
      </Section>
    </article>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`case-section ${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** Runs a mutation from a form: busy while it runs, its error kept for the form to show, the case read again after. */
function useAction(reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = (action: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    setError(null);
    action()
      .then(() => reload())
      .then(
        () => {
          setBusy(false);
          after?.();
        },
        (failure: unknown) => {
          setBusy(false);
          setError(failure);
        },
      );
  };
  return { busy, error, run };
}

function RunCase({ id, reload }: { id: string; reload: () => Promise<void> }) {
  const { busy, error, run } = useAction(reload);
  return (
    <span className="run-case">
      <button type="button" disabled={busy} onClick={() => run(() => graphql(RUN_CASE, { id }))}>
        {busy ? 'Running…' : 'Run the case'}
      </button>
      {error !== null && <ErrorBox error={error} />}
    </span>
  );
}

/**
 * Links to the report. Without a key (local mode) they are plain links; with one, the file is
 * fetched with the key (a link cannot send it) and opened or saved from memory.
 */
function ReportLinks({ html, pdf, label = 'latest snapshot' }: { html: string; pdf: string; label?: string }) {
  const [error, setError] = useState<unknown>(null);
  const viaKey = (path: string, download: string | null) => (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (!hasApiKey()) {
      return;
    }
    event.preventDefault();
    setError(null);
    getBlob(path).then(
      (blob) => {
        const url = URL.createObjectURL(blob);
        if (download) {
          const anchor = document.createElement('a');
          anchor.href = url;
          anchor.download = download;
          anchor.click();
        } else {
          window.open(url, '_blank', 'noopener');
        }
        window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <span className="report-links">
      <a href={html} target="_blank" rel="noopener" onClick={viaKey(html, null)} aria-label={`Report (HTML), ${label}`}>
        Report (HTML)
      </a>{' '}
      <a href={pdf} download onClick={viaKey(pdf, 'case-report.pdf')} aria-label={`Report (PDF), ${label}`}>
        Report (PDF)
      </a>
      {error !== null && <ErrorBox error={error} />}
    </span>
  );
}

function AssignForm({ id, current, reload }: { id: string; current: string | null; reload: () => Promise<void> }) {
  const [userId, setUserId] = useState(current ?? '');
  const { busy, error, run } = useAction(reload);
  const errorField = fieldOfError(error, ['userId']);
  return (
    <form
      className="inline-form assign"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => graphql(ASSIGN_CASE, { id, userId }));
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor="assign-user">Assign to (user id)</label>
        <input
          id="assign-user"
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          {...invalidProps('userId', errorField)}
        />
        <FieldError field="userId" errorField={errorField} error={error} />
      </div>
      <button type="submit" disabled={busy}>
        Assign
      </button>
      <FormError error={error} errorField={errorField} />
    </form>
  );
}

function PartyView({ party, mayWrite, reload }: { party: CaseParty; mayWrite: boolean; reload: () => Promise<void> }) {
  const resolution = party.resolution;
  return (
    <li className="party" data-party-id={party.id}>
      <h3>
        <span className="badge">{party.role}</span> <span dir="auto">{party.name}</span>
        {party.country && <span className="muted"> {party.country.toUpperCase()}</span>}
        {party.dateOfBirth.length > 0 && <span className="muted"> born {party.dateOfBirth.join(' or ')}</span>}
      </h3>
      {!resolution ? (
        <p className="muted">Not resolved yet.</p>
      ) : (
        <>
          <p className="resolution">
            <span className={`badge resolution-${resolution.status.toLowerCase()}`}>{resolution.status}</span>{' '}
            {resolution.entity && (
              <Link to={entityPath(resolution.entity.id)} dir="auto">
                {resolution.entity.name}
              </Link>
            )}
            {resolution.notInGraph && <strong>Not in the graph</strong>}{' '}
            <span className="muted">{resolution.explanation}</span>
          </p>
          {resolution.overriddenBy && (
            <p className="override-note">
              Overridden by {resolution.overriddenBy} at {resolution.overriddenAt}: “{resolution.reason}”
            </p>
          )}
          {resolution.candidates.length > 0 && (
            <details open={resolution.status === 'AMBIGUOUS'}>
              <summary>Candidates ({resolution.candidates.length})</summary>
              <ol className="candidates">
                {resolution.candidates.map((candidate) => (
                  <li key={candidate.entity.id}>
                    <Link to={entityPath(candidate.entity.id)} dir="auto">
                      {candidate.entity.name}
                    </Link>{' '}
                    {candidate.entity.kind && <span className="muted">{candidate.entity.kind}</span>}{' '}
                    <span className="score">{candidate.score.toFixed(2)}</span>
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
      {mayWrite && <OverrideForm party={party} reload={reload} />}
    </li>
  );
}

const NOT_IN_GRAPH = '__not-in-graph__';

function OverrideForm({ party, reload }: { party: CaseParty; reload: () => Promise<void> }) {
  const candidates = party.resolution?.candidates ?? [];
  const [choice, setChoice] = useState(candidates[0]?.entity.id ?? NOT_IN_GRAPH);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAction(reload);
  const errorField = fieldOfError(error, ['entityId', 'reason']);
  const idOf = (field: string) => `override-${party.id}-${field}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(
      () =>
        graphql(OVERRIDE_RESOLUTION, {
          partyId: party.id,
          entityId: choice === NOT_IN_GRAPH ? null : choice,
          notInGraph: choice === NOT_IN_GRAPH ? true : null,
          reason,
        }),
      () => setReason(''),
    );
  };
  return (
    <details className="override">
      <summary>Override the resolution of {party.name}</summary>
      <form className="inline-form" onSubmit={submit} noValidate aria-label={`Override ${party.name}`}>
        <div className="field">
          <label htmlFor={idOf('entity')}>The party is</label>
          <select
            id={idOf('entity')}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            {...invalidProps('entityId', errorField)}
          >
            {candidates.map((candidate) => (
              <option key={candidate.entity.id} value={candidate.entity.id}>
                {candidate.entity.name} ({candidate.score.toFixed(2)})
              </option>
            ))}
            <option value={NOT_IN_GRAPH}>not in the graph</option>
          </select>
          <FieldError field="entityId" errorField={errorField} error={error} />
        </div>
        <div className="field">
          <label htmlFor={idOf('reason')}>Reason for the override</label>
          <textarea
            id={idOf('reason')}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            {...invalidProps('reason', errorField)}
          />
          <FieldError field="reason" errorField={errorField} error={error} />
        </div>
        <button type="submit" disabled={busy}>
          Override
        </button>
        <FormError error={error} errorField={errorField} />
      </form>
    </details>
  );
}

/** A case path as the path drawing takes it (the case keeps names and sources only). */
function drawable(path: CasePath): Path {
  return {
    hops: path.edges.length,
    nodes: path.nodes.map((node) => ({
      id: node.id,
      name: node.name,
      type: node.kind ?? 'Entity',
      kind: node.kind,
      country: [],
      riskCategories: [],
      demo: false,
    })),
    relationships: path.edges.map((edge) => ({
      type: edge.type,
      from: edge.from,
      to: edge.to,
      properties: [],
      evidence: {
        confidence: null,
        method: null,
        status: null,
        validFrom: null,
        validTo: null,
        sources: edge.sources.map((source) => ({
          ...source,
          publisher: null,
          retrievedAt: null,
          licence: null,
        })),
      },
    })),
  };
}

function FindingView({
  finding,
  party,
  mayWrite,
  reload,
}: {
  finding: CaseFinding;
  party: string;
  mayWrite: boolean;
  reload: () => Promise<void>;
}) {
  const titleId = `finding-${finding.id}-title`;
  return (
    <li className="finding" data-finding-id={finding.id} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <Level level={finding.severity} /> <code>{finding.kind}</code> <span dir="auto">{finding.summary}</span>
      </h3>
      {finding.changedSinceDismissed && (
        <p className="note risk-note changed-flag">
          Changed since dismissed: the list entry or the party changed after an analyst dismissed this match.
        </p>
      )}
      <dl className="finding-facts">
        <dt>Party</dt>
        <dd dir="auto">{party}</dd>
        {finding.matchedEntity && (
          <>
            <dt>Matched</dt>
            <dd>
              <Link to={entityPath(finding.matchedEntity.id)} className="matched-entity" dir="auto">
                {finding.matchedEntity.name}
              </Link>
            </dd>
          </>
        )}
        {finding.lists.length > 0 && (
          <>
            <dt>Lists</dt>
            <dd>
              {finding.lists.map((list) => (
                <span key={`${list.id}-${list.programme ?? ''}`} className="badge list">
                  {list.id}
                  {list.programme && `: ${list.programme}`}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {finding.explanation.length > 0 && (
        <ul className="explanation" aria-label="Why it was found">
          {finding.explanation.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      {finding.paths.length > 0 && (
        <details>
          <summary>Paths ({finding.paths.length})</summary>
          <LazyPathDrawing paths={finding.paths.map(drawable)} label={`Paths of the finding ${finding.summary}`} />
        </details>
      )}
      {finding.sources.length > 0 && (
        <p className="muted">
          Sources:{' '}
          {finding.sources.map((source, index) => (
            <span key={source.id}>
              {index > 0 && '; '}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
            </span>
          ))}
        </p>
      )}
      {finding.decision ? (
        <p className={`decision decision-${finding.decision.verdict.toLowerCase()}`}>
          <strong>{finding.decision.verdict}</strong> by {finding.decision.decidedBy} at {finding.decision.decidedAt}
          {finding.decision.scope === 'PARTY_EVERYWHERE' && ' (for this party in every case)'}: “
          {finding.decision.reason}”
        </p>
      ) : (
        <p className="muted decision">Not decided yet.</p>
      )}
      {mayWrite && <DecideForm finding={finding} reload={reload} />}
    </li>
  );
}

function DecideForm({ finding, reload }: { finding: CaseFinding; reload: () => Promise<void> }) {
  const [verdict, setVerdict] = useState<Verdict>('DISMISSED');
  const [reason, setReason] = useState('');
  const [everywhere, setEverywhere] = useState(false);
  const { busy, error, run } = useAction(reload);
  const errorField = fieldOfError(error, ['reason', 'scope']);
  const idOf = (field: string) => `decide-${finding.id}-${field}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(
      () =>
        graphql(DECIDE_FINDING, {
          findingId: finding.id,
          verdict,
          reason,
          expectedVersion: finding.decisionVersion,
          scope: verdict === 'DISMISSED' ? (everywhere ? 'PARTY_EVERYWHERE' : 'CASE') : null,
        }),
      () => setReason(''),
    );
  };
  return (
    <form className="decide-form inline-form" onSubmit={submit} noValidate aria-label={`Decide: ${finding.summary}`}>
      <fieldset>
        <legend>Decision</legend>
        {(['CONFIRMED', 'DISMISSED', 'ESCALATED'] as const).map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={idOf('verdict')}
              value={option}
              checked={verdict === option}
              onChange={() => setVerdict(option)}
            />{' '}
            {option[0] + option.slice(1).toLowerCase()}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={idOf('reason')}>Reason (required)</label>
        <textarea
          id={idOf('reason')}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          {...invalidProps('reason', errorField)}
        />
        <FieldError field="reason" errorField={errorField} error={error} />
      </div>
      {verdict === 'DISMISSED' && (
        <label className="checkbox">
          <input type="checkbox" checked={everywhere} onChange={(event) => setEverywhere(event.target.checked)} />{' '}
          Suppress for this party in every case
        </label>
      )}
      <button type="submit" disabled={busy}>
        Record decision
      </button>
      <FormError error={error} errorField={errorField} />
    </form>
  );
}

function Mitigations({
  found,
  mayWrite,
  reload,
}: {
  found: CaseDetail;
  mayWrite: boolean;
  reload: () => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const { busy, error, run } = useAction(reload);
  const current = found.mitigations.map((mitigation) => ({
    text: mitigation.text,
    ...(mitigation.owner ? { owner: mitigation.owner } : {}),
    ...(mitigation.dueDate ? { dueDate: mitigation.dueDate } : {}),
  }));
  const index = current.length;
  const fields = [
    `input.mitigations[${index}].text`,
    `input.mitigations[${index}].owner`,
    `input.mitigations[${index}].dueDate`,
  ];
  const errorField = fieldOfError(error, fields);
  const [textField, ownerField, dueField] = fields;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const added = { text, ...(owner.trim() ? { owner } : {}), ...(dueDate.trim() ? { dueDate } : {}) };
    run(
      () => graphql(UPDATE_MITIGATIONS, { id: found.id, mitigations: [...current, added] }),
      () => {
        setText('');
        setOwner('');
        setDueDate('');
      },
    );
  };
  const remove = (position: number) =>
    run(() =>
      graphql(UPDATE_MITIGATIONS, {
        id: found.id,
        mitigations: current.filter((_mitigation, other) => other !== position),
      }),
    );

  return (
    <>
      {found.mitigations.length === 0 ? (
        <Empty>No mitigation recorded.</Empty>
      ) : (
        <ul className="mitigations">
          {found.mitigations.map((mitigation, position) => (
            <li key={position}>
              {mitigation.text}{' '}
              <span className="muted">
                {mitigation.owner && `owner ${mitigation.owner}`}
                {mitigation.dueDate && `, due ${mitigation.dueDate}`}
              </span>{' '}
              {mayWrite && (
                <button type="button" className="secondary" disabled={busy} onClick={() => remove(position)}>
                  Remove mitigation {position + 1}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <form className="inline-form" onSubmit={add} noValidate aria-label="Add a mitigation">
          <div className="field">
            <label htmlFor="mitigation-text">Mitigation</label>
            <input
              id="mitigation-text"
              value={text}
              onChange={(event) => setText(event.target.value)}
              {...invalidProps(textField, errorField)}
            />
            <FieldError field={textField} errorField={errorField} error={error} />
          </div>
          <div className="field">
            <label htmlFor="mitigation-owner">Owner</label>
            <input
              id="mitigation-owner"
              value={owner}
              onChange={(event) => setOwner(event.target.value)}
              {...invalidProps(ownerField, errorField)}
            />
            <FieldError field={ownerField} errorField={errorField} error={error} />
          </div>
          <div className="field">
            <label htmlFor="mitigation-due">Due date</label>
            <input
              id="mitigation-due"
              type="date"
              value={dueDate}
              onChange={(event) => setDueDate(event.target.value)}
              {...invalidProps(dueField, errorField)}
            />
            <FieldError field={dueField} errorField={errorField} error={error} />
          </div>
          <button type="submit" disabled={busy}>
            Add mitigation
          </button>
          <FormError error={error} errorField={errorField} />
        </form>
      )}
    </>
  );
}

function CloseForm({ id, reload }: { id: string; reload: () => Promise<void> }) {
  const [outcome, setOutcome] = useState<CaseOutcome>('APPROVED');
  const [summary, setSummary] = useState('');
  const { busy, error, run } = useAction(reload);
  const errorField = fieldOfError(error, ['outcome', 'summary']);
  return (
    <form
      className="close-form"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => graphql(CLOSE_CASE, { id, outcome, summary }));
      }}
      noValidate
      aria-label="Close the case"
    >
      <div className="field">
        <label htmlFor="close-outcome">Outcome</label>
        <select
          id="close-outcome"
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as CaseOutcome)}
          {...invalidProps('outcome', errorField)}
        >
          <option value="APPROVED">Approved</option>
          <option value="APPROVED_WITH_MITIGATIONS">Approved with mitigations</option>
          <option value="REJECTED">Rejected</option>
        </select>
        <FieldError field="outcome" errorField={errorField} error={error} />
      </div>
      <div className="field">
        <label htmlFor="close-summary">Summary (required)</label>
        <textarea
          id="close-summary"
          rows={3}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          {...invalidProps('summary', errorField)}
        />
        <FieldError field="summary" errorField={errorField} error={error} />
      </div>
      <p className="hint">A closed case cannot change; monitoring goes on for approved cases.</p>
      <button type="submit" disabled={busy}>
        Close case
      </button>
      <FormError error={error} errorField={errorField} />
    </form>
  );
}

function AuditTrail({ log }: { log: AuditLog }) {
  return (
    <>
      {log.verified ? (
        <p className="chain chain-verified" role="status">
          Hash chain verified: {log.events.length} events, none edited or removed.
        </p>
      ) : (
        <p className="chain chain-broken state error" role="alert">
          Hash chain does not verify{log.brokenAt !== null && ` at event ${log.brokenAt}`}
          {log.problem && `: ${log.problem}`}
        </p>
      )}
      <table className="audit">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {log.events.map((event) => (
            <tr key={event.seq}>
              <td>{event.seq}</td>
              <td>{event.at}</td>
              <td>{event.user}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td className="audit-detail">
                <code>{event.detail}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
