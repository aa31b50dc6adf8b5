/**
 * The graph feature's enums, plain TypeScript: services use them without loading GraphQL; the model
 * file (models/entity.model.ts) registers them as GraphQL enums.
 */
export enum RelationshipDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}
