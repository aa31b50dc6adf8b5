import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/roles.decorator';
import { ScreeningInput } from './dto/screening.input';
import { ScreeningResult } from './models/screening-result.model';
import { ScreeningService } from './screening.service';

@Resolver(() => ScreeningResult)
@RequireRole('screener')
export class ScreeningResolver {
  constructor(private readonly screening: ScreeningService) {}

  @Query(() => ScreeningResult, { description: 'Ranked watchlist and graph matches for one party, explained.' })
  screen(
    @Args('input', {
      type: () => ScreeningInput,
      description: 'The party to screen: a name and, where known, type, country, date of birth, identifiers.',
    })
    input: ScreeningInput,
  ): Promise<ScreeningResult> {
    return this.screening.screen(input);
  }

  @Query(() => [ScreeningResult], { description: 'Screens up to 1,000 parties in one call; results in input order.' })
  screenBatch(
    @Args('inputs', { type: () => [ScreeningInput], description: 'The parties to screen (at most 1,000).' })
    inputs: ScreeningInput[],
  ): Promise<ScreeningResult[]> {
    return this.screening.screenBatch(inputs);
  }
}
