import { Injectable } from '@nestjs/common';
import { firstColumn, int } from '../neo4j/neo4j-values';
import { Neo4jService, type QueryRunner, type Row } from '../neo4j/neo4j.service';
import { ResolutionStatus } from '../risk/risk.enums';
import type { AuditEventRecord } from './audit-chain';
import type { CasePartyResolution } from './models/case.model';

/** Stored properties as they come back (plain values; JSON kept as text). */
export type Stored = Record<string, unknown>;

export interface StoredSnapshot {
  snapshot: Stored;
  findings: Stored[];
}

export interface EntryContent {
  id: string;
  contentHash: string | null;
  listings: Array<{ list: string; program: string[]; removedSeq: number | null }>;
}

/** Statements that run inside one write transaction (a case change and its audit event together). */
export class CaseWrites {
  constructor(private readonly transaction: QueryRunner) {}

  /** Locks the case and reads it as the last committed writer left it; null when there is no such case. */
  async lockCase(id: string): Promise<Stored | null> {
    return firstColumn<Stored>(await this.transaction.run('cases/lock-case', { id }), 'record');
  }

  /** lockCase for several cases; the map holds those that exist. */
  async lockCases(ids: string[]): Promise<Map<string, Stored>> {
    const rows = await this.transaction.run('cases/lock-cases', { ids: [...new Set(ids)].sort() });
    return new Map(rows.map((row) => [String((row.record as Stored).id), row.record as Stored]));
  }

  /** Appends events of several cases (each case's in seq order, after lockCases). */
  async appendAuditEvents(events: AuditEventRecord[]): Promise<void> {
    if (events.length > 0) {
      await this.transaction.run('cases/append-audit-events', {
        events: events.map((event) => ({ ...event, key: `${event.caseId}#${event.seq}` })),
      });
    }
  }

  async createCase(record: Stored, parties: Stored[]): Promise<void> {
    await this.transaction.run('cases/create-case', { record, parties });
  }

  async updateCase(id: string, changes: Stored): Promise<void> {
    await this.transaction.run('cases/update-case', { id, changes });
  }

  /** False when there is no such party (removed meanwhile). */
  async updateParty(id: string, changes: Stored): Promise<boolean> {
    const rows = await this.transaction.run('cases/update-party', { id, changes });
    return rows.length > 0;
  }

  /** Adds a party after the case's others; null when the case already has `limit` parties of its role. */
  async createParty(caseId: string, party: Stored, limit: number): Promise<number | null> {
    const rows = await this.transaction.run('cases/create-party', { caseId, party, limit: int(limit) });
    return rows.length > 0 ? Number(rows[0].position) : null;
  }

  /** The party as it was, or null when the case has no such party. */
  async removeParty(caseId: string, id: string): Promise<Stored | null> {
    return firstColumn<Stored>(await this.transaction.run('cases/remove-party', { caseId, id }), 'removed');
  }

  async appendAuditEvent(event: AuditEventRecord): Promise<void> {
    await this.transaction.run('cases/append-audit-event', {
      event: { ...event, key: `${event.caseId}#${event.seq}` },
    });
  }

  async createSnapshot(caseId: string, snapshot: Stored, findings: Stored[]): Promise<void> {
    await this.transaction.run('cases/create-snapshot', { caseId, snapshot, findings });
  }

  /** Locks the finding and reads its decision version; null when there is no such finding. */
  async lockFinding(id: string): Promise<number | null> {
    const rows = await this.transaction.run('cases/lock-finding', { id });
    return rows.length > 0 ? Number(rows[0].version) : null;
  }

  async createDecision(decision: Stored): Promise<Stored> {
    const rows = await this.transaction.run('cases/create-decision', { decision });
    return rows[0].decision as Stored;
  }

  async createSuppression(suppression: Stored): Promise<void> {
    await this.transaction.run('cases/create-suppression', { suppression });
  }

  async createAlerts(alerts: Stored[]): Promise<void> {
    await this.transaction.run('cases/create-alerts', { alerts });
  }

  async acknowledgeAlert(id: string, user: string, at: string): Promise<Stored | null> {
    return firstColumn<Stored>(await this.transaction.run('cases/acknowledge-alert', { id, user, at }), 'alert');
  }

  async endSuppressions(
    caseId: string,
    targetKey: string,
    partyKey: string,
    user: string,
    at: string,
  ): Promise<number> {
    const rows = await this.transaction.run('cases/end-suppressions', { caseId, targetKey, partyKey, user, at });
    return Number(rows[0]?.ended ?? 0);
  }
}

/** The only place the cases feature talks to Neo4j. */
@Injectable()
export class CasesRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** One write transaction (managed and retried: `work` must start from scratch each time). */
  async inWriteTransaction<T>(work: (writes: CaseWrites) => Promise<T>): Promise<T> {
    return this.neo4j.writeTransaction((transaction) => work(new CaseWrites(transaction)));
  }

  async findCase(id: string): Promise<{ record: Stored; parties: Stored[] } | null> {
    const rows = await this.neo4j.read('cases/find-case', { id });
    if (rows.length === 0) {
      return null;
    }
    return { record: rows[0].record as Stored, parties: (rows[0].parties as Stored[]) ?? [] };
  }

  async findCaseIds(filter: {
    status: string | null;
    assignedTo: string | null;
    afterAt: string | null;
    afterId: string | null;
    limit: number;
  }): Promise<Array<{ id: string; createdAt: string }>> {
    const rows = await this.neo4j.read('cases/find-cases', { ...filter, limit: int(filter.limit) });
    return rows.map((row) => ({ id: String(row.id), createdAt: String(row.createdAt) }));
  }

  async findParty(id: string): Promise<{ party: Stored; caseId: string } | null> {
    const rows = await this.neo4j.read('cases/find-party', { id });
    return rows.length > 0 ? { party: rows[0].party as Stored, caseId: String(rows[0].caseId) } : null;
  }

  async findSnapshot(id: string): Promise<StoredSnapshot | null> {
    const rows = await this.neo4j.read('cases/find-snapshot', { id });
    if (rows.length === 0) {
      return null;
    }
    return { snapshot: rows[0].snapshot as Stored, findings: (rows[0].findings as Stored[]) ?? [] };
  }

  async findSnapshotIds(caseId: string): Promise<string[]> {
    const rows = await this.neo4j.read('cases/find-snapshot-ids', { caseId });
    return rows.map((row) => String(row.id));
  }

  async findFinding(id: string): Promise<{ finding: Stored; caseId: string } | null> {
    const rows = await this.neo4j.read('cases/find-finding', { id });
    return rows.length > 0 ? { finding: rows[0].finding as Stored, caseId: String(rows[0].caseId) } : null;
  }

  async findAuditEvents(
    caseId: string,
  ): Promise<{ head: { seq: number; hash: string | null }; events: AuditEventRecord[] } | null> {
    const rows = await this.neo4j.read('cases/find-audit-events', { caseId });
    if (rows.length === 0) {
      return null;
    }
    const row: Row = rows[0];
    return {
      head: { seq: Number(row.headSeq ?? 0), hash: typeof row.headHash === 'string' ? row.headHash : null },
      events: ((row.events as Stored[]) ?? []).map((event) => ({
        caseId: String(event.caseId),
        seq: Number(event.seq),
        at: String(event.at),
        user: String(event.user),
        action: String(event.action),
        detail: String(event.detail),
        prevHash: String(event.prevHash),
        hash: String(event.hash),
      })),
    };
  }

  async findSuppressions(caseId: string, targets: Array<{ targetKey: string; partyKey: string }>): Promise<Stored[]> {
    if (targets.length === 0) {
      return [];
    }
    const rows = await this.neo4j.read('cases/find-suppressions', { caseId, targets });
    return rows.map((row) => row.suppression as Stored);
  }

  async findLatestDecisions(caseId: string, targetKeys: string[]): Promise<Stored[]> {
    if (targetKeys.length === 0) {
      return [];
    }
    const rows = await this.neo4j.read('cases/find-latest-decisions', { caseId, targetKeys });
    return rows.map((row) => row.decision as Stored);
  }

  async findEntryContents(ids: string[]): Promise<Map<string, EntryContent>> {
    const found = new Map<string, EntryContent>();
    if (ids.length === 0) {
      return found;
    }
    const rows = await this.neo4j.read('cases/find-entry-contents', { ids });
    for (const row of rows) {
      found.set(String(row.id), {
        id: String(row.id),
        contentHash: typeof row.contentHash === 'string' ? row.contentHash : null,
        listings: ((row.listings as Stored[]) ?? []).map((listing) => ({
          list: String(listing.list),
          program: Array.isArray(listing.program) ? listing.program.map(String).sort() : [],
          removedSeq: typeof listing.removedSeq === 'number' ? listing.removedSeq : null,
        })),
      });
    }
    return found;
  }

  async findMonitoredParties(afterId: string | null, limit: number): Promise<MonitoredParty[]> {
    const rows = await this.neo4j.read('cases/find-monitored-parties', { afterId, limit: int(limit) });
    return rows.map((row) => ({
      caseId: String(row.caseId),
      partyId: String(row.partyId),
      name: String(row.name),
      role: String(row.role),
      country: typeof row.country === 'string' ? row.country : null,
      dateOfBirth: Array.isArray(row.dateOfBirth) ? row.dateOfBirth.map(String) : [],
      identifiers: Array.isArray(row.identifiers) ? row.identifiers.map(String) : [],
      aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
      partyKey: String(row.partyKey),
      entityId: resolvedEntityId(row.resolution),
      resolution: storedResolution(row.resolution),
      known: Array.isArray(row.known) ? row.known.map(String) : [],
    }));
  }

  async findMonitorSuppressions(
    targets: Array<{ caseId: string; partyId: string; partyKey: string; targetKey: string }>,
  ): Promise<Array<{ partyId: string; targetKey: string; contentHash: string }>> {
    if (targets.length === 0) {
      return [];
    }
    const rows = await this.neo4j.read('cases/find-monitor-suppressions', { targets });
    return rows.map((row) => ({
      partyId: String(row.partyId),
      targetKey: String(row.targetKey),
      contentHash: String(row.contentHash),
    }));
  }

  /** True when this caller created the claim (it runs the monitoring for that generation). */
  async claimMonitorRun(id: string, owner: string, generation: number): Promise<boolean> {
    const rows = await this.neo4j.write('cases/claim-monitor-run', {
      id,
      owner,
      generation,
      at: new Date().toISOString(),
    });
    return rows[0]?.won === true;
  }

  async finishMonitorRun(id: string, result: Stored): Promise<void> {
    await this.neo4j.write('cases/finish-monitor-run', { id, result });
  }

  async findGraphGeneration(): Promise<number> {
    const rows = await this.neo4j.read('cases/find-graph-generation');
    return Number(rows[0]?.generation ?? 0);
  }

  async findAlerts(status: string | null, limit: number): Promise<Stored[]> {
    const rows = await this.neo4j.read('cases/find-alerts', { status, limit: int(limit) });
    return rows.map((row) => row.alert as Stored);
  }

  /** Leases up to `limit` alerts whose webhook delivery is due to `owner` until `leaseUntil`. */
  async claimAlertDeliveries(owner: string, now: string, leaseUntil: string, limit: number): Promise<Stored[]> {
    const rows = await this.neo4j.write('cases/claim-alert-deliveries', {
      owner,
      now,
      leaseUntil,
      limit: int(limit),
    });
    return rows.map((row) => row.alert as Stored);
  }

  /** Records an attempt's outcome; false when the lease was lost meanwhile (another process took it over). */
  async recordAlertDelivery(attempt: {
    id: string;
    owner: string;
    status: string;
    attempts: number;
    lastError: string | null;
    at: string;
    nextAt: string | null;
  }): Promise<boolean> {
    const rows = await this.neo4j.write('cases/record-alert-delivery', attempt);
    return rows.length > 0;
  }

  async findAlert(id: string): Promise<Stored | null> {
    return firstColumn<Stored>(await this.neo4j.read('cases/find-alert', { id }), 'alert');
  }
}

export interface MonitoredParty {
  caseId: string;
  partyId: string;
  name: string;
  role: string;
  country: string | null;
  dateOfBirth: string[];
  /** Since rules 1.219.0; a party stored before reads none. */
  identifiers: string[];
  /** Since rules 1.232.0: the party's other names; a party stored before reads none. */
  aliases: string[];
  partyKey: string;
  /** The graph entity the party resolved to (by the resolver or an analyst), whose paths are walked. */
  entityId: string | null;
  /** The stored resolution (status, entity, candidates), for the schema it is screened with; null before the first. */
  resolution: Pick<CasePartyResolution, 'status' | 'entity' | 'candidates'> | null;
  /** targetKey#contentHash of every list match and risk path already known for the party. */
  known: string[];
}

/** A party's stored resolution (JSON): its status, entity and candidates; null when there is none. */
function storedResolution(resolution: unknown): MonitoredParty['resolution'] {
  if (typeof resolution !== 'string') {
    return null;
  }
  const parsed = JSON.parse(resolution) as Partial<CasePartyResolution>;
  return {
    status: parsed.status ?? ResolutionStatus.NOT_FOUND,
    entity: parsed.entity ?? null,
    candidates: Array.isArray(parsed.candidates) ? parsed.candidates : [],
  };
}

/** The entity id of a party's stored resolution (JSON), null when it did not resolve. */
function resolvedEntityId(resolution: unknown): string | null {
  if (typeof resolution !== 'string') {
    return null;
  }
  const parsed = JSON.parse(resolution) as { entity?: { id?: unknown } | null };
  return typeof parsed.entity?.id === 'string' ? parsed.entity.id : null;
}
