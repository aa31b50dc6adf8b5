import { type DependencyList, useEffect, useState } from 'react';

export type AsyncState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; value: T } | { status: 'error'; error: unknown };

/** Runs `load` when the dependencies change; a newer run aborts the older one. */
export function useAsync<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  dependencies: DependencyList,
): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'idle' });
  useEffect(() => {
    if (!load) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) {
          setState({ status: 'done', value });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', error });
        }
      },
    );
    return () => controller.abort();
    // The caller lists what `load` depends on.
  }, dependencies);
  return state;
}
