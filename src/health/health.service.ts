import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../neo4j/neo4j.service';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: {
    reachable: boolean;
    version: string | null;
    edition: string | null;
    error: string | null;
  };
  checkedAt: string;
}

@Injectable()
export class HealthService {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Asks the database each time: the driver reconnects by itself once Neo4j is back. */
  async check(): Promise<HealthReport> {
    const checkedAt = new Date().toISOString();
    try {
      const rows = await this.neo4j.read('health/server-components');
      const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
      return {
        status: 'ok',
        database: {
          reachable: true,
          version: typeof kernel?.version === 'string' ? kernel.version : null,
          edition: typeof kernel?.edition === 'string' ? kernel.edition : null,
          error: null,
        },
        checkedAt,
      };
    } catch (error) {
      return {
        status: 'unavailable',
        database: { reachable: false, version: null, edition: null, error: (error as Error).message.split('\n')[0] },
        checkedAt,
      };
    }
  }
}
