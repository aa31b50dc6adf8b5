/**
 * Builds bench/data/ror-education-not-seeded.json.gz (branch resol12): real universities that are not in the graph,
 * for group 8 of bench/quality-resolution.ts ("real universities not in the graph", group 2's kind, from the registry
 * itself rather than the university list). Read from a clone of ror-community/ror-records (CC0 1.0; the repository the
 * seed's records come from, seed/reference/NOTICE.md), every release folder: each record's newest file (by release
 * number), schema v1 or v2; kept when its status is `active`, its type `education`, it has a country, and it is
 *
 *   - not a record of the seed (seed/reference/ror-v2-records.json.gz, by ROR id: those are in the graph);
 *   - not a university of bench/data/universities-dev.json (by name, case, accents and punctuation aside, or by a web
 *     domain), so that group 2's universities, dev and held-out halves, stay apart from the rules tuned on this set;
 *   - no name of a held-out file of bench/data (any `*heldout*.csv` row's names, as build-university-label-pairs.ts
 *     reads them).
 *
 * Each record as `{ id, name, country, hosts, otherNames }`: its display name (v2 `ror_display`, v1 `name`), country
 * code, the hosts of its domains and website links (not Wikipedia's), and its other names (labels, aliases, acronyms; for reading
 * answers only). Sorted by id. The bench splits the queries into dev and held-out halves by a hash of the name
 * (`half()`), as every group.
 *
 * With `--other-types` (branch resol13, group 9): the same, of every active record with no type `education` (facility,
 * healthcare, government, nonprofit, company, archive, funder, other), with its `types`, into
 * bench/data/ror-other-types-not-seeded.json.gz.
 *
 *   npm run bench:build && node dist-bench/bench/build-ror-not-seeded.js <path of a ror-records clone or git dir>
 *     [--other-types]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { findUp } from './lib/find-up';
import { heldOutIdsAndNames, hostOf, key } from './lib/org-pair-sampling';

interface RorV1 {
  id: string;
  status: string;
  name: string;
  types?: string[];
  aliases?: string[];
  acronyms?: string[];
  labels?: Array<{ label: string }>;
  links?: string[];
  country?: { country_code?: string };
  external_ids?: Record<string, { all?: string[] | string }>;
}

interface RorV2 {
  id: string;
  status: string;
  types?: string[];
  names: Array<{ value: string; types: string[] }>;
  domains?: string[];
  links?: Array<{ type: string; value: string }>;
  locations?: Array<{ geonames_details?: { country_code?: string } }>;
  external_ids?: Array<{ type: string; all?: string[] }>;
}

export interface NotSeededUniversity {
  id: string;
  name: string;
  country: string;
  hosts: string[];
  otherNames: string[];
  /** `--other-types` only (since resol13): the record's types, lower case. */
  types?: string[];
  /**
   * Since resol14: the record's Funder Registry ids (ROR's `external_ids` of type fundref, every one), when it has any:
   * the funders the graph holds under those ids are the record's body (the reference import joins them to the record
   * when the graph holds it; these records it does not hold).
   */
  fundref?: string[];
}

/** Since resol14: a record's Funder Registry ids, schema v2 (`type: fundref`) or v1 (`FundRef`). */
function fundrefIds(raw: RorV1 | RorV2): string[] {
  const external = raw.external_ids;
  const all: unknown = Array.isArray(external)
    ? external.filter((one) => one.type.toLowerCase() === 'fundref').flatMap((one) => one.all ?? [])
    : Object.entries(external ?? {})
        .filter(([type]) => type.toLowerCase() === 'fundref')
        .flatMap(([, one]) => one.all ?? []);
  return [...new Set((Array.isArray(all) ? all : [all]).map(String).map((id) => id.trim()))]
    .filter((id) => /^\d+$/.test(id))
    .sort();
}

function withFundref(record: NotSeededUniversity, raw: RorV1 | RorV2): NotSeededUniversity {
  const fundref = fundrefIds(raw);
  return fundref.length > 0 ? { ...record, fundref } : record;
}

/**
 * The records kept: education records (group 8), or with `--other-types` (since resol13, group 9) active records with
 * no type `education`: facility, healthcare, government, nonprofit, company, archive, funder, other (real research
 * bodies the seed leaves out).
 */
let otherTypes = false;

function typeKept(types: string[]): boolean {
  const lower = types.map((type) => type.toLowerCase());
  return otherTypes ? lower.length > 0 && !lower.includes('education') : lower.includes('education');
}

function release(folder: string): number[] | null {
  const match = /^v(\d+)\.(\d+)(?:\.(\d+))?$/.exec(folder);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : null;
}

function newer(left: number[], right: number[]): boolean {
  for (let at = 0; at < 3; at++) {
    if (left[at] !== right[at]) {
      return left[at] > right[at];
    }
  }
  return false;
}

function university(raw: RorV1 | RorV2): NotSeededUniversity | null {
  if (raw.status !== 'active') {
    return null;
  }
  if ('names' in raw) {
    if (!typeKept(raw.types ?? [])) {
      return null;
    }
    const name = raw.names.find((one) => one.types.includes('ror_display'))?.value;
    const country = raw.locations?.[0]?.geonames_details?.country_code;
    // Website links only: a Wikipedia link's host is every record's.
    const hosts = [
      ...(raw.domains ?? []),
      ...(raw.links ?? []).filter((link) => link.type === 'website').map((link) => link.value),
    ];
    return name && country
      ? {
          id: raw.id,
          name,
          country: country.toUpperCase(),
          hosts: [...new Set(hosts.map(hostOf).filter(Boolean))].sort(),
          otherNames: raw.names.map((one) => one.value).filter((value) => value !== name),
          ...(otherTypes ? { types: (raw.types ?? []).map((type) => type.toLowerCase()) } : {}),
        }
      : null;
  }
  if (!typeKept(raw.types ?? [])) {
    return null;
  }
  const country = raw.country?.country_code;
  return raw.name && country
    ? {
        id: raw.id,
        name: raw.name,
        country: country.toUpperCase(),
        hosts: [...new Set((raw.links ?? []).map(hostOf).filter(Boolean))].sort(),
        otherNames: [...(raw.aliases ?? []), ...(raw.acronyms ?? []), ...(raw.labels ?? []).map((one) => one.label)],
        ...(otherTypes ? { types: (raw.types ?? []).map((type) => type.toLowerCase()) } : {}),
      }
    : null;
}

function main(): void {
  const repository = process.argv[2];
  otherTypes = process.argv.includes('--other-types');
  if (!repository) {
    throw new Error(
      'usage: build-ror-not-seeded.js <path of a ror-community/ror-records clone or git dir> [--other-types]',
    );
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repository, ...args], { maxBuffer: 1 << 30 }).toString('utf8');
  const newest = new Map<string, { release: number[]; object: string }>();
  for (const line of git('ls-tree', '-r', 'HEAD').split('\n')) {
    const [meta, path] = line.split('\t');
    const [folder, file, ...rest] = (path ?? '').split('/');
    const number = release(folder);
    if (!number || !file?.endsWith('.json') || rest.length > 0) {
      continue;
    }
    const id = file.slice(0, -'.json'.length);
    const known = newest.get(id);
    if (!known || newer(number, known.release)) {
      newest.set(id, { release: number, object: meta.split(' ')[2] });
    }
  }
  const seedFile = findUp(join('seed', 'reference', 'ror-v2-records.json.gz'), __dirname);
  const seeded = new Set(
    (JSON.parse(gunzipSync(readFileSync(seedFile)).toString('utf8')) as Array<{ id: string }>).map((one) => one.id),
  );
  const universities = JSON.parse(
    readFileSync(findUp(join('bench', 'data', 'universities-dev.json'), __dirname), 'utf8'),
  ) as Array<{ name: string; domains?: string[]; web_pages?: string[] }>;
  const listNames = new Set(universities.map((one) => key(one.name)));
  const listHosts = new Set(
    universities.flatMap((one) => [...(one.domains ?? []), ...(one.web_pages ?? [])].map(hostOf)),
  );
  const heldOut = heldOutIdsAndNames(findUp(join('bench', 'data'), __dirname));
  const objects = [...newest.values()].map((one) => one.object);
  const batch = execFileSync('git', ['-C', repository, 'cat-file', '--batch'], {
    input: objects.join('\n') + '\n',
    maxBuffer: 2 ** 31,
  });
  const out: NotSeededUniversity[] = [];
  let at = 0;
  while (at < batch.length) {
    const newline = batch.indexOf(10, at);
    const size = Number(batch.subarray(at, newline).toString('utf8').split(' ')[2]);
    const body = batch.subarray(newline + 1, newline + 1 + size).toString('utf8');
    at = newline + 1 + size + 1;
    let raw: RorV1 | RorV2;
    try {
      raw = JSON.parse(body) as RorV1 | RorV2;
    } catch {
      continue;
    }
    const read = university(raw);
    const record = read ? withFundref(read, raw) : null;
    if (
      !record ||
      seeded.has(record.id) ||
      heldOut.ids.has(record.id.replace('https://ror.org/', '')) ||
      listNames.has(key(record.name)) ||
      heldOut.names.has(key(record.name)) ||
      record.hosts.some((host) => listHosts.has(host))
    ) {
      continue;
    }
    out.push(record);
  }
  out.sort((left, right) => left.id.localeCompare(right.id));
  const target = join(
    findUp(join('bench', 'data'), __dirname),
    otherTypes ? 'ror-other-types-not-seeded.json.gz' : 'ror-education-not-seeded.json.gz',
  );
  writeFileSync(target, gzipSync(JSON.stringify(out), { level: 9 }));
  console.log(
    `${out.length} ${otherTypes ? 'bodies' : 'universities'} not in the graph (of ${newest.size} records) → ${target}`,
  );
}

if (require.main === module) {
  main();
}
