import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { Caller } from '../auth/api-key';
import { checkId } from '../graph/graph-arguments';
import { EntityNotFoundError } from '../graph/graph.errors';
import { WATCHLIST_VERSION_ACTIVATED, type WatchlistVersionActivated } from '../watchlists/watchlist-events';
import type { IdentityLink } from './models/risk.model';
import { summary } from './path-risk.service';
import { IdentityLinkRefusedError, RiskInputInvalidError } from './risk.errors';
import { RiskRepository } from './risk.repository';
import { normaliseIdentifier } from '../common/identifiers';

const MAX_NOTE_LENGTH = 2_000;

/** The case decision a SAME_AS comes from: the case, the finding and the decision's key (`<finding>#<version>`). */
export interface SameAsDecision {
  caseId: string;
  findingId: string;
  decisionKey: string;
}

/** Identity between graph entities and list entities: analysts' decisions and automatic links. */
@Injectable()
export class RiskService {
  private readonly logger = new Logger(RiskService.name);

  constructor(private readonly repository: RiskRepository) {}

  /**
   * Records an analyst's decision that a graph entity and a list entity are one body. `decision`
   * names the case decision it comes from (a CONFIRMED list match), kept on the link; null when the
   * analyst links directly (linkSameAs), which also clears a case decision an earlier link named.
   */
  async linkSameAs(
    entityId: string,
    listEntityId: string,
    note: string,
    caller: Pick<Caller, 'userId'>,
    decision: SameAsDecision | null = null,
  ): Promise<IdentityLink> {
    checkId('entityId', entityId);
    checkId('listEntityId', listEntityId);
    const trimmedNote = note.trim();
    if (trimmedNote.length === 0 || trimmedNote.length > MAX_NOTE_LENGTH) {
      throw new RiskInputInvalidError('note', `must say why, in 1 to ${MAX_NOTE_LENGTH} characters`);
    }
    if (entityId === listEntityId) {
      throw new IdentityLinkRefusedError(`An entity cannot be linked to itself ("${entityId}")`, { entityId });
    }
    const found = await this.repository.findEntities([entityId, listEntityId]);
    for (const id of [entityId, listEntityId]) {
      if (!found.has(id)) {
        throw new EntityNotFoundError(id);
      }
    }
    const decidedBy = caller.userId;
    const decidedAt = new Date().toISOString();
    const sourceId = `src:analyst-same-as-${createHash('sha1').update(`${entityId}\u0000${listEntityId}`).digest('hex').slice(0, 16)}`;
    const link = await this.repository.createSameAs({
      entityId,
      listEntityId,
      note: trimmedNote,
      decidedBy,
      decidedAt,
      caseId: decision?.caseId ?? null,
      findingId: decision?.findingId ?? null,
      decisionKey: decision?.decisionKey ?? null,
      sourceId,
      sourceTitle:
        `Analyst identity decision: ${found.get(entityId)!.node.name} is ${found.get(listEntityId)!.node.name}. ${trimmedNote}`.slice(
          0,
          500,
        ),
    });
    if (!link) {
      throw new EntityNotFoundError(entityId);
    }
    this.logger.log(`SAME_AS ${entityId} -> ${listEntityId} confirmed by ${decidedBy}`);
    return {
      entity: summary(found.get(entityId)!.node),
      listEntity: summary(found.get(listEntityId)!.node),
      score: Number(link.score),
      decision: String(link.decision),
      decidedBy: String(link.decidedBy),
      decidedAt: String(link.decidedAt),
      note: String(link.note),
      method: String(link.method),
      sourceIds: Array.isArray(link.sourceIds) ? link.sourceIds.map(String) : [],
    };
  }

  /**
   * Links graph entities to entries of one list where a strong identifier (LEI, ROR, Wikidata id,
   * registration number) is equal after normalisation. Existing links are left alone. Returns how
   * many pairs were linked.
   */
  async autoLinkByIdentifiers(listId: string): Promise<number> {
    const identified = await this.repository.findIdentifiedEntities();
    const entitiesByValue = new Map<string, string[]>();
    for (const entity of identified) {
      for (const identifier of entity.identifiers) {
        const value = normaliseIdentifier(identifier);
        if (value.length >= 4) {
          entitiesByValue.set(value, [...(entitiesByValue.get(value) ?? []), entity.id]);
        }
      }
    }
    const entries = await this.repository.findListEntriesByIdentifiers(listId, [...entitiesByValue.keys()].sort());
    const rows = entries.flatMap((entry) =>
      entry.identifierValues
        .filter((value) => entitiesByValue.has(value))
        .flatMap((value) =>
          entitiesByValue.get(value)!.map((entityId) => ({
            entityId,
            listEntityId: entry.id,
            identifier: value,
            note: `Same identifier ${value} on both`,
            sourceIds: [`list:${listId}`],
          })),
        ),
    );
    const unique = [...new Map(rows.map((row) => [`${row.entityId}|${row.listEntityId}`, row])).values()];
    const linked = await this.repository.createAutomaticSameAs(unique, new Date().toISOString());
    if (linked > 0) {
      this.logger.log(`Linked ${linked} graph entities to ${listId} entries by equal identifiers`);
    }
    return linked;
  }

  /** After each list version is activated, link its entries to graph entities with the same identifiers. */
  @OnEvent(WATCHLIST_VERSION_ACTIVATED)
  async onWatchlistVersionActivated(event: WatchlistVersionActivated): Promise<void> {
    try {
      await this.autoLinkByIdentifiers(event.listId);
    } catch (error) {
      this.logger.error(`Automatic identity linking for ${event.listId} failed: ${(error as Error).message}`);
    }
  }
}
