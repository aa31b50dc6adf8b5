import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { findProjectRoot } from '../../src/common/project-root';

export const ROOT = findProjectRoot();
/** What the `partner-graph` bin runs (package.json "bin"). */
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs a command to its end, whatever its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, env, timeout: 170_000 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        // Killed (the timeout) or never started: no exit code to report.
        reject(new Error(`${args.join(' ')} did not run to its end: ${error.message}`, { cause: error }));
        return;
      }
      resolve({
        code: typeof error?.code === 'number' ? error.code : 0,
        stdout,
        stderr,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

/**
 * Brings dist/ up to date with the sources under test: the CLI runs from dist/, as installed. The
 * tsc build is incremental, so this is quick when nothing changed.
 */
export async function buildCli(): Promise<void> {
  const build = await run(process.execPath, [
    join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    'tsconfig.build.json',
  ]);
  expect(build, build.stdout).toMatchObject({ code: 0 });
  const data = await run(process.execPath, [join(ROOT, 'tools', 'copy-build-data.mjs')]);
  expect(data, data.stderr).toMatchObject({ code: 0 });
}
