import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { int, type Plan, type ProfiledPlan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationsService } from '../../src/neo4j/migrations.service';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { cliContext } from '../helpers/test-app';

/** Every operator of a plan, depth first, with its details (the index an operator reads is named there). */
function operators(plan: Plan | ProfiledPlan): Array<{ type: string; details: string; rows: number | null }> {
  const details = String(plan.arguments?.Details ?? plan.arguments?.details ?? '');
  const rows = 'rows' in plan ? Number(plan.rows) : null;
  return [{ type: plan.operatorType, details, rows }, ...plan.children.flatMap(operators)];
}

describe('alert delivery index', () => {
  let context: INestApplicationContext;
  let neo4j: Neo4jService;
  const marker = `delivery-index-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    context = await cliContext();
    await context.get(MigrationsService).migrate();
    neo4j = context.get(Neo4jService);
    // Many alerts delivered long ago and a few pending: the resumer must read the pending ones only.
    await neo4j.runStatementText(
      `UNWIND range(1, 2000) AS n
       CREATE (:CaseAlert {id: $marker + '-' + n, testMarker: $marker,
         deliveryStatus: CASE WHEN n % 200 = 0 THEN 'PENDING' ELSE 'DELIVERED' END,
         deliveryNextAt: CASE WHEN n % 200 = 0 THEN '2026-01-01T00:00:' + right('0' + toString(n % 60), 2) + '.000Z' ELSE null END})`,
      { marker },
    );
    // Planner statistics follow data changes with a delay; ask for them now so the plan is the steady one.
    await neo4j.runStatementText('CALL db.resampleOutdatedIndexes()');
  });

  afterAll(async () => {
    await neo4j?.runStatementText('MATCH (a:CaseAlert {testMarker: $marker}) DETACH DELETE a', { marker });
    await context?.close();
  });

  it('has the resumer find due deliveries by an index seek on status and time, not by reading every alert', async () => {
    const statement = neo4j.cypher.get('cases/claim-alert-deliveries');
    const session = neo4j.driver.session({ database: neo4j.database });
    try {
      // PROFILE runs it: at 00:00:30 seven of the ten pending deliveries (due at :00 and :20) are due.
      const result = await session.run(`PROFILE ${statement}`, {
        now: '2026-01-01T00:00:30.000Z',
        leaseUntil: '2026-01-01T00:01:30.000Z',
        owner: 'test:profile',
        limit: int(20),
      });
      const plan = result.summary.profile;
      expect(plan).not.toBe(false);
      const steps = operators(plan as ProfiledPlan);
      const seek = steps.find((step) => step.type.startsWith('NodeIndexSeek'));

      expect(result.records.map((record) => record.get('alert').testMarker)).toEqual(Array(7).fill(marker));
      expect(seek?.details).toContain('CaseAlert(deliveryStatus, deliveryNextAt)');
      expect(seek?.details).toContain('deliveryNextAt <= $now');
      // Only the due deliveries come out of the index; the 1,990 other alerts are never read.
      expect(seek?.rows).toBe(7);
      expect(steps.some((step) => /NodeByLabelScan|AllNodesScan/.test(step.type))).toBe(false);
    } finally {
      await session.close();
    }
  });
});
