import { Injectable } from '@nestjs/common';
import type { CandidateSource, ConsultedListFreshness } from '../risk/candidate-source';
import { ListFreshnessCache } from './list-freshness.cache';
import { ScreeningIndexService, type ScreeningSnapshot } from './screening-index.service';

/** The CANDIDATE_SOURCE port the risk module's resolver reads: the screening index and its lists' freshness. */
@Injectable()
export class ScreeningCandidateSource implements CandidateSource {
  constructor(
    private readonly index: ScreeningIndexService,
    private readonly lists: ListFreshnessCache,
  ) {}

  current(): Promise<ScreeningSnapshot> {
    return this.index.current();
  }

  async freshness(listId: string): Promise<ConsultedListFreshness | null> {
    const freshness = await this.lists.freshness(listId);
    return { overdue: freshness.overdue, freshAsOf: freshness.freshAsOf };
  }
}
