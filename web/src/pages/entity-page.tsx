import { graphql } from '../api/client';
import { ENTITY, type EntityDetail, type Listing, WATCHLIST_ENTRY, type Watchlist } from '../api/operations';
import { Countries, kindOf, listIdOf, RiskCategories } from '../components/badges';
import { propertyText, SourceLink, SourceList, validity } from '../components/sources';
import { Empty, ErrorBox, Loading } from '../components/states';
import { entityPath, Link } from '../router';
import { groupByScript } from '../scripts';
import { useAsync } from '../use-async';
import { useWatchlists } from '../watchlist-names';
import { LazyGraphView } from '../components/lazy-graphs';

const IDENTIFIER_KEYS =
  /^(lei|ror|wikidata|grid|isni|fundref|crossref|registration|inn|ogrn|uscc|duns|imo|passport|identifiers?|taxId|vat)/i;

export function EntityPage({ id }: { id: string }) {
  const state = useAsync((signal) => graphql(ENTITY, { id }, signal), [id]);
  if (state.status === 'loading' || state.status === 'idle') {
    return <Loading what="the entity" />;
  }
  if (state.status === 'error') {
    return <ErrorBox error={state.error} />;
  }
  return <EntityView entity={state.value.entity} />;
}

function EntityView({ entity }: { entity: EntityDetail }) {
  const watchlists = useWatchlists();
  const listId = listIdOf(entity.id, new Set(watchlists.map((list) => list.id)));
  const names = [entity.name, ...entity.aliases.filter((alias) => alias !== entity.name)];
  const identifiers = entity.properties.filter((property) => IDENTIFIER_KEYS.test(property.key));
  const others = entity.properties.filter((property) => !IDENTIFIER_KEYS.test(property.key));
  const listEntities = entity.relationships
    .filter((relationship) => relationship.type === 'SAME_AS')
    .map((relationship) => relationship.other);

  return (
    <article aria-labelledby="entity-title" className="entity">
      <header>
        <h1 id="entity-title" dir="auto">
          {entity.name}
        </h1>
        <p className="entity-meta">
          <span className="kind">{kindOf(entity)}</span> <Countries countries={entity.country} />{' '}
          <RiskCategories categories={entity.riskCategories} />
          {entity.demo && <span className="badge demo">fictional demo body</span>}{' '}
          <code className="entity-id">{entity.id}</code>
        </p>
      </header>
      <div className="entity-columns">
        <section aria-labelledby="names-title">
          <h2 id="names-title">Names</h2>
          <dl className="names">
            {groupByScript(names).map(([script, inScript]) => (
              <div key={script}>
                <dt>{script}</dt>
                <dd>
                  {inScript.map((name) => (
                    <span key={name} className="name" dir="auto" lang={script === 'Chinese' ? 'zh' : undefined}>
                      {name}
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
          <h2>Identifiers</h2>
          {identifiers.length === 0 ? (
            <Empty>No identifiers recorded.</Empty>
          ) : (
            <PropertyTable properties={identifiers} label="Identifiers" />
          )}
          {others.length > 0 && (
            <details>
              <summary>Other details ({others.length})</summary>
              <PropertyTable properties={others} label="Other details" />
            </details>
          )}
        </section>
        <section aria-labelledby="risk-title">
          <h2 id="risk-title">Risk categories</h2>
          {entity.riskEvidence.length === 0 ? (
            <Empty>No risk category recorded on this entity itself (see the graph for paths).</Empty>
          ) : (
            <ul className="risk-evidence">
              {entity.riskEvidence.map((evidence, index) => (
                <li key={`${evidence.category}-${index}`}>
                  <RiskCategories categories={[evidence.category]} /> evidence:{' '}
                  {evidence.source ? <SourceLink source={evidence.source} /> : <span className="muted">no source</span>}
                </li>
              ))}
            </ul>
          )}
          <h2>List entries</h2>
          {listId ? (
            <ListEntry entityId={entity.id} watchlists={watchlists} />
          ) : listEntities.length > 0 ? (
            <ul>
              {listEntities.map((other) => (
                <li key={other.id}>
                  Same body as list entry <Link to={entityPath(other.id)}>{other.name}</Link> (<code>{other.id}</code>)
                </li>
              ))}
            </ul>
          ) : (
            <Empty>Not on any imported list, and not linked to a list entry.</Empty>
          )}
          <h2>Sources</h2>
          <SourceList sources={entity.sources} />
        </section>
      </div>
      <LazyGraphView centre={entity} />
      <Relationships entity={entity} />
    </article>
  );
}

function PropertyTable({ properties, label }: { properties: EntityDetail['properties']; label: string }) {
  return (
    <table className="properties" aria-label={label}>
      <tbody>
        {properties.map((property) => (
          <tr key={property.key}>
            <th scope="row">{property.key}</th>
            <td>{propertyText(property.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function versionOf(watchlists: Watchlist[], listing: Listing) {
  const list = watchlists.find((candidate) => candidate.id === listing.listId);
  return list?.versions.find((version) => version.seq === listing.firstVersion) ?? null;
}

function ListEntry({ entityId, watchlists }: { entityId: string; watchlists: Watchlist[] }) {
  const state = useAsync((signal) => graphql(WATCHLIST_ENTRY, { id: entityId }, signal), [entityId]);
  if (state.status !== 'done') {
    return state.status === 'error' ? <ErrorBox error={state.error} /> : <Loading what="the list entry" />;
  }
  const entry = state.value.watchlistEntry;
  return (
    <>
      <table className="listings" aria-label="List entries">
        <thead>
          <tr>
            <th scope="col">List</th>
            <th scope="col">Programme</th>
            <th scope="col">Entry</th>
            <th scope="col">Status</th>
            <th scope="col">First in version (issued)</th>
            <th scope="col">Listed</th>
          </tr>
        </thead>
        <tbody>
          {entry.listings.map((listing) => {
            const version = versionOf(watchlists, listing);
            return (
              <tr key={`${listing.listId}-${listing.entryId ?? ''}`}>
                <td>{listing.listName}</td>
                <td>{listing.programmes.join(', ') || '—'}</td>
                <td>{listing.entryId ?? '—'}</td>
                <td>{listing.status}</td>
                <td>
                  {listing.firstVersion ?? '—'}
                  {version?.issuedAt ? ` (${version.issuedAt.slice(0, 10)})` : ''}
                  {version?.sample ? ' sample' : ''}
                </td>
                <td>
                  {listing.listedFrom ?? '…'} to {listing.listedTo ?? 'now'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {(entry.birthDates.length > 0 || entry.identifiers.length > 0 || entry.addresses.length > 0) && (
        <dl className="entry-details">
          {entry.birthDates.length > 0 && (
            <>
              <dt>Born</dt>
              <dd>{entry.birthDates.join(', ')}</dd>
            </>
          )}
          {entry.identifiers.length > 0 && (
            <>
              <dt>Identifiers</dt>
              <dd>{entry.identifiers.join(', ')}</dd>
            </>
          )}
          {entry.addresses.length > 0 && (
            <>
              <dt>Addresses</dt>
              <dd>{entry.addresses.join('; ')}</dd>
            </>
          )}
        </dl>
      )}
      {entry.remarks.length > 0 && <p className="remarks">{entry.remarks.join(' ')}</p>}
    </>
  );
}

function Relationships({ entity }: { entity: EntityDetail }) {
  const groups = new Map<string, EntityDetail['relationships']>();
  for (const relationship of entity.relationships) {
    const key = `${relationship.type} (${relationship.direction === 'OUTGOING' ? 'this →' : '→ this'})`;
    groups.set(key, [...(groups.get(key) ?? []), relationship]);
  }
  return (
    <section aria-labelledby="relationships-title">
      <h2 id="relationships-title">Relationships</h2>
      {entity.relationshipsTruncated && <p className="note">Only the first 500 relationships are shown.</p>}
      {groups.size === 0 && <Empty>No relationships recorded.</Empty>}
      {[...groups.entries()].map(([group, relationships]) => (
        <details key={group} open={relationships.length <= 20} className="relationship-group">
          <summary>
            {group}: {relationships.length}
          </summary>
          <table aria-label={group}>
            <thead>
              <tr>
                <th scope="col">Entity</th>
                <th scope="col">Details</th>
                <th scope="col">Validity</th>
                <th scope="col">Method, confidence</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {relationships.map((relationship) => (
                <tr key={`${relationship.other.id}-${relationship.type}`}>
                  <td>
                    <Link to={entityPath(relationship.other.id)}>{relationship.other.name}</Link>{' '}
                    <RiskCategories categories={relationship.other.riskCategories} />
                  </td>
                  <td>
                    {relationship.properties
                      .map((property) => `${property.key}: ${propertyText(property.value)}`)
                      .join('; ') || '—'}
                  </td>
                  <td>{validity(relationship.evidence)}</td>
                  <td>
                    {relationship.evidence.method ?? '—'}
                    {relationship.evidence.confidence !== null ? `, ${relationship.evidence.confidence}` : ''}
                  </td>
                  <td>
                    <SourceList sources={relationship.evidence.sources} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
