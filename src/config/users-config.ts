import { createHash, randomBytes, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const ROLES = ['reader', 'screener', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * How a key is held in memory: never in clear. A clear key from API_KEYS or `keys:` is reduced to its
 * SHA-256 at load; a `keyHashes:` entry is either that SHA-256 or an scrypt hash.
 */
export type KeyCredential =
  | { kind: 'sha256'; digest: Buffer }
  | { kind: 'scrypt'; cost: number; blockSize: number; parallelization: number; salt: Buffer; hash: Buffer };

export interface ApiKey {
  credential: KeyCredential;
  role: Role;
  /** The user the key belongs to, recorded on every write made with it. */
  userId: string;
  displayName: string;
}

/** A configured user, as `users` and `partner-graph users list` show it (never a key). */
export interface ConfiguredUser {
  id: string;
  displayName: string;
  role: Role;
  keyCount: number;
  /** Where the user is configured: USERS_FILE or API_KEYS. */
  source: 'file' | 'environment';
}

export interface UsersAndKeys {
  users: ConfiguredUser[];
  apiKeys: ApiKey[];
}

/** Keys given in clear must be this long; `users hash-key --generate` makes 32 random bytes (43 characters). */
export const MIN_KEY_LENGTH = 16;

/**
 * User ids: letters, digits, `.`, `_`, `@`, `-`. No `:`, so a configured id can never pass for one
 * the system writes itself (`local:<os user>`, `cli:<os user>`, `system:sync`, `auto-link:…`).
 */
const USER_ID = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const SHA256_HASH = /^sha256:([0-9a-f]{64})$/i;
/** `scrypt:<N>:<r>:<p>:<salt, base64url>:<hash, base64url>`, as `partner-graph users hash-key --scrypt` writes it. */
const SCRYPT_HASH = /^scrypt:(\d{1,7}):(\d{1,3}):(\d{1,3}):([A-Za-z0-9_-]{16,128}):([A-Za-z0-9_-]{32,128})$/;

export const SCRYPT_DEFAULTS = { cost: 16_384, blockSize: 8, parallelization: 1 } as const;

export function sha256Of(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** A key given in clear, as it is held: its SHA-256. */
export function clearKey(key: string): KeyCredential {
  return { kind: 'sha256', digest: sha256Of(key) };
}

/** The memory scrypt needs for these parameters, with room to spare (Node refuses above `maxmem`). */
export function scryptMemory(cost: number, blockSize: number): number {
  return 256 * cost * blockSize;
}

export function hashKey(key: string, method: 'sha256' | 'scrypt'): string {
  if (method === 'sha256') {
    return `sha256:${sha256Of(key).toString('hex')}`;
  }
  const { cost, blockSize, parallelization } = SCRYPT_DEFAULTS;
  const salt = randomBytes(16);
  const hash = scryptSync(key, salt, 32, {
    N: cost,
    r: blockSize,
    p: parallelization,
    maxmem: scryptMemory(cost, blockSize),
  });
  return `scrypt:${cost}:${blockSize}:${parallelization}:${salt.toString('base64url')}:${hash.toString('base64url')}`;
}

/** Reads a stored hash; `null` when it is in neither form. */
export function parseKeyHash(text: string): KeyCredential | null {
  const sha = SHA256_HASH.exec(text.trim());
  if (sha) {
    return { kind: 'sha256', digest: Buffer.from(sha[1].toLowerCase(), 'hex') };
  }
  const scrypt = SCRYPT_HASH.exec(text.trim());
  if (scrypt) {
    const cost = Number(scrypt[1]);
    const blockSize = Number(scrypt[2]);
    const parallelization = Number(scrypt[3]);
    // N a power of two above 1; bounded so one failed login cannot take more than ~128 MB.
    const powerOfTwo = cost > 1 && (cost & (cost - 1)) === 0;
    if (!powerOfTwo || blockSize < 1 || parallelization < 1 || scryptMemory(cost, blockSize) > 128 * 1024 * 1024) {
      return null;
    }
    return {
      kind: 'scrypt',
      cost,
      blockSize,
      parallelization,
      salt: Buffer.from(scrypt[4], 'base64url'),
      hash: Buffer.from(scrypt[5], 'base64url'),
    };
  }
  return null;
}

export function randomKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The users and keys of API_KEYS (`key:role` as before, giving user `key-<n>`, or
 * `key:role:userId[:Display Name]`) and USERS_FILE. Problems are pushed to `problems`, each naming
 * the entry and the field, never a key's value.
 */
export function loadUsersAndKeys(
  environment: NodeJS.ProcessEnv,
  problems: string[],
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): UsersAndKeys {
  const users = new Map<string, ConfiguredUser>();
  const apiKeys: ApiKey[] = [];
  /** Where each key (by its SHA-256) was configured, to refuse one key given to two users. */
  const seen = new Map<string, string>();
  const addKey = (credential: KeyCredential, user: ConfiguredUser, where: string): void => {
    if (credential.kind === 'sha256') {
      const hex = credential.digest.toString('hex');
      const earlier = seen.get(hex);
      if (earlier !== undefined) {
        problems.push(`${where} is the same key as ${earlier}; each key belongs to one user`);
        return;
      }
      seen.set(hex, where);
    }
    apiKeys.push({ credential, role: user.role, userId: user.id, displayName: user.displayName });
    user.keyCount += 1;
  };

  const rawKeys = environment.API_KEYS?.trim();
  if (rawKeys) {
    rawKeys.split(',').forEach((entry, index) => {
      const parsed = parseKeyEntry(entry.trim(), index + 1, problems);
      if (!parsed) {
        return;
      }
      const where = `API_KEYS entry ${index + 1}`;
      const existing = users.get(parsed.userId);
      if (existing && (existing.role !== parsed.role || existing.displayName !== parsed.displayName)) {
        problems.push(
          `${where} gives user "${parsed.userId}" role ${parsed.role} and name "${parsed.displayName}", ` +
            `but an earlier entry gave role ${existing.role} and name "${existing.displayName}"`,
        );
        return;
      }
      const user = existing ?? {
        id: parsed.userId,
        displayName: parsed.displayName,
        role: parsed.role,
        keyCount: 0,
        source: 'environment' as const,
      };
      users.set(user.id, user);
      addKey(clearKey(parsed.key), user, where);
    });
  }

  const usersFile = environment.USERS_FILE?.trim();
  if (usersFile) {
    for (const fileUser of readUsersFile(usersFile, problems, readFile)) {
      const where = `USERS_FILE ${basename(usersFile)} entry ${fileUser.entry} (id "${fileUser.id}")`;
      if (users.has(fileUser.id)) {
        const other = users.get(fileUser.id)!;
        problems.push(
          `${where} field id: user "${fileUser.id}" is configured twice (also in ${other.source === 'file' ? 'USERS_FILE' : 'API_KEYS'})`,
        );
        continue;
      }
      const user: ConfiguredUser = {
        id: fileUser.id,
        displayName: fileUser.displayName,
        role: fileUser.role,
        keyCount: 0,
        source: 'file',
      };
      users.set(user.id, user);
      fileUser.credentials.forEach(({ credential, field }) => addKey(credential, user, `${where} field ${field}`));
    }
  }
  if (usersFile && apiKeys.length === 0 && problems.length === 0) {
    // Without a key the API would fall back to local mode, which is not what setting USERS_FILE asks for.
    problems.push(`USERS_FILE ${basename(usersFile)} configures no user with a key`);
  }
  return { users: [...users.values()], apiKeys };
}

interface KeyEntry {
  key: string;
  role: Role;
  userId: string;
  displayName: string;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * One API_KEYS entry. `key:role` (the key may hold colons, as before) or
 * `key:role:userId[:Display Name]` (the key then holds none).
 */
function parseKeyEntry(entry: string, number: number, problems: string[]): KeyEntry | null {
  const where = `API_KEYS entry ${number}`;
  const parts = entry.split(':');
  const last = parts[parts.length - 1].trim();
  const shortForm = parts.length === 2 || (parts.length > 2 && isRole(last) && !isRole(parts[1].trim()));
  const key = (shortForm ? parts.slice(0, -1).join(':') : parts[0]).trim();
  const role = (shortForm ? last : (parts[1] ?? '')).trim();
  if (parts.length < 2) {
    problems.push(`${where} must be "<key>:<role>" or "<key>:<role>:<user id>[:<display name>]"`);
    return null;
  }
  if (key.length < MIN_KEY_LENGTH) {
    problems.push(`${where} field key must have ${MIN_KEY_LENGTH} or more characters`);
    return null;
  }
  if (!isRole(role)) {
    // The value is not echoed: in a mistyped entry it may be part of a key.
    problems.push(`${where} field role must be one of ${ROLES.join(', ')}`);
    return null;
  }
  if (shortForm) {
    return { key, role, userId: `key-${number}`, displayName: `API key ${number} (${role})` };
  }
  const userId = parts[2].trim();
  if (!USER_ID.test(userId)) {
    problems.push(`${where} field userId ${describeUserIdProblem(userId)}`);
    return null;
  }
  const displayName = parts.slice(3).join(':').trim() || userId;
  if (displayName.length > 200) {
    problems.push(`${where} field displayName must have at most 200 characters`);
    return null;
  }
  return { key, role, userId, displayName };
}

function describeUserIdProblem(userId: string): string {
  return (
    `"${userId.slice(0, 64)}" must be 1 to 64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit` +
    (userId.includes(':') ? ' (":" is kept for ids the system writes, such as cli:<user>)' : '')
  );
}

interface FileUser {
  entry: number;
  id: string;
  displayName: string;
  role: Role;
  credentials: Array<{ credential: KeyCredential; field: string }>;
}

const FILE_FIELDS = new Set(['id', 'displayName', 'role', 'keys', 'keyHashes']);

/** USERS_FILE: YAML or JSON (JSON is YAML), a list of users or `{ users: [...] }`. */
function readUsersFile(path: string, problems: string[], readFile: (path: string) => string): FileUser[] {
  const name = `USERS_FILE ${basename(path)}`;
  let document: unknown;
  try {
    document = parseYaml(readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(
      code === 'ENOENT'
        ? `USERS_FILE ${path} does not exist`
        : `${name} could not be read as YAML or JSON: ${(error as Error).message.split('\n')[0]}`,
    );
    return [];
  }
  const list =
    document !== null && typeof document === 'object' && !Array.isArray(document) && 'users' in document
      ? document.users
      : document;
  if (!Array.isArray(list)) {
    problems.push(`${name} must be a list of users, or an object with a "users" list`);
    return [];
  }
  const found: FileUser[] = [];
  list.forEach((raw: unknown, index) => {
    const entry = index + 1;
    const idText = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string';
    const where = `${name} entry ${entry}${idText ? ` (id "${String((raw as { id: string }).id).slice(0, 64)}")` : ''}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`${where} must be an object with id, displayName, role and keys or keyHashes`);
      return;
    }
    const record = raw as Record<string, unknown>;
    const before = problems.length;
    for (const field of Object.keys(record)) {
      if (!FILE_FIELDS.has(field)) {
        problems.push(`${where} field ${field} is not known; the fields are ${[...FILE_FIELDS].join(', ')}`);
      }
    }
    const id = typeof record.id === 'string' ? record.id.trim() : '';
    if (!USER_ID.test(id)) {
      problems.push(`${where} field id ${typeof record.id === 'string' ? describeUserIdProblem(id) : 'is required'}`);
    }
    const displayName = typeof record.displayName === 'string' ? record.displayName.trim() : '';
    if (displayName === '' || displayName.length > 200) {
      problems.push(`${where} field displayName is required (1 to 200 characters)`);
    }
    const role = typeof record.role === 'string' ? record.role.trim() : '';
    if (!isRole(role)) {
      problems.push(`${where} field role must be one of ${ROLES.join(', ')}`);
    }
    const credentials: FileUser['credentials'] = [];
    const readList = (field: 'keys' | 'keyHashes'): unknown[] => {
      const value = record[field];
      if (value === undefined) {
        return [];
      }
      if (!Array.isArray(value)) {
        problems.push(`${where} field ${field} must be a list`);
        return [];
      }
      return value;
    };
    readList('keys').forEach((key, position) => {
      const field = `keys[${position}]`;
      if (typeof key !== 'string' || key.trim().length < MIN_KEY_LENGTH) {
        problems.push(`${where} field ${field} must be a key of ${MIN_KEY_LENGTH} or more characters`);
        return;
      }
      credentials.push({ credential: clearKey(key.trim()), field });
    });
    readList('keyHashes').forEach((hash, position) => {
      const field = `keyHashes[${position}]`;
      const credential = typeof hash === 'string' ? parseKeyHash(hash) : null;
      if (!credential) {
        problems.push(
          `${where} field ${field} must be "sha256:<64 hex digits>" or "scrypt:<N>:<r>:<p>:<salt>:<hash>" ` +
            '(make one with: partner-graph users hash-key)',
        );
        return;
      }
      credentials.push({ credential, field });
    });
    if (credentials.length === 0 && problems.length === before) {
      problems.push(`${where} field keys or keyHashes is required: a user with no key could never call the API`);
    }
    if (problems.length === before) {
      found.push({ entry, id, displayName, role: role as Role, credentials });
    }
  });
  return found;
}
