import { type FormEvent, useState } from 'react';
import { graphql } from '../api/client';
import { CASES, type CaseStatus, type CaseSummary, CREATE_CASE, type CasesPage } from '../api/case-operations';
import { Level } from '../components/badges';
import { FieldError, fieldOfError, FormError, invalidProps } from '../components/field-error';
import { Empty, ErrorBox, Loading } from '../components/states';
import { casePath, Link, navigate, useLocation } from '../router';
import { can, useMe } from '../session';
import { ALIASES_HINT, BIRTH_DATE_HINT, caseInputOf, EMPTY_ROW, IDENTIFIERS_HINT, type PartyRow } from '../case-form';
import { useAsync } from '../use-async';

const PAGE_SIZE = 20;

/** The cases, newest first, filtered by status and assignee (both kept in the address), a page at a time. */
export function CasesPage() {
  const me = useMe();
  const location = useLocation();
  const status = (location.query.get('status') as CaseStatus | null) ?? null;
  const assignedTo = location.query.get('assignedTo') ?? null;
  const [assigneeText, setAssigneeText] = useState(assignedTo ?? '');
  // The cursors of the pages before this one: Previous pops one.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];

  const state = useAsync(
    (signal) => graphql(CASES, { status, assignedTo, first: PAGE_SIZE, after }, signal).then((data) => data.cases),
    [status, assignedTo, after],
  );

  const setFilters = (next: { status: string | null; assignedTo: string | null }) => {
    const query = new URLSearchParams();
    if (next.status) {
      query.set('status', next.status);
    }
    if (next.assignedTo) {
      query.set('assignedTo', next.assignedTo);
    }
    setCursors([null]);
    const search = query.toString();
    navigate(`/cases${search ? `?${search}` : ''}`, { replace: true });
  };

  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title">Cases</h1>
      {can(me, 'screener') && (
        <p>
          <Link to="/cases/new" className="button-link">
            New case
          </Link>
        </p>
      )}
      <form
        className="filters"
        aria-label="Filter cases"
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ status, assignedTo: assigneeText.trim() || null });
        }}
      >
        <div>
          <label htmlFor="cases-status">Status</label>
          <select
            id="cases-status"
            value={status ?? ''}
            onChange={(event) => setFilters({ status: event.target.value || null, assignedTo })}
          >
            <option value="">Any</option>
            <option value="OPEN">Open</option>
            <option value="CLOSED">Closed</option>
          </select>
        </div>
        <div>
          <label htmlFor="cases-assignee">Assigned to (user id)</label>
          <input id="cases-assignee" value={assigneeText} onChange={(event) => setAssigneeText(event.target.value)} />
        </div>
        <button type="submit">Filter</button>
      </form>
      {state.status === 'loading' && <Loading what="cases" />}
      {state.status === 'error' && <ErrorBox error={state.error} />}
      {state.status === 'done' && (
        <CasesTable
          page={state.value}
          hasPrevious={cursors.length > 1}
          onPrevious={() => setCursors((previous) => previous.slice(0, -1))}
          onNext={() => setCursors((previous) => [...previous, state.value.pageInfo.endCursor])}
        />
      )}
    </section>
  );
}

function partnerOf(summary: CaseSummary): string {
  return summary.parties.find((party) => party.role === 'PARTNER')?.name ?? '';
}

function CasesTable({
  page,
  hasPrevious,
  onPrevious,
  onNext,
}: {
  page: CasesPage;
  hasPrevious: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <>
      {page.edges.length === 0 ? (
        <Empty>No case matches these filters.</Empty>
      ) : (
        <table className="cases">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Partner</th>
              <th scope="col">Status</th>
              <th scope="col">Risk</th>
              <th scope="col">Assigned to</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={casePath(node.id)}>{node.title}</Link>
                </td>
                <td dir="auto">{partnerOf(node)}</td>
                <td>
                  {node.status}
                  {node.outcome && <span className="muted"> ({node.outcome})</span>}
                </td>
                <td>{node.riskLevel ? <Level level={node.riskLevel} /> : <span className="muted">not run</span>}</td>
                <td>{node.assignedTo ?? <span className="muted">nobody</span>}</td>
                <td>
                  {node.createdAt.slice(0, 16).replace('T', ' ')} <span className="muted">by {node.createdBy}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="Cases pages">
        <button type="button" disabled={!hasPrevious} onClick={onPrevious}>
          Previous page
        </button>
        <button type="button" disabled={!page.pageInfo.hasNextPage} onClick={onNext}>
          Next page
        </button>
      </nav>
    </>
  );
}

export function NewCasePage() {
  const [title, setTitle] = useState('');
  const [partner, setPartner] = useState<PartyRow>(EMPTY_ROW);
  const [funders, setFunders] = useState<PartyRow[]>([]);
  const [people, setPeople] = useState<PartyRow[]>([]);
  const [researchAreas, setResearchAreas] = useState('');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const fields = [
    'input.title',
    'input.partner.name',
    'input.partner.country',
    'input.partner.dateOfBirth',
    'input.partner.identifiers',
    'input.partner.aliases',
    ...funders.flatMap((_row, index) => [
      `input.funders[${index}].name`,
      `input.funders[${index}].country`,
      `input.funders[${index}].dateOfBirth`,
      `input.funders[${index}].identifiers`,
      `input.funders[${index}].aliases`,
    ]),
    'input.funders',
    ...people.flatMap((_row, index) => [
      `input.people[${index}].name`,
      `input.people[${index}].country`,
      `input.people[${index}].dateOfBirth`,
      `input.people[${index}].identifiers`,
      `input.people[${index}].aliases`,
    ]),
    'input.people',
    'input.researchAreas',
    'input.notes',
  ];
  const errorField = fieldOfError(error, fields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    graphql(CREATE_CASE, { input: caseInputOf({ title, partner, funders, people, researchAreas, notes }) }).then(
      (data) => navigate(casePath(data.createCase.id)),
      (failure: unknown) => {
        setError(failure);
        setBusy(false);
      },
    );
  };

  const text = (field: string, label: string, value: string, onChange: (value: string) => void, hint?: string) => (
    <div className="field">
      <label htmlFor={field}>{label}</label>
      <input
        id={field}
        value={value}
        dir="auto"
        onChange={(event) => onChange(event.target.value)}
        {...invalidProps(field, errorField)}
      />
      {hint && <span className="muted hint-inline">{hint}</span>}
      <FieldError field={field} errorField={errorField} error={error} />
    </div>
  );

  const rows = (role: 'funders' | 'people', label: string, list: PartyRow[], setList: (rows: PartyRow[]) => void) => (
    <fieldset className="party-rows">
      <legend>{label}</legend>
      {list.length === 0 && <Empty>None.</Empty>}
      {list.map((row, index) => {
        const update = (change: Partial<PartyRow>) =>
          setList(list.map((other, position) => (position === index ? { ...other, ...change } : other)));
        const prefix = `input.${role}[${index}]`;
        const ordinal = `${role === 'funders' ? 'Funder' : 'Person'} ${index + 1}`;
        return (
          <div key={index} className="party-row" role="group" aria-label={ordinal}>
            {text(`${prefix}.name`, `${ordinal} name`, row.name, (name) => update({ name }))}
            {text(
              `${prefix}.country`,
              `${ordinal} country`,
              row.country,
              (country) => update({ country }),
              'ISO code or name',
            )}
            {text(
              `${prefix}.dateOfBirth`,
              `${ordinal} date of birth`,
              row.dateOfBirth,
              (dateOfBirth) => update({ dateOfBirth }),
              BIRTH_DATE_HINT,
            )}
            {text(
              `${prefix}.identifiers`,
              `${ordinal} identifiers`,
              row.identifiers,
              (identifiers) => update({ identifiers }),
              IDENTIFIERS_HINT,
            )}
            {text(
              `${prefix}.aliases`,
              `${ordinal} other names`,
              row.aliases,
              (aliases) => update({ aliases }),
              ALIASES_HINT,
            )}
            <button
              type="button"
              className="secondary"
              onClick={() => setList(list.filter((_other, position) => position !== index))}
            >
              Remove {ordinal.toLowerCase()}
            </button>
          </div>
        );
      })}
      <FieldError field={`input.${role}`} errorField={errorField} error={error} />
      <button type="button" className="secondary" onClick={() => setList([...list, EMPTY_ROW])}>
        Add {role === 'funders' ? 'a funder' : 'a person'}
      </button>
    </fieldset>
  );

  return (
    <section aria-labelledby="new-case-title">
      <h1 id="new-case-title">New case</h1>
      <p className="hint">
        Each party is resolved against the graph when the case is created; an ambiguous party is never picked for you. A
        partner or funder that no organisation matches is also read as a person: give its date of birth then.
      </p>
      <form className="case-form" onSubmit={submit} noValidate>
        {text('input.title', 'Title', title, setTitle)}
        <fieldset>
          <legend>Partner</legend>
          {text('input.partner.name', 'Partner name', partner.name, (name) => setPartner({ ...partner, name }))}
          {text(
            'input.partner.country',
            'Partner country',
            partner.country,
            (country) => setPartner({ ...partner, country }),
            'ISO code or name, such as cn',
          )}
          {text(
            'input.partner.dateOfBirth',
            'Partner date of birth',
            partner.dateOfBirth,
            (dateOfBirth) => setPartner({ ...partner, dateOfBirth }),
            BIRTH_DATE_HINT,
          )}
          {text(
            'input.partner.identifiers',
            'Partner identifiers',
            partner.identifiers,
            (identifiers) => setPartner({ ...partner, identifiers }),
            IDENTIFIERS_HINT,
          )}
          {text(
            'input.partner.aliases',
            'Partner other names',
            partner.aliases,
            (aliases) => setPartner({ ...partner, aliases }),
            ALIASES_HINT,
          )}
        </fieldset>
        {rows('funders', 'Funders', funders, setFunders)}
        {rows('people', 'People', people, setPeople)}
        <div className="field">
          <label htmlFor="input.researchAreas">Research areas (one a line)</label>
          <textarea
            id="input.researchAreas"
            rows={3}
            value={researchAreas}
            onChange={(event) => setResearchAreas(event.target.value)}
            {...invalidProps('input.researchAreas', errorField)}
          />
          <FieldError field="input.researchAreas" errorField={errorField} error={error} />
        </div>
        <div className="field">
          <label htmlFor="input.notes">Notes</label>
          <textarea
            id="input.notes"
            rows={4}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            {...invalidProps('input.notes', errorField)}
          />
          <FieldError field="input.notes" errorField={errorField} error={error} />
        </div>
        <FormError error={error} errorField={errorField} />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create case'}
        </button>
      </form>
    </section>
  );
}
