import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const READER_KEY = 'reader-key-for-metrics-01';

/** The value of one series in a Prometheus exposition, or null when it is not there. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

describe('GET /metrics (Prometheus)', () => {
  describe('in local mode (no keys: loopback only)', () => {
    let sut: TestApp;

    beforeAll(async () => {
      await prepareDatabase();
      sut = await bootTestApp();
    });

    afterAll(async () => {
      await sut?.close();
    });

    it('counts and times HTTP requests by route pattern and status, and GraphQL operations by name', async () => {
      await fetch(`${sut.url}/health/live`);
      await fetch(`${sut.url}/health/live`);
      const graphql = await sut.graphql('query MetricsProbe { watchlists { id } }');
      expect(graphql.errors).toBeUndefined();

      const response = await fetch(`${sut.url}/metrics`);
      const text = await response.text();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(
        sample(text, 'partner_graph_http_requests_total{method="GET",route="/health/live",status="200"}'),
      ).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(
        /^partner_graph_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/health\/live",status="200"\} \d+$/m,
      );
      expect(sample(text, 'partner_graph_graphql_operations_total{operation="MetricsProbe",status="200"}')).toBe(1);
      expect(text).toContain('partner_graph_graphql_operation_duration_seconds_count{operation="MetricsProbe"');
    });

    it('labels an unknown URL by a route pattern (the web app catch-all or unmatched), so random paths do not create series', async () => {
      await fetch(`${sut.url}/api/no/such/route/123`);

      const text = await (await fetch(`${sut.url}/metrics`)).text();

      expect(text).not.toContain('/no/such/route');
      expect(text).toMatch(/^partner_graph_http_requests_total\{method="GET",route="[^"]*",status="404"\} \d+$/m);
    });

    it('reports the screening index and the freshness of each list it serves', async () => {
      // A screening makes sure the index is built.
      const screened = await sut.graphql(
        'query { screen(input: { name: "Example Partner University" }) { riskLevel } }',
      );
      expect(screened.errors).toBeUndefined();

      const text = await (await fetch(`${sut.url}/metrics`)).text();

      expect(sample(text, 'partner_graph_screening_index_ready')).toBe(1);
      expect(sample(text, 'partner_graph_screening_index_entities')).toBeGreaterThan(0);
      expect(sample(text, 'partner_graph_screening_index_age_seconds')).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'partner_graph_screening_index_generation')).not.toBeNull();
      expect(text).toContain('# TYPE partner_graph_list_issued_age_seconds gauge');
      expect(text).toContain('partner_graph_process_cpu_seconds_total');
    });
  });

  describe('with API keys configured', () => {
    let sut: TestApp;

    beforeAll(async () => {
      sut = await bootTestApp({ API_KEYS: `${READER_KEY}:reader` });
    });

    afterAll(async () => {
      await sut?.close();
    });

    it('refuses a scrape without a key', async () => {
      const response = await fetch(`${sut.url}/metrics`);

      expect(response.status).toBe(401);
    });

    it('answers a scrape with a reader key as a bearer token', async () => {
      const response = await fetch(`${sut.url}/metrics`, { headers: { authorization: `Bearer ${READER_KEY}` } });

      expect(response.status).toBe(200);
      expect(await response.text()).toContain('# TYPE partner_graph_http_requests_total counter');
    });
  });
});
