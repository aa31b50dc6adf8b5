import { scryptSync, timingSafeEqual } from 'node:crypto';
import { userInfo } from 'node:os';
import { AppError } from '../common/app-error';
import { type ApiKey, type Role, ROLES } from '../config/app-config';
import { scryptMemory, sha256Of } from '../config/users-config';

export interface Caller {
  role: Role;
  /** How the caller was let in: with a key, or as local mode on loopback. */
  via: 'api-key' | 'local-mode';
  /** Who: recorded on every write the caller makes. */
  userId: string;
  displayName: string;
}

let processUserName: string | undefined;

/**
 * The operating-system account running this process; "local" when it has no name (some containers).
 * Read once: `userInfo()` reads the password database, and local mode asks on every request.
 */
function osUserName(): string {
  if (processUserName === undefined) {
    try {
      processUserName = userInfo().username || 'local';
    } catch {
      processUserName = 'local';
    }
  }
  return processUserName;
}

/** In local mode the user is the operating-system account running the server. */
export function localUser(): { userId: string; displayName: string } {
  const name = osUserName();
  return { userId: `local:${name}`, displayName: `${name} (local mode)` };
}

/** Who a CLI command writes as: `cli:<os user>` (the CLI needs no key: it talks to Neo4j directly). */
export function cliUserId(): string {
  return `cli:${osUserName()}`;
}

/** Who the scheduled sync writes as. */
export const SYSTEM_SYNC_USER_ID = 'system:sync';

/**
 * Who `up` writes as when it imports a shipped sample list again because the importer now reads its file into more
 * (since rules 1.149.0: `importMissingSampleLists`): the system, for an importer upgrade.
 */
export const SYSTEM_UPGRADE_USER_ID = 'system:importer-upgrade';

export function roleSatisfies(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

/** Reads `x-api-key`, `Authorization: Bearer <key>` or `Authorization: ApiKey <key>` (what yente clients send). */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | null {
  const headerKey = headers['x-api-key'];
  if (typeof headerKey === 'string' && headerKey.length > 0) {
    return headerKey;
  }
  const authorization = headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^(?:Bearer|ApiKey)\s+(.+)$/i.exec(authorization.trim());
    if (match) {
      return match[1];
    }
  }
  return null;
}

/** The SHA-256 of each key an scrypt hash has accepted, so scrypt runs once per key and process. */
const verifiedScryptKeys = new WeakMap<ApiKey, Buffer>();

/**
 * The configured key matching `presented`. Keys are held as hashes; the SHA-256 of the presented key
 * is compared with every one in constant time (no early exit), so response timing does not leak how
 * much of a key was right. scrypt hashes are tried only when no SHA-256 matched: each costs tens of
 * milliseconds, once per key and process (then it is remembered by its SHA-256).
 */
export function findApiKey(keys: ApiKey[], presented: string): ApiKey | null {
  const digest = sha256Of(presented);
  let found: ApiKey | null = null;
  for (const candidate of keys) {
    const known =
      candidate.credential.kind === 'sha256' ? candidate.credential.digest : verifiedScryptKeys.get(candidate);
    if (known !== undefined && timingSafeEqual(known, digest)) {
      found = candidate;
    }
  }
  if (found) {
    return found;
  }
  for (const candidate of keys) {
    const credential = candidate.credential;
    if (credential.kind !== 'scrypt' || verifiedScryptKeys.has(candidate)) {
      continue;
    }
    const hash = scryptSync(presented, credential.salt, credential.hash.length, {
      N: credential.cost,
      r: credential.blockSize,
      p: credential.parallelization,
      maxmem: scryptMemory(credential.cost, credential.blockSize),
    });
    if (timingSafeEqual(hash, credential.hash)) {
      verifiedScryptKeys.set(candidate, digest);
      found = candidate;
    }
  }
  return found;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) {
    return false;
  }
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * Who is calling: with API keys configured every call needs one; with none (local mode, which
 * config only allows on a loopback address) loopback callers are admins. Throws UNAUTHENTICATED.
 */
export function identifyCaller(
  apiKeys: ApiKey[],
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | undefined,
): Caller {
  if (apiKeys.length === 0) {
    if (isLoopbackAddress(remoteAddress)) {
      return { role: 'admin', via: 'local-mode', ...localUser() };
    }
    throw new AppError('UNAUTHENTICATED', 'Local mode only answers calls from this machine');
  }
  const key = presentedKey(headers);
  if (key === null) {
    throw new AppError('UNAUTHENTICATED', 'An API key is required: send it as x-api-key or Authorization: Bearer');
  }
  const apiKey = findApiKey(apiKeys, key);
  if (!apiKey) {
    throw new AppError('UNAUTHENTICATED', 'The API key is not valid');
  }
  return { role: apiKey.role, via: 'api-key', userId: apiKey.userId, displayName: apiKey.displayName };
}
