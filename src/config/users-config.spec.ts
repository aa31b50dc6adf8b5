import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findApiKey } from '../auth/api-key';
import { loadConfig } from './app-config';
import { hashKey, loadUsersAndKeys, parseKeyHash, randomKey } from './users-config';

const ALICE_KEY = 'alice-key-0123456789abcdef';
const BOB_KEY = 'bob-key-0123456789abcdef';

function load(environment: NodeJS.ProcessEnv, files: Record<string, string> = {}) {
  const problems: string[] = [];
  const loaded = loadUsersAndKeys(environment, problems, (path) => {
    if (!(path in files)) {
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    }
    return files[path];
  });
  return { ...loaded, problems };
}

describe(loadUsersAndKeys.name, () => {
  it('keeps the short API_KEYS form: key:role gives user key-<n>', () => {
    const sut = load({ API_KEYS: `${ALICE_KEY}:reader,${BOB_KEY}:admin` });

    expect(sut.problems).toEqual([]);
    expect(sut.users.map((user) => [user.id, user.role])).toEqual([
      ['key-1', 'reader'],
      ['key-2', 'admin'],
    ]);
  });

  it('reads key:role:userId:Display Name and lets one user have several keys', () => {
    const sut = load({
      API_KEYS: `${ALICE_KEY}:screener:alice:Alice Analyst,${BOB_KEY}:screener:alice:Alice Analyst`,
    });

    expect(sut.problems).toEqual([]);
    expect(sut.users).toEqual([
      { id: 'alice', displayName: 'Alice Analyst', role: 'screener', keyCount: 2, source: 'environment' },
    ]);
    expect(findApiKey(sut.apiKeys, BOB_KEY)?.userId).toBe('alice');
  });

  it('reads a YAML users file with clear keys and sha256 and scrypt hashes', () => {
    const scrypt = hashKey(BOB_KEY, 'scrypt');
    const file = [
      '- id: alice',
      '  displayName: Alice Analyst',
      '  role: screener',
      `  keyHashes: ['${hashKey(ALICE_KEY, 'sha256')}']`,
      '- id: bob',
      '  displayName: Bob Admin',
      '  role: admin',
      `  keyHashes: ['${scrypt}']`,
      '  keys: [carol-clear-key-0123456789]',
    ].join('\n');

    const sut = load({ USERS_FILE: '/etc/users.yml' }, { '/etc/users.yml': file });

    expect(sut.problems).toEqual([]);
    expect(findApiKey(sut.apiKeys, ALICE_KEY)?.userId).toBe('alice');
    expect(findApiKey(sut.apiKeys, BOB_KEY)?.displayName).toBe('Bob Admin');
    expect(findApiKey(sut.apiKeys, BOB_KEY)?.userId).toBe('bob');
    expect(findApiKey(sut.apiKeys, 'carol-clear-key-0123456789')?.role).toBe('admin');
    expect(findApiKey(sut.apiKeys, 'carol-clear-key-012345678X')).toBeNull();
  });

  it('reads a JSON users file written as { users: [...] }', () => {
    const json = JSON.stringify({ users: [{ id: 'alice', displayName: 'Alice', role: 'reader', keys: [ALICE_KEY] }] });

    const sut = load({ USERS_FILE: 'users.json' }, { 'users.json': json });

    expect(sut.problems).toEqual([]);
    expect(sut.users[0]).toMatchObject({ id: 'alice', source: 'file', keyCount: 1 });
  });

  it.each([
    [
      `- {id: alice, displayName: A, role: boss, keys: [${ALICE_KEY}]}`,
      'entry 1 (id "alice") field role must be one of',
    ],
    [`- {id: "al ice", displayName: A, role: reader, keys: [${ALICE_KEY}]}`, 'entry 1 (id "al ice") field id'],
    [`- {id: "cli:alice", displayName: A, role: reader, keys: [${ALICE_KEY}]}`, 'kept for ids the system writes'],
    [`- {id: alice, role: reader, keys: [${ALICE_KEY}]}`, 'entry 1 (id "alice") field displayName is required'],
    ['- {id: alice, displayName: A, role: reader, keys: [short]}', 'field keys[0] must be a key of 16'],
    ['- {id: alice, displayName: A, role: reader, keyHashes: ["md5:abc"]}', 'field keyHashes[0] must be "sha256:'],
    ['- {id: alice, displayName: A, role: reader}', 'field keys or keyHashes is required'],
    ['- {id: alice, displayName: A, role: reader, keys: []}', 'field keys or keyHashes is required'],
    ['[]', 'configures no user with a key'],
    [`- {id: alice, displayName: A, role: reader, key: [${ALICE_KEY}]}`, 'field key is not known'],
    [
      `- {id: alice, displayName: A, role: reader, keys: [${ALICE_KEY}]}\n- {id: alice, displayName: B, role: reader, keys: [${BOB_KEY}]}`,
      'entry 2 (id "alice") field id: user "alice" is configured twice',
    ],
    [
      `- {id: alice, displayName: A, role: reader, keys: [${ALICE_KEY}]}\n- {id: bob, displayName: B, role: reader, keys: [${ALICE_KEY}]}`,
      'entry 2 (id "bob") field keys[0] is the same key as USERS_FILE users.yml entry 1',
    ],
    ['alice: {}', 'must be a list of users'],
    ['- [unclosed', 'could not be read as YAML or JSON'],
  ])('refuses %s, naming the entry and field (%s)', (file, message) => {
    const sut = load({ USERS_FILE: 'users.yml' }, { 'users.yml': file });

    expect(sut.problems.join('\n')).toContain(message);
  });

  it('never puts a key into a problem, whatever went wrong', () => {
    const file = `- {id: alice, displayName: A, role: boss, keys: [${ALICE_KEY}]}\n- {id: bob, displayName: B, role: reader, keys: [${ALICE_KEY}]}`;

    const sut = load(
      { USERS_FILE: 'users.yml', API_KEYS: `${BOB_KEY}:nobody,${ALICE_KEY}:reader:bad id` },
      { 'users.yml': file },
    );

    expect(sut.problems.length).toBeGreaterThanOrEqual(3);
    expect(sut.problems.join('\n')).not.toContain('0123456789abcdef');
  });

  it('refuses a user id given to API_KEYS and USERS_FILE both', () => {
    const sut = load(
      { API_KEYS: `${BOB_KEY}:reader:alice`, USERS_FILE: 'users.yml' },
      { 'users.yml': `- {id: alice, displayName: A, role: reader, keys: [${ALICE_KEY}]}` },
    );

    expect(sut.problems.join('\n')).toContain('configured twice (also in API_KEYS)');
  });

  it('refuses one user given two roles in API_KEYS', () => {
    const sut = load({ API_KEYS: `${ALICE_KEY}:reader:alice,${BOB_KEY}:admin:alice` });

    expect(sut.problems.join('\n')).toContain('API_KEYS entry 2 gives user "alice" role admin');
  });

  it('names a missing users file', () => {
    expect(load({ USERS_FILE: '/nowhere/users.yml' }).problems).toEqual([
      'USERS_FILE /nowhere/users.yml does not exist',
    ]);
  });
});

describe(parseKeyHash.name, () => {
  it.each([
    [hashKey(randomKey(), 'sha256'), 'sha256', 'what hash-key writes by default'],
    [hashKey(randomKey(), 'scrypt'), 'scrypt', 'what hash-key --scrypt writes'],
    [`sha256:${'AB'.repeat(32)}`, 'sha256', 'upper-case hex'],
    ['sha256:abc', null, 'too short'],
    [
      'scrypt:1000:8:1:c2FsdHNhbHRzYWx0c2FsdA:aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g',
      null,
      'N not a power of two',
    ],
    [
      'scrypt:1048576:8:1:c2FsdHNhbHRzYWx0c2FsdA:aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g',
      null,
      'over 128 MB a try',
    ],
  ])('reads %s as %s (%s)', (text, kind, _reason) => {
    expect(parseKeyHash(text)?.kind ?? null).toBe(kind);
  });
});

describe('configuration dumps', () => {
  it('hold no key in clear: a clear key is reduced to its hash at load', () => {
    const sut = loadConfig({ API_KEYS: `${ALICE_KEY}:admin:alice:Alice` });

    expect(JSON.stringify(sut)).not.toContain(ALICE_KEY);
    expect(inspect(sut, { depth: 10 })).not.toContain(ALICE_KEY);
    expect(sut.users).toEqual([
      { id: 'alice', displayName: 'Alice', role: 'admin', keyCount: 1, source: 'environment' },
    ]);
  });
});
