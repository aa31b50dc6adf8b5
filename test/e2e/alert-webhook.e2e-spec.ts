import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseMonitoringService } from '../../src/cases/case-monitoring.service';
import { CasesRepository } from '../../src/cases/cases.repository';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { ScreeningIndexService } from '../../src/screening/screening-index.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { removeLists } from '../helpers/remove-lists';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const SCREENER_KEY = 'webhook-screener-key-for-tests';
const SECRET = 'webhook-secret-for-tests-0123456789';

// Made-up bodies: none of them exists, in the data or anywhere else.
const FIRST_NAME = 'Ulvaren Brightwater Sensor Foundry';
const SECOND_NAME = 'Cassoway Meridian Propulsion Works';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/**
 * A webhook receiver on loopback that answers each request with the status `answer` gives for the
 * how-many-th request about that alert (the database may hold other tests' cases, whose alerts come too).
 */
class Receiver {
  readonly received: Received[] = [];
  answer: (count: number) => number = () => 200;
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const answered = this.answer(this.forAlert(alertIdOf(body)).length + 1);
        this.received.push({ headers: request.headers, body, answered });
        response.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/alerts`;
  }

  forAlert(alertId: string): Received[] {
    return this.received.filter((request) => alertIdOf(request.body) === alertId);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function alertIdOf(body: string): string {
  return (JSON.parse(body) as { alert: { id: string } }).alert.id;
}

function signatureHolds(request: Received): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(request.body, 'utf8').digest('hex')}`);
  const given = Buffer.from(String(request.headers['x-partnergraph-signature'] ?? ''));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined> | T | null | undefined): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('alert webhook', () => {
  let sut: TestApp;
  const receiver = new Receiver();
  const listId = `test-webhook-${randomUUID().slice(0, 8)}`;
  const directory = mkdtempSync(join(tmpdir(), 'webhook-e2e-'));
  const screener = { 'x-api-key': SCREENER_KEY };
  let settings: Record<string, string>;
  let version = 0;

  const boot = async (): Promise<TestApp> => bootTestApp(settings);

  /** Imports a new version of the test list holding `names`, and runs monitoring for it. */
  const activate = async (names: string[]): Promise<void> => {
    version += 1;
    const path = join(directory, `v${version}.ftm.json`);
    writeFileSync(
      path,
      names
        .map((name, position) =>
          JSON.stringify({
            id: `entry-${position}`,
            schema: 'Organization',
            caption: name,
            properties: { name: [name], country: ['nl'], topics: ['sanction'] },
          }),
        )
        .join('\n') + '\n',
    );
    await sut.app
      .get(WatchlistImportService)
      .importFile({ importedBy: 'test:runner', format: 'ftm', path, listId, issuedAt: '2026-11-01' });
    const index = sut.app.get(ScreeningIndexService);
    await index.whenIdle();
    await index.requestRebuild('webhook tests: list imported');
    const generation = await sut.app.get(CasesRepository).findGraphGeneration();
    await sut.app.get(CaseMonitoringService).runForGeneration(generation);
  };

  const openCase = async (name: string): Promise<string> => {
    const created = await sut.graphql(
      `mutation C($input: CaseInput!) { createCase(input: $input) { id } }`,
      { input: { title: `Webhook: ${name}`, partner: { name, country: 'NL' } } },
      screener,
    );
    expect(created.errors).toBeUndefined();
    const id = (created.data as any).createCase.id as string;
    expect((await sut.graphql(`mutation R($id: ID!) { runCase(id: $id) { id } }`, { id }, screener)).errors).toBe(
      undefined,
    );
    return id;
  };

  const alertOf = async (caseId: string): Promise<any> => {
    const answer = await sut.graphql(
      `query { alerts(first: 500) { id caseId delivery { status attempts lastError lastAttemptAt nextAttemptAt } } }`,
      {},
      screener,
    );
    expect(answer.errors).toBeUndefined();
    return (answer.data as any).alerts.find((alert: any) => alert.caseId === caseId);
  };

  beforeAll(async () => {
    await prepareDatabase();
    settings = {
      API_KEYS: `${SCREENER_KEY}:screener`,
      SCREENING_POLL_INTERVAL_MS: '0',
      ALERT_WEBHOOK_URL: await receiver.start(),
      ALERT_WEBHOOK_SECRET: SECRET,
      ALERT_WEBHOOK_BACKOFF_MS: '500',
      ALERT_WEBHOOK_POLL_MS: '100',
    };
    sut = await boot();
    await activate(['Orrindale Harbour Tug Services']);
  }, 300_000);

  afterAll(async () => {
    if (sut) {
      await removeLists(sut.app.get(Neo4jService), [listId]);
      await sut.close();
    }
    await receiver.stop();
  });

  it('posts a new alert signed with the secret, retrying with backoff until the receiver accepts it', async () => {
    const caseId = await openCase(FIRST_NAME);
    receiver.answer = (count) => (count <= 2 ? 503 : 200);

    await activate(['Orrindale Harbour Tug Services', FIRST_NAME]);
    const alert = await until('the alert', () => alertOf(caseId));
    const requests = await until('three attempts', () => {
      const found = receiver.forAlert(alert.id);
      return found.length >= 3 ? found : null;
    });
    const delivered = await until('the delivery recorded', async () => {
      const current = await alertOf(caseId);
      return current.delivery.status === 'DELIVERED' ? current : null;
    });

    expect(requests.map((request) => request.answered)).toEqual([503, 503, 200]);
    expect(requests.every(signatureHolds)).toBe(true);
    expect(requests.every((request) => /^\d{10}$/.test(String(request.headers['x-partnergraph-timestamp'])))).toBe(
      true,
    );
    const body = JSON.parse(requests[2].body);
    expect(body).toMatchObject({
      type: 'partner-graph.alert',
      attempt: 3,
      alert: { id: alert.id, caseId, change: 'NEW', finding: { kind: 'LIST_MATCH' } },
    });
    expect(Date.parse(body.sentAt) / 1000).toBeCloseTo(Number(requests[2].headers['x-partnergraph-timestamp']), -1);
    expect(delivered.delivery).toMatchObject({
      status: 'DELIVERED',
      attempts: 3,
      lastError: 'HTTP 503',
      nextAttemptAt: null,
    });
    const metrics = await (await fetch(`${sut.url}/metrics`, { headers: screener })).text();
    expect(metrics).toMatch(/partner_graph_alert_webhook_attempts_total\{outcome="retry"\} [2-9]/);
  });

  it('keeps a pending delivery in the graph across a restart and sends it from the new process', async () => {
    const caseId = await openCase(SECOND_NAME);
    receiver.answer = () => 503;

    await activate(['Orrindale Harbour Tug Services', FIRST_NAME, SECOND_NAME]);
    const alert = await until('the alert', () => alertOf(caseId));
    await until('a failed attempt recorded', async () => {
      const current = await alertOf(caseId);
      return current.delivery.attempts >= 1 ? current : null;
    });
    await sut.close();
    receiver.answer = () => 204;

    sut = await boot();
    const delivered = await until('the delivery from the new process', async () => {
      const current = await alertOf(caseId);
      return current.delivery.status === 'DELIVERED' ? current : null;
    });

    expect(delivered.delivery.attempts).toBeGreaterThanOrEqual(2);
    expect(receiver.forAlert(alert.id).at(-1)?.answered).toBe(204);
    expect(receiver.forAlert(alert.id).every(signatureHolds)).toBe(true);
  });
});
