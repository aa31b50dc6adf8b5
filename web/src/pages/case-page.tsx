import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError, getBlob, graphql, hasApiKey } from '../api/client';
import {
  ADD_CASE_PARTY,
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
  UPDATE_CASE_PARTY,
  UPDATE_MITIGATIONS,
  type Verdict,
} from '../api/case-operations';
import type { Path } from '../api/operations';
import { Level } from '../components/badges';
import {
  ALIASES_HINT,
  BIRTH_DATE_HINT,
  EMPTY_ROW,
  IDENTIFIERS_HINT,
  partyInputOf,
  partyUpdateOf,
  type PartyRow,
} from '../case-form';
import { Field, fieldOfError, FormError, type FormCheck } from '../components/field-error';
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
  // What set the level at the latest run (an unresolved party is named there: "… not assessed …").
  const latestReasons = found.snapshots.find((snapshot) => snapshot.id === found.latestSnapshotId)?.reasons ?? [];

  return (
    <article aria-labelledby="case-title" className="case">
      <p className="crumbs">
        <Link to="/cases">Cases</Link>
      </p>
      <h1 id="case-title">{found.title}</h1>
      <dl className="case-facts">
        <Fact term="Status" className="case-status">
          {found.status}
          {found.outcome && <> ({found.outcome})</>}
        </Fact>
        <Fact term="Risk level">
          {found.riskLevel ? <Level level={found.riskLevel} /> : <span className="muted">not run yet</span>}
          {latestReasons.length > 0 && (
            <ul className="case-reasons" aria-label="What set the level">
              {latestReasons.map((reason) => (
                <li key={reason} dir="auto">
                  {reason}
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term="Created">
          {found.createdAt} by {found.createdBy}
        </Fact>
        <Fact term="Assigned to">{found.assignedTo ?? <span className="muted">nobody</span>}</Fact>
        {found.assessedAt && (
          <Fact term="Last run">
            {found.assessedAt}, rules {found.rulesVersion}
          </Fact>
        )}
        {found.researchAreas.length > 0 && <Fact term="Research areas">{found.researchAreas.join('; ')}</Fact>}
        {found.notes && (
          <Fact term="Notes" className="notes">
            {found.notes}
          </Fact>
        )}
        {found.summary && (
          <Fact term="Closing summary" className="notes">
            {found.summary}{' '}
            <span className="muted">
              ({found.closedBy}, {found.closedAt})
            </span>
          </Fact>
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
        {mayWrite && <AddPartyForm caseId={found.id} reload={reload} />}
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
            <TableHead columns={['#', 'Taken', 'As of', 'By', 'Risk', 'Rules', 'Report']} />
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
              .map(
                (version) =>
                  `${version.list} ${version.version}${version.issuedAt ? ` (${version.issuedAt})` : ''}${version.sample ? ' (sample)' : ''}${version.stale ? ' (overdue)' : ''}`,
              )
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

/** A term and its description in a list of facts. */
function Fact({ term, className, children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}

function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
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

/**
 * Runs a mutation from a form: busy while it runs, its error kept (with the form field it names,
 * among `fields`) for the form to show, the case read again after.
 */
function useAction(reload: () => Promise<void>, fields: readonly string[] = []) {
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
  const check: FormCheck = { error, errorField: fieldOfError(error, fields) };
  return { busy, error, run, check };
}

type Action = ReturnType<typeof useAction>;

/** A form that runs one action: no browser validation (the API's errors show beside the fields), a submit button busy while it runs, and an error that names no field above it. */
function ActionForm({
  action,
  onSubmit,
  submitLabel,
  label,
  className = 'inline-form',
  children,
}: {
  action: Action;
  onSubmit: () => void;
  submitLabel: string;
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-label={label}
    >
      {children}
      <button type="submit" disabled={action.busy}>
        {submitLabel}
      </button>
      <FormError error={action.check.error} errorField={action.check.errorField} />
    </form>
  );
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
  const action = useAction(reload, ['userId']);
  return (
    <ActionForm
      action={action}
      className="inline-form assign"
      submitLabel="Assign"
      onSubmit={() => action.run(() => graphql(ASSIGN_CASE, { id, userId }))}
    >
      <Field id="assign-user" label="Assign to (user id)" field="userId" check={action.check}>
        {(control) => <input {...control} value={userId} onChange={(event) => setUserId(event.target.value)} />}
      </Field>
    </ActionForm>
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
        {party.identifiers.length > 0 && (
          <span className="muted party-identifiers"> identifiers {party.identifiers.join('; ')}</span>
        )}
        {party.aliases.length > 0 && (
          <span className="muted party-aliases" dir="auto">
            {' '}
            also known as {party.aliases.join('; ')}
          </span>
        )}
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
          {resolution.status !== 'RESOLVED' && !resolution.notInGraph && <NotAssessed party={party} />}
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
      {mayWrite && <CorrectPartyForm party={party} reload={reload} />}
    </li>
  );
}

/**
 * A party the resolution left AMBIGUOUS or NOT_FOUND is not assessed: nothing was looked for behind it, so the case
 * says UNKNOWN rather than NONE (unless something else found is grave enough). Since rules 1.202.0 a name made only of
 * common names with nothing beyond it is such a party even when a listed person bears it: the closest candidate is
 * named, never taken as the party.
 */
function NotAssessed({ party }: { party: CaseParty }) {
  const closest = party.resolution?.candidates[0];
  return (
    <p className="not-assessed note">
      <strong>Not resolved: not assessed</strong>
      {closest && (
        <>
          {' '}
          (closest candidate:{' '}
          <Link to={entityPath(closest.entity.id)} dir="auto" className="closest-candidate">
            {closest.entity.name}
          </Link>
          , {closest.score.toFixed(2)})
        </>
      )}
      . Nothing behind this party was looked for; override or correct it to assess it.
    </p>
  );
}

/** The fields of a party form as `fields` of useAction: the API names them `input.<field>`. */
const PARTY_FIELDS = [
  'input.role',
  'input.name',
  'input.country',
  'input.dateOfBirth',
  'input.identifiers',
  'input.aliases',
] as const;

/** The name, country, date-of-birth, identifiers and other-names fields of a party form (adding or correcting a party). */
function PartyFields({
  idOf,
  row,
  setRow,
  action,
  what,
}: {
  idOf: (field: string) => string;
  row: PartyRow;
  setRow: (row: PartyRow) => void;
  action: Action;
  what: string;
}) {
  return (
    <>
      <Field id={idOf('name')} label={`${what} name`} field="input.name" check={action.check}>
        {(control) => (
          <input
            {...control}
            dir="auto"
            value={row.name}
            onChange={(event) => setRow({ ...row, name: event.target.value })}
          />
        )}
      </Field>
      <Field id={idOf('country')} label={`${what} country`} field="input.country" check={action.check}>
        {(control) => (
          <>
            <input
              {...control}
              value={row.country}
              onChange={(event) => setRow({ ...row, country: event.target.value })}
            />
            <span className="muted hint-inline">ISO code or name</span>
          </>
        )}
      </Field>
      <Field id={idOf('dateOfBirth')} label={`${what} date of birth`} field="input.dateOfBirth" check={action.check}>
        {(control) => (
          <>
            <input
              {...control}
              value={row.dateOfBirth}
              onChange={(event) => setRow({ ...row, dateOfBirth: event.target.value })}
            />
            <span className="muted hint-inline">{BIRTH_DATE_HINT}</span>
          </>
        )}
      </Field>
      <Field id={idOf('identifiers')} label={`${what} identifiers`} field="input.identifiers" check={action.check}>
        {(control) => (
          <>
            <input
              {...control}
              value={row.identifiers}
              onChange={(event) => setRow({ ...row, identifiers: event.target.value })}
            />
            <span className="muted hint-inline">{IDENTIFIERS_HINT}</span>
          </>
        )}
      </Field>
      <Field id={idOf('aliases')} label={`${what} other names`} field="input.aliases" check={action.check}>
        {(control) => (
          <>
            <input
              {...control}
              dir="auto"
              value={row.aliases}
              onChange={(event) => setRow({ ...row, aliases: event.target.value })}
            />
            <span className="muted hint-inline">{ALIASES_HINT}</span>
          </>
        )}
      </Field>
    </>
  );
}

/** Adds a funder or a person to the open case (`addCaseParty`), with dates of birth for either role. */
function AddPartyForm({ caseId, reload }: { caseId: string; reload: () => Promise<void> }) {
  const [role, setRole] = useState<'FUNDER' | 'PERSON'>('FUNDER');
  const [row, setRow] = useState<PartyRow>(EMPTY_ROW);
  const action = useAction(reload, PARTY_FIELDS);
  const submit = () =>
    action.run(
      () => graphql(ADD_CASE_PARTY, { caseId, input: { role, ...partyInputOf(row) } }),
      () => setRow(EMPTY_ROW),
    );
  return (
    <details className="add-party">
      <summary>Add a party</summary>
      <ActionForm action={action} onSubmit={submit} submitLabel="Add party" label="Add a party">
        <Field id="add-party-role" label="New party role" field="input.role" check={action.check}>
          {(control) => (
            <select {...control} value={role} onChange={(event) => setRole(event.target.value as 'FUNDER' | 'PERSON')}>
              <option value="FUNDER">Funder</option>
              <option value="PERSON">Person</option>
            </select>
          )}
        </Field>
        <PartyFields
          idOf={(field) => `add-party-${field}`}
          row={row}
          setRow={setRow}
          action={action}
          what="New party"
        />
      </ActionForm>
    </details>
  );
}

/**
 * Corrects a party's name, country, dates of birth, identifiers or other names (`updateCaseParty`, any role): the party is resolved again and
 * an earlier override dropped. Only what differs from the case's record is sent.
 */
function CorrectPartyForm({ party, reload }: { party: CaseParty; reload: () => Promise<void> }) {
  const [row, setRow] = useState<PartyRow>({
    name: party.name,
    country: party.country ?? '',
    dateOfBirth: party.dateOfBirth.join(', '),
    identifiers: party.identifiers.join('; '),
    aliases: party.aliases.join('; '),
  });
  const action = useAction(reload, PARTY_FIELDS);
  const submit = () =>
    action.run(() => graphql(UPDATE_CASE_PARTY, { partyId: party.id, input: partyUpdateOf(party, row) }));
  return (
    <details className="correct-party">
      <summary>Correct {party.name}</summary>
      <ActionForm action={action} onSubmit={submit} submitLabel="Correct party" label={`Correct ${party.name}`}>
        <PartyFields
          idOf={(field) => `correct-${party.id}-${field}`}
          row={row}
          setRow={setRow}
          action={action}
          what="Party"
        />
      </ActionForm>
    </details>
  );
}

const NOT_IN_GRAPH = '__not-in-graph__';

function OverrideForm({ party, reload }: { party: CaseParty; reload: () => Promise<void> }) {
  const candidates = party.resolution?.candidates ?? [];
  const [choice, setChoice] = useState(candidates[0]?.entity.id ?? NOT_IN_GRAPH);
  const [reason, setReason] = useState('');
  const action = useAction(reload, ['entityId', 'reason']);
  const idOf = (field: string) => `override-${party.id}-${field}`;
  const submit = () =>
    action.run(
      () =>
        graphql(OVERRIDE_RESOLUTION, {
          partyId: party.id,
          entityId: choice === NOT_IN_GRAPH ? null : choice,
          notInGraph: choice === NOT_IN_GRAPH ? true : null,
          reason,
        }),
      () => setReason(''),
    );
  return (
    <details className="override">
      <summary>Override the resolution of {party.name}</summary>
      <ActionForm action={action} onSubmit={submit} submitLabel="Override" label={`Override ${party.name}`}>
        <Field id={idOf('entity')} label="The party is" field="entityId" check={action.check}>
          {(control) => (
            <select {...control} value={choice} onChange={(event) => setChoice(event.target.value)}>
              {candidates.map((candidate) => (
                <option key={candidate.entity.id} value={candidate.entity.id}>
                  {candidate.entity.name} ({candidate.score.toFixed(2)})
                </option>
              ))}
              <option value={NOT_IN_GRAPH}>not in the graph</option>
            </select>
          )}
        </Field>
        <Field id={idOf('reason')} label="Reason for the override" field="reason" check={action.check}>
          {(control) => (
            <textarea {...control} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          )}
        </Field>
      </ActionForm>
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
          <Fact term="Matched">
            <Link to={entityPath(finding.matchedEntity.id)} className="matched-entity" dir="auto">
              {finding.matchedEntity.name}
            </Link>
          </Fact>
        )}
        {finding.lists.length > 0 && (
          <Fact term="Lists">
            {finding.lists.map((list) => (
              <span key={`${list.id}-${list.programme ?? ''}`} className="badge list">
                {list.id}
                {list.programme && `: ${list.programme}`}
              </span>
            ))}
          </Fact>
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
  const action = useAction(reload, ['reason', 'scope']);
  const idOf = (field: string) => `decide-${finding.id}-${field}`;
  const submit = () =>
    action.run(
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
  return (
    <ActionForm
      action={action}
      onSubmit={submit}
      submitLabel="Record decision"
      className="decide-form inline-form"
      label={`Decide: ${finding.summary}`}
    >
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
      <Field id={idOf('reason')} label="Reason (required)" field="reason" check={action.check}>
        {(control) => (
          <textarea {...control} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
      {verdict === 'DISMISSED' && (
        <label className="checkbox">
          <input type="checkbox" checked={everywhere} onChange={(event) => setEverywhere(event.target.checked)} />{' '}
          Suppress for this party in every case
        </label>
      )}
    </ActionForm>
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
  const current = found.mitigations.map((mitigation) => ({
    text: mitigation.text,
    ...(mitigation.owner ? { owner: mitigation.owner } : {}),
    ...(mitigation.dueDate ? { dueDate: mitigation.dueDate } : {}),
  }));
  const index = current.length;
  const [textField, ownerField, dueField] = ['text', 'owner', 'dueDate'].map(
    (name) => `input.mitigations[${index}].${name}`,
  );
  const action = useAction(reload, [textField, ownerField, dueField]);

  const add = () => {
    const added = { text, ...(owner.trim() ? { owner } : {}), ...(dueDate.trim() ? { dueDate } : {}) };
    action.run(
      () => graphql(UPDATE_MITIGATIONS, { id: found.id, mitigations: [...current, added] }),
      () => {
        setText('');
        setOwner('');
        setDueDate('');
      },
    );
  };
  const remove = (position: number) =>
    action.run(() =>
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
                <button type="button" className="secondary" disabled={action.busy} onClick={() => remove(position)}>
                  Remove mitigation {position + 1}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <ActionForm action={action} onSubmit={add} submitLabel="Add mitigation" label="Add a mitigation">
          <Field id="mitigation-text" label="Mitigation" field={textField} check={action.check}>
            {(control) => <input {...control} value={text} onChange={(event) => setText(event.target.value)} />}
          </Field>
          <Field id="mitigation-owner" label="Owner" field={ownerField} check={action.check}>
            {(control) => <input {...control} value={owner} onChange={(event) => setOwner(event.target.value)} />}
          </Field>
          <Field id="mitigation-due" label="Due date" field={dueField} check={action.check}>
            {(control) => (
              <input {...control} type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
            )}
          </Field>
        </ActionForm>
      )}
    </>
  );
}

function CloseForm({ id, reload }: { id: string; reload: () => Promise<void> }) {
  const [outcome, setOutcome] = useState<CaseOutcome>('APPROVED');
  const [summary, setSummary] = useState('');
  const action = useAction(reload, ['outcome', 'summary']);
  return (
    <ActionForm
      action={action}
      onSubmit={() => action.run(() => graphql(CLOSE_CASE, { id, outcome, summary }))}
      submitLabel="Close case"
      className="close-form"
      label="Close the case"
    >
      <Field id="close-outcome" label="Outcome" field="outcome" check={action.check}>
        {(control) => (
          <select {...control} value={outcome} onChange={(event) => setOutcome(event.target.value as CaseOutcome)}>
            <option value="APPROVED">Approved</option>
            <option value="APPROVED_WITH_MITIGATIONS">Approved with mitigations</option>
            <option value="REJECTED">Rejected</option>
          </select>
        )}
      </Field>
      <Field id="close-summary" label="Summary (required)" field="summary" check={action.check}>
        {(control) => (
          <textarea {...control} rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
        )}
      </Field>
      <p className="hint">A closed case cannot change; monitoring goes on for approved cases.</p>
    </ActionForm>
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
        <TableHead columns={['#', 'When', 'Who', 'What', 'Detail']} />
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
