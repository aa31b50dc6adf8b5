import { type FormEvent, useState } from 'react';
import { ErrorBox } from '../components/states';

/** Asks for an API key once per tab; the key is kept in memory only. */
export function SignInPage({ onSubmit, error }: { onSubmit: (key: string) => void; error: unknown }) {
  const [key, setKey] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) {
      onSubmit(key.trim());
    }
  };
  return (
    <main className="sign-in">
      <h1>partner-graph</h1>
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">Sign in</h2>
        <p>This server needs an API key. It is kept in this tab’s memory only: reloading the page asks again.</p>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          autoFocus
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
        <button type="submit" disabled={!key.trim()}>
          Sign in
        </button>
        {error !== null && <ErrorBox error={error} />}
      </form>
    </main>
  );
}
