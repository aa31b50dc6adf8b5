import { execFileSync } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SEMI_SPACE_MB } from '../../src/cli/young-generation';
import { ApiProcess } from '../helpers/processes';
import { builtCliContext } from '../helpers/test-app';

/** The processes whose parent is `pid`, each as its pid and its command line (Linux `ps`). */
function childrenOf(pid: number): Array<{ pid: number; args: string[] }> {
  let listed = '';
  try {
    listed = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    // `ps` exits 1 when no process matches.
  }
  return listed
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [child, ...args] = line.trim().split(/\s+/);
      return { pid: Number(child), args };
    });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('partner-graph serve from the bin (the built CLI)', () => {
  let env: NodeJS.ProcessEnv;
  let context: INestApplicationContext;

  beforeAll(async () => {
    ({ env, context } = await builtCliContext());
  }, 360_000);

  afterAll(async () => {
    await context?.close();
  });

  it("serves from a Node started again with the API's young generation, and a SIGTERM to the command ends both, exit 0", async () => {
    const api = new ApiProcess(env, 'serve');
    await api.start(240_000);
    try {
      const children = childrenOf(api.pid);
      const health = await fetch(`${api.url}/health/live`);

      expect(health.status).toBe(200);
      expect(children).toHaveLength(1);
      expect(children[0].args).toContain(`--max-semi-space-size=${API_SEMI_SPACE_MB}`);

      await api.stop();

      expect(api.exitCode).toBe(0);
      expect(alive(children[0].pid)).toBe(false);
    } finally {
      await api.stop();
    }
  }, 300_000);
});
