import { AppError } from '../common/app-error';

/** Bad screening input: names the field (`name`, `inputs[3].country[0]`, …) and what was wrong. */
export class ScreeningInputError extends AppError {
  constructor(field: string, problem: string) {
    super('SCREENING_INPUT_INVALID', `${field}: ${problem}`, { field });
  }
}

/** The candidate index has not been built yet (the application is starting, or Neo4j is unreachable). */
export class ScreeningIndexNotReadyError extends AppError {
  constructor(reason: string) {
    super('SCREENING_INDEX_NOT_READY', `The screening index is not ready yet (${reason}); try again shortly`);
  }
}
