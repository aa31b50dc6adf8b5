import {
  bareRelationship,
  emptyEntry,
  type WatchlistEntry,
  type WatchlistParseEvent,
  type WatchlistPosition,
  type WatchlistRelationship,
} from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { addCountry } from '../../common/country-codes';
import { openText } from './text-input';
import { addProperty, clean, CountingParser, type ParseRequest } from './watchlist-parser';
import { metadataEvent, rejectedEvent } from './parse-event';

/** The page is some 50 KB; anything far larger is not it. */
const MAX_PAGE_CHARS = 16 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeHtml(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
}

/** A stable entry id from a name: lower case ASCII words joined by dashes. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function comparable(name: string): string {
  return slug(name);
}

const LAB_OR_CENTRE = /\b(laborator(y|ies)|lab|cent(er|re)s?)\b/i;
const UNIT_WORDS = /\b(laborator(y|ies)|lab|cent(er|re)s?|base|factory)\b/i;

/**
 * Whether an alias of a named organisation names a unit under it rather than another name for it.
 * Canada's list puts both among "Known alias(es)": former names ("Changsha Institute of
 * Technology" for NUDT), spellings, acronyms, and subordinate laboratories, centres and institutes.
 * The rule, chosen to be conservative:
 * - an alias naming a laboratory, centre, base or factory is a unit, unless the named body is itself a
 *   laboratory or centre (then such an alias is another name for it);
 * - under a research academy ("… Academy of …", e.g. the Chinese Academy of Engineering Physics), an
 *   alias naming an institute is a unit, unless the body's own name says Institute; under universities,
 *   colleges and training academies an "… Institute" alias is usually a former name and stays an alias;
 * - an alias with a comma is a compound description and stays an alias.
 */
export function isSubordinateUnit(body: string, alias: string): boolean {
  if (alias.includes(',')) {
    return false;
  }
  if (UNIT_WORDS.test(alias) && !LAB_OR_CENTRE.test(body)) {
    return true;
  }
  return /\binstitutes?\b/i.test(alias) && /\bAcademy of\b/.test(body) && !/\binstitute\b/i.test(body);
}

interface ListedOrganisation {
  name: string;
  country: string;
  aliases: string[];
  position: WatchlistPosition;
}

/**
 * Canada's Named Research Organizations (ISED, science.gc.ca): the official HTML page. Inside
 * `<main>`, each organisation is `<li><strong>NAME</strong> (COUNTRY) <p>Known alias(es): A; B</p></li>`
 * under letter headings. Entry ids are slugs of the names (the list gives no ids). Aliases that name
 * subordinate units (see {@link isSubordinateUnit}) become entries of their own, PART_OF the named
 * organisation; a unit that the list also names as an organisation is linked rather than repeated.
 * The page's `dcterms.date` (or `dcterms.modified`) is the issue date.
 */
export class CaNroParser extends CountingParser {
  readonly format = 'ca-nro' as const;
  readonly defaultListId = 'ca-nro';

  protected async *read({ source, listId }: ParseRequest): AsyncGenerator<WatchlistParseEvent> {
    const { text, fileName } = await openText(source);
    let page = '';
    for await (const chunk of text) {
      page += chunk;
      if (page.length > MAX_PAGE_CHARS) {
        throw new WatchlistError('WATCHLIST_FIELD_TOO_LARGE', `The page is larger than ${MAX_PAGE_CHARS} characters`, {
          file: fileName,
        });
      }
    }
    const mainStart = page.search(/<main\b/i);
    const mainEnd = page.search(/<\/main>/i);
    if (!/<html\b/i.test(page) || mainStart === -1 || mainEnd < mainStart) {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        'Not the Named Research Organizations page: no HTML <main> element',
        { file: fileName, line: 1 },
      );
    }
    const date =
      /<meta\s+name="dcterms\.date"\s+content="(\d{4}-\d{2}-\d{2})"/i.exec(page) ??
      /<meta\s+name="dcterms\.modified"[^>]*content="(\d{4}-\d{2}-\d{2})"/i.exec(page);
    yield metadataEvent({ format: this.format, listId, files: [fileName], issuedAt: date ? date[1] : null });

    const main = page.slice(mainStart, mainEnd);
    const lineOf = (offset: number): number => page.slice(0, mainStart + offset).split('\n').length;
    const organisations: ListedOrganisation[] = [];
    const item = /<li>\s*<strong>([\s\S]*?)<\/strong>([\s\S]*?)<\/li>/gi;
    let record = 0;
    for (let match = item.exec(main); match !== null; match = item.exec(main)) {
      record += 1;
      const position: WatchlistPosition = { file: fileName, line: lineOf(match.index), record };
      const name = clean(decodeHtml(match[1]));
      const rest = match[2];
      const country = /^\s*\(([^)]*)\)/.exec(decodeHtml(rest.split(/<p\b/i)[0]));
      const aliasText = /Known alias\(es\):([\s\S]*?)<\/p>/i.exec(rest);
      if (name.length === 0) {
        yield rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', 'An organisation with no name');
        continue;
      }
      organisations.push({
        name,
        country: clean(country?.[1]),
        aliases: aliasText
          ? decodeHtml(aliasText[1])
              .split(';')
              .map((alias) => clean(alias))
              .filter((alias) => alias.length > 0)
          : [],
        position,
      });
    }
    if (organisations.length === 0) {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        'Not the Named Research Organizations page: no <li><strong>NAME</strong> entries inside <main>',
        { file: fileName },
      );
    }

    const listedByName = new Map(organisations.map((organisation) => [comparable(organisation.name), organisation]));
    const entries: WatchlistEntry[] = [];
    const relationships: WatchlistRelationship[] = [];
    const units = new Map<string, WatchlistEntry>();
    for (const organisation of organisations) {
      const entryId = slug(organisation.name);
      const entry = emptyEntry(listId, entryId, 'Organization', organisation.name, organisation.position);
      addCountry(entry.countries, organisation.country);
      addProperty(entry.properties, 'countryAsListed', organisation.country);
      entry.programmes.push('Named Research Organizations');
      for (const alias of organisation.aliases) {
        if (comparable(alias) === comparable(organisation.name)) {
          continue;
        }
        if (!isSubordinateUnit(organisation.name, alias)) {
          if (!entry.aliases.some((known) => known.name === alias)) {
            entry.aliases.push({ name: alias, quality: 'strong', type: 'aka' });
          }
          continue;
        }
        addProperty(entry.properties, 'subordinateUnits', alias);
        const listed = listedByName.get(comparable(alias));
        let unitId: string;
        if (listed) {
          unitId = slug(listed.name);
        } else {
          unitId = `${entryId}/${slug(alias)}`;
          if (!units.has(unitId)) {
            const unit = emptyEntry(listId, unitId, 'Organization', alias, organisation.position);
            unit.countries = [...entry.countries];
            unit.programmes.push('Named Research Organizations');
            unit.remarks.push(`Named on the list as a known alias of ${organisation.name}; taken as a unit of it.`);
            addProperty(unit.properties, 'aliasOf', organisation.name);
            units.set(unitId, unit);
          }
        }
        relationships.push(
          bareRelationship({
            listId,
            relationshipId: `${unitId}>PART_OF>${entryId}`,
            type: 'PART_OF',
            sourceSchema: 'Unit',
            fromEntryId: unitId,
            toEntryId: entryId,
            role: 'Named among the known aliases',
            position: organisation.position,
          }),
        );
      }
      entries.push(entry);
    }
    for (const entry of [...entries, ...units.values()]) {
      yield { kind: 'entry', entry };
    }
    const seen = new Set<string>();
    for (const relationship of relationships) {
      if (!seen.has(relationship.relationshipId)) {
        seen.add(relationship.relationshipId);
        yield { kind: 'relationship', relationship };
      }
    }
  }
}
