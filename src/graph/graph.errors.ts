import { AppError } from '../common/app-error';

export class EntityNotFoundError extends AppError {
  constructor(id: string) {
    super('ENTITY_NOT_FOUND', `No entity has id "${id}"`, { id });
  }
}

export class InvalidGraphArgumentError extends AppError {
  constructor(argument: string, problem: string) {
    super('INVALID_ARGUMENT', `${argument}: ${problem}`, { argument });
  }
}
