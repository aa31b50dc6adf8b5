import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { RequireRole } from '../auth/roles.decorator';
import { MetricsService } from './metrics.service';

/**
 * Prometheus metrics. Protected like the rest of the API: in local mode (no API keys) only loopback
 * callers reach it; with keys, any key (the reader role or above). A Prometheus server sends its
 * key as `Authorization: Bearer <key>` (`authorization` in the scrape config).
 */
@Controller('metrics')
@RequireRole('reader')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  async scrape(@Res() response: Response): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    response.setHeader('content-type', contentType);
    response.send(body);
  }
}
