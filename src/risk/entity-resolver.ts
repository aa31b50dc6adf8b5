import { Inject, Injectable } from '@nestjs/common';
import { GraphService } from '../graph/graph.service';
import type { EntitySearchHit } from '../graph/models/subgraph.model';
import type { PartyResolution } from './models/risk.model';
import { RISK_RULES } from './risk-rules.provider';
import type { RiskRules } from './risk-rules';
import { summary } from './path-risk.service';
import { RiskRepository } from './risk.repository';

export interface PartyRef {
  id?: string | null;
  name?: string | null;
  country?: string | null;
}

/**
 * Turns a party given by id or by name into a graph entity. The default implementation uses the
 * graph's name search; the screening matcher can replace it by providing ENTITY_RESOLVER.
 */
export interface EntityResolver {
  resolve(ref: PartyRef, expected: 'organisation' | 'person'): Promise<PartyResolution>;
}

export const ENTITY_RESOLVER = Symbol('ENTITY_RESOLVER');

@Injectable()
export class GraphSearchEntityResolver implements EntityResolver {
  constructor(
    private readonly graph: GraphService,
    private readonly repository: RiskRepository,
    @Inject(RISK_RULES) private readonly rules: RiskRules,
  ) {}

  async resolve(ref: PartyRef, expected: 'organisation' | 'person'): Promise<PartyResolution> {
    const country = ref.country?.trim().toLowerCase() || null;
    if (ref.id) {
      const found = (await this.repository.findEntities([ref.id])).get(ref.id);
      return {
        status: found ? 'RESOLVED' : 'NOT_FOUND',
        method: 'id',
        query: ref.id,
        country,
        entity: found ? summary(found.node) : null,
        score: found ? 1 : null,
        matchedName: found ? found.node.name : null,
        candidates: [],
        explanation: found ? `Given by id: ${found.node.name}.` : `No entity has id "${ref.id}".`,
      };
    }
    const name = ref.name ?? '';
    const hits = await this.graph.searchEntities(name, this.rules.resolution.candidates * 2);
    const fitting = hits
      .filter((hit) => (expected === 'person' ? hit.entity.type === 'Person' : hit.entity.type !== 'Person'))
      .map((hit) => ({ hit, countryAgrees: country !== null && hit.entity.country.includes(country) }))
      .sort(
        (left, right) =>
          Number(right.countryAgrees) - Number(left.countryAgrees) ||
          right.hit.score - left.hit.score ||
          left.hit.entity.id.localeCompare(right.hit.entity.id),
      );
    const candidates: EntitySearchHit[] = fitting.slice(0, this.rules.resolution.candidates).map(({ hit }) => hit);
    const best = candidates[0];
    if (!best || best.score < this.rules.resolution.minScore) {
      return {
        status: 'NOT_FOUND',
        method: 'name',
        query: name,
        country,
        entity: null,
        score: best?.score ?? null,
        matchedName: best?.matchedName ?? null,
        candidates,
        explanation: best
          ? `No ${expected} matched "${name}" well enough: the best, ${best.entity.name}, scored ${best.score} (at least ${this.rules.resolution.minScore} is needed).`
          : `No ${expected} matched "${name}".`,
      };
    }
    return {
      status: 'RESOLVED',
      method: 'name',
      query: name,
      country,
      entity: best.entity,
      score: best.score,
      matchedName: best.matchedName,
      candidates,
      explanation: `"${name}" resolved to ${best.entity.name} (${best.entity.id}) through the name "${best.matchedName}", score ${best.score}${country !== null ? (best.entity.country.includes(country) ? `, country ${country} agrees` : `, country ${country} not recorded for it`) : ''}.`,
    };
  }
}
