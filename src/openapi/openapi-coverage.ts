type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A schema made of other schemas (a $ref, an object with properties, allOf/oneOf/anyOf, or an array
 * of those): its own properties carry the examples, so it needs a description but no example.
 */
function isComposite(schema: Json): boolean {
  if ('$ref' in schema || isObject(schema.properties) || 'allOf' in schema || 'oneOf' in schema || 'anyOf' in schema) {
    return true;
  }
  return isObject(schema.items) && isComposite(schema.items);
}

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim().length === 0;

/**
 * Every property of every schema in `value` (any depth: properties, items, allOf/oneOf/anyOf,
 * additionalProperties, content; never inside an example) that lacks a description, or an example
 * where it holds a value, as `<where>.properties.<name> (description|example)`.
 */
export function undescribedProperties(value: unknown, where: string, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => undescribedProperties(item, `${where}[${index}]`, found));
    return found;
  }
  if (!isObject(value)) {
    return found;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'example' || key === 'examples') {
      continue;
    }
    if (key === 'properties' && isObject(inner)) {
      for (const [name, property] of Object.entries(inner)) {
        const path = `${where}.properties.${name}`;
        if (!isObject(property)) {
          continue;
        }
        if (blank(property.description)) {
          found.push(`${path} (description)`);
        }
        if (!isComposite(property) && property.example === undefined && property.examples === undefined) {
          found.push(`${path} (example)`);
        }
        undescribedProperties(property, path, found);
      }
      continue;
    }
    undescribedProperties(inner, `${where}.${key}`, found);
  }
  return found;
}

/**
 * What an OpenAPI document leaves undescribed: component schema properties, the properties of
 * inline request and response schemas, and parameters without a description or an example.
 */
export function undescribedInDocument(document: Json): string[] {
  const found: string[] = [];
  const components = isObject(document.components) ? document.components : {};
  for (const [name, schema] of Object.entries(isObject(components.schemas) ? components.schemas : {})) {
    undescribedProperties(schema, `components.schemas.${name}`, found);
  }
  for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    if (!isObject(item)) {
      continue;
    }
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation)) {
        continue;
      }
      const name = `${method.toUpperCase()} ${path}`;
      for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : []) {
        if (!isObject(parameter)) {
          continue;
        }
        const where = `${name} parameter ${String(parameter.name)}`;
        if (blank(parameter.description)) {
          found.push(`${where} (description)`);
        }
        const schema = isObject(parameter.schema) ? parameter.schema : {};
        if (parameter.example === undefined && parameter.examples === undefined && schema.example === undefined) {
          found.push(`${where} (example)`);
        }
      }
      undescribedProperties(operation.requestBody, `${name} requestBody`, found);
      undescribedProperties(operation.responses, `${name} responses`, found);
    }
  }
  return found;
}
