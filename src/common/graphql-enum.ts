import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a TypeScript string enum as a GraphQL enum, with its description and one for each value:
 * the compiler asks for every value (as the schema-descriptions test asks for every enum value).
 */
export function registerDescribedEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: { [Value in keyof E]: string },
): void {
  const valuesMap: Partial<Record<keyof E, { description: string }>> = {};
  for (const value of Object.keys(values) as (keyof E)[]) {
    valuesMap[value] = { description: values[value] };
  }
  registerEnumType(enumObject, { name, description, valuesMap });
}
