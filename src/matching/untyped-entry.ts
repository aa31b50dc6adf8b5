/**
 * Since rules 1.140.0: whether a list entry that its list types as neither a person nor a body (LegalEntity: the BIS
 * Denied Persons List types none of its entries) shows nothing of a body in its name: no class word, legal form,
 * named body or number as the matcher reads the name ("QUENTIN MARLOW BRADE", not "QUARROW TRADING FZE"). The
 * resolution rule does not resolve an organisation party to such an entry through initials (resolution-rule.ts
 * `nameEvidence`): the initials of a person's name are no organisation's acronym.
 */
import { Kind, prepareName } from './normalise';

const BODY_KINDS: ReadonlySet<number> = new Set([Kind.Class, Kind.Legal, Kind.NamedBody, Kind.Number]);

/**
 * A word of two to four capitals counts as a name word, not an acronym, here: a list written in capitals writes a
 * person's short given or family name so ("BOB WILSON", "ANDREW HSU").
 */
export function namesNoBody(name: string): boolean {
  const prepared = prepareName(name, 'org');
  const words = prepared.tokens.map((token, index) => [token.text, prepared.kinds[index]] as const);
  return (
    words.some(([text, kind]) => text.length > 0 && (kind === Kind.Name || kind === Kind.Acronym)) &&
    !words.some(([text, kind]) => text.length > 0 && BODY_KINDS.has(kind))
  );
}
