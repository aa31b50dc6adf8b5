import type { Evidence, Source } from '../api/operations';

export function SourceLink({ source }: { source: Source }) {
  const title = source.publisher ? `${source.title} (${source.publisher})` : source.title;
  return source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer noopener">
      {title}
    </a>
  ) : (
    <span>{title}</span>
  );
}

export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) {
    return <span className="muted">no source</span>;
  }
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.id}>
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}

export function validity(evidence: Pick<Evidence, 'validFrom' | 'validTo' | 'status'>): string {
  const range =
    evidence.validFrom || evidence.validTo
      ? `${evidence.validFrom ?? '…'} to ${evidence.validTo ?? 'now'}`
      : 'dates not stated';
  return `${evidence.status ?? 'unknown'}; ${range}`;
}

/** Property values are JSON text. */
export function propertyText(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) {
      return parsed.map(String).join(', ');
    }
    return String(parsed);
  } catch {
    return value;
  }
}
