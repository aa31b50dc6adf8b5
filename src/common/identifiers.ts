/**
 * The normal form identifiers are stored and compared in: lower case, letters and digits only, so
 * "AB-123 45" equals "ab12345". List entries keep their identifiers in this form (identifierValues)
 * and identity links look them up in it.
 */
export function normaliseIdentifier(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
