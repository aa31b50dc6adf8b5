import { SingleBar } from 'cli-progress';

export interface Progress {
  update(value: number, payload?: Record<string, unknown>): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr when stderr is a terminal, and nothing otherwise: a pipe, a log file or
 * a script reading `--json` from stdout never sees it.
 */
export function progressOnTerminal(format: string): Progress {
  if (!process.stderr.isTTY) {
    return SILENT;
  }
  const bar = new SingleBar({ format, hideCursor: true, stream: process.stderr });
  bar.start(0, 0, { rate: 0 });
  return {
    update: (value, payload) => bar.update(value, payload),
    stop: () => bar.stop(),
  };
}
