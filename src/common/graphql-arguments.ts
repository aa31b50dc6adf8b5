import { Args, ID } from '@nestjs/graphql';

/** A required ID argument of a query or mutation: `@IdArgument('id', 'The case id.') id: string`. */
export function IdArgument(name: string, description: string): ParameterDecorator {
  return Args(name, { type: () => ID, description });
}
