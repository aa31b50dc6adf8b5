import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ReferenceFileMalformedError } from '../reference.errors';
import type { FunderRecord, ReferenceName, RegistryHeader } from '../reference-record';
import { openReferenceText } from './reference-file';

const FUNDER_DOI = /^https?:\/\/(?:dx\.)?doi\.org\/10\.13039\//;
const GEONAMES = /^https?:\/\/sws\.geonames\.org\/(\d+)\/?$/;
const ABBREVIATION_FLAG = /\/abbrevName$/;
const DEPRECATED_STATUS = /\/Deprecated$/;

/**
 * The namespaces the registry uses, by URI, each with the prefix the code names it by: the file
 * itself sometimes declares another prefix for the same namespace (`fd:usageFlag`), so elements are
 * recognised by namespace URI, never by the prefix written.
 */
const PREFIXES: Record<string, string> = {
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.w3.org/XML/1998/namespace': 'xml',
  'http://purl.org/dc/terms/': 'dct',
  'http://www.w3.org/2004/02/skos/core#': 'skos',
  'http://www.w3.org/2008/05/skos-xl#': 'skosxl',
  'http://data.crossref.org/fundingdata/xml/schema/grant/grant-1.2/': 'svf',
  'http://data.crossref.org/fundingdata/terms': 'fref',
};

function qualified(uri: string, local: string): string {
  return `${PREFIXES[uri] ?? uri}:${local}`;
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  return Object.fromEntries(
    Object.values(tag.attributes).map((attribute) => [qualified(attribute.uri, attribute.local), attribute.value]),
  );
}

export interface FundrefParse {
  header: RegistryHeader;
  funders: FunderRecord[];
}

/** A funder id as the registry writes it (`http://dx.doi.org/10.13039/100000015`) to the bare id. */
export function bareFunderId(value: string): string | null {
  const trimmed = value.trim();
  if (FUNDER_DOI.test(trimmed)) {
    return trimmed.replace(FUNDER_DOI, '');
  }
  return /^\d+$/.test(trimmed) ? trimmed : null;
}

/**
 * Streams the Crossref Open Funder Registry (SKOS-XL RDF/XML, plain or gzipped) with saxes, holding
 * one skos:Concept at a time. Yields each funder as its </skos:Concept> closes; the registry's
 * dct:created (under fref:registry) is reported through `onHeader` when read.
 */
export async function* parseFundrefFile(
  path: string,
  onHeader: (header: RegistryHeader) => void = () => undefined,
): AsyncGenerator<FunderRecord> {
  const stream = await openReferenceText(path);
  const parser = new SaxesParser({ xmlns: true, fileName: path });
  const ready: FunderRecord[] = [];
  let failure: { error: Error; line: number } | null = null;
  const path_: string[] = [];
  let text = '';
  let current: FunderRecord | null = null;
  let label: { value: string; lang: string | null; acronym: boolean; preferred: boolean } | null = null;
  let labelKind: 'pref' | 'alt' | null = null;

  parser.on('error', (error) => {
    failure ??= { error, line: parser.line };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = qualified(tag.uri, tag.local);
    const attributes = attributesOf(tag);
    path_.push(name);
    text = '';
    const resource = attributes['rdf:resource'] ?? null;
    switch (name) {
      case 'skos:Concept': {
        const about = attributes['rdf:about'] ? bareFunderId(attributes['rdf:about']) : null;
        current = about
          ? {
              funderId: about,
              name: '',
              names: [],
              broader: [],
              replacedBy: [],
              countryGeonamesId: null,
              bodyType: null,
              bodySubType: null,
              deprecated: false,
              modified: null,
            }
          : null;
        break;
      }
      case 'skosxl:prefLabel':
        labelKind = 'pref';
        break;
      case 'skosxl:altLabel':
        labelKind = 'alt';
        break;
      case 'skosxl:Label':
        label = labelKind ? { value: '', lang: null, acronym: false, preferred: labelKind === 'pref' } : null;
        break;
      case 'skosxl:literalForm':
        if (label) {
          const lang = attributes['xml:lang'];
          label.lang = lang && lang.length > 0 ? lang : null;
        }
        break;
      case 'fref:usageFlag':
        if (label && resource && ABBREVIATION_FLAG.test(resource)) {
          label.acronym = true;
        }
        break;
      case 'skos:broader':
      case 'dct:isReplacedBy':
      case 'svf:renamedAs': {
        const target = resource ? bareFunderId(resource) : null;
        if (current && target) {
          (name === 'skos:broader' ? current.broader : current.replacedBy).push(target);
        }
        break;
      }
      case 'svf:country': {
        const match = resource ? GEONAMES.exec(resource) : null;
        if (current && match) {
          current.countryGeonamesId = match[1];
        }
        break;
      }
      case 'fref:status':
        if (current && resource && DEPRECATED_STATUS.test(resource)) {
          current.deprecated = true;
        }
        break;
      default:
        break;
    }
  });
  parser.on('text', (value) => {
    text += value;
  });
  parser.on('closetag', () => {
    const name = path_.pop();
    const value = text.trim();
    switch (name) {
      case 'skosxl:literalForm':
        if (label) {
          label.value = value.replace(/\s+/g, ' ');
        }
        break;
      case 'skosxl:Label':
        if (current && label?.value) {
          const name: ReferenceName = {
            value: label.value,
            lang: label.lang,
            types: [label.preferred ? 'label' : label.acronym ? 'acronym' : 'alias'],
          };
          if (label.preferred && !current.name) {
            current.name = label.value;
          }
          current.names.push(name);
        }
        label = null;
        break;
      case 'skosxl:prefLabel':
      case 'skosxl:altLabel':
        labelKind = null;
        break;
      case 'svf:fundingBodyType':
        if (current) {
          current.bodyType = value || null;
        }
        break;
      case 'svf:fundingBodySubType':
        if (current) {
          current.bodySubType = value || null;
        }
        break;
      case 'dct:modified':
        if (current && path_.at(-1) === 'skos:Concept') {
          current.modified = value.slice(0, 10) || null;
        }
        break;
      case 'dct:created':
        if (path_.at(-1) === 'fref:registry') {
          onHeader({ issuedAt: value.slice(0, 10) || null });
        }
        break;
      case 'skos:Concept':
        if (current?.name) {
          ready.push(current);
        }
        current = null;
        break;
      default:
        break;
    }
    text = '';
  });

  for await (const chunk of stream as AsyncIterable<string>) {
    parser.write(chunk);
    if (failure) {
      break;
    }
    yield* ready.splice(0);
  }
  if (!failure) {
    parser.close();
  }
  const failed = failure as { error: Error; line: number } | null;
  if (failed) {
    stream.destroy();
    throw new ReferenceFileMalformedError(
      path,
      `not RDF/XML: ${failed.error.message}`,
      { line: failed.line },
      failed.error,
    );
  }
  yield* ready.splice(0);
}
