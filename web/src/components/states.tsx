import { ApiError } from '../api/client';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="state empty">{children}</p>;
}

/** Shows an API error with its message and code, as the server gave them. */
export function ErrorBox({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : 'CLIENT_ERROR';
  return (
    <div className="state error" role="alert">
      <strong>Error</strong> <code className="error-code">{code}</code>: {message}
    </div>
  );
}
