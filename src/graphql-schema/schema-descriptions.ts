import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';

/**
 * Every element of a schema an integrator reads without a description: types, fields, arguments,
 * input fields and enum values, as `Type`, `Type.field`, `Type.field(argument)`, `Enum.VALUE`.
 */
export function undocumentedElements(schemaText: string): string[] {
  const schema: GraphQLSchema = buildSchema(schemaText);
  const missing: string[] = [];
  const blank = (text: string | null | undefined): boolean => !text || text.trim().length === 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) {
      continue;
    }
    // The root types are described by their fields.
    const root = type === schema.getQueryType() || type === schema.getMutationType();
    if (!root && blank(type.description)) {
      missing.push(type.name);
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) {
          missing.push(`${type.name}.${field.name}`);
        }
        for (const argument of 'args' in field ? field.args : []) {
          if (blank(argument.description)) {
            missing.push(`${type.name}.${field.name}(${argument.name})`);
          }
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) {
          missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    if (isUnionType(type) && blank(type.description)) {
      missing.push(type.name);
    }
  }
  return [...new Set(missing)].sort();
}
