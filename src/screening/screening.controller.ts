import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { RequireRole } from '../auth/roles.decorator';
import type { ScreeningInput } from './dto/screening.input';
import type { ScreeningResult } from './models/screening-result.model';
import { ScreeningInputError } from './screening.errors';
import { ScreeningService } from './screening.service';

/** REST for tools that don't speak GraphQL: the same input JSON and the same results. */
@Controller('api/screen')
@RequireRole('screener')
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  @Post()
  @HttpCode(200)
  screen(@Body() body: ScreeningInput): Promise<ScreeningResult> {
    return this.screening.screen(body);
  }

  @Post('batch')
  @HttpCode(200)
  screenBatch(@Body() body: { inputs?: ScreeningInput[] } | undefined): Promise<ScreeningResult[]> {
    if (!body || !Array.isArray(body.inputs)) {
      throw new ScreeningInputError('inputs', 'the body must be {"inputs": [ … ]}');
    }
    return this.screening.screenBatch(body.inputs);
  }
}
