import { AppError } from '../common/app-error';

/** A match or search request the yente-compatible API cannot run: names the field and what was wrong. */
export class YenteQueryError extends AppError {
  constructor(field: string, problem: string) {
    super('SCREENING_INPUT_INVALID', `${field}: ${problem}`, { field });
  }
}

/** yente answers 404 "No such dataset." for a scope it does not know; so do we. */
export class DatasetNotFoundError extends AppError {
  constructor(name: string, known: string[]) {
    super('DATASET_NOT_FOUND', `No such dataset: "${name.slice(0, 100)}"; datasets: ${known.join(', ')}`, {
      dataset: name.slice(0, 100),
    });
  }
}
