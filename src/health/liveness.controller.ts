import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/public.decorator';

/**
 * Liveness: the process answers HTTP. It asks nothing of Neo4j or the index, so an orchestrator
 * restarts the process only when it is stuck, not when the database is down (that is readiness).
 */
@Controller('health')
export class LivenessController {
  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
