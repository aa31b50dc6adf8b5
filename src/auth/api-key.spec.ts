import { describe, expect, it } from 'vitest';
import { clearKey } from '../config/users-config';
import { cliUserId, findApiKey, identifyCaller, isLoopbackAddress, presentedKey, roleSatisfies } from './api-key';

describe(presentedKey.name, () => {
  it.each([
    [{ 'x-api-key': 'k1' }, 'k1', 'the x-api-key header'],
    [{ authorization: 'Bearer k2' }, 'k2', 'a bearer token'],
    [{ authorization: 'ApiKey k3' }, 'k3', "yente clients' ApiKey scheme"],
    [{ authorization: 'Basic abc' }, null, 'another scheme is not a key'],
    [{}, null, 'nothing presented'],
  ])('reads %j as %s (%s)', (headers, expected, _reason) => {
    expect(presentedKey(headers)).toBe(expected);
  });
});

describe(roleSatisfies.name, () => {
  it.each([
    ['admin', 'screener', true, 'admin can do what a screener can'],
    ['screener', 'reader', true, 'screener can read'],
    ['reader', 'screener', false, 'a reader cannot screen'],
    ['screener', 'admin', false, 'a screener cannot administer'],
  ] as const)('%s for %s is %s (%s)', (actual, required, expected, _reason) => {
    expect(roleSatisfies(actual, required)).toBe(expected);
  });
});

describe(findApiKey.name, () => {
  const keys = [
    {
      credential: clearKey('reader-key-1234567890'),
      role: 'reader' as const,
      userId: 'u-reader',
      displayName: 'Reader',
    },
  ];

  it('finds a configured key and refuses a near miss', () => {
    expect(findApiKey(keys, 'reader-key-1234567890')?.role).toBe('reader');
    expect(findApiKey(keys, 'reader-key-1234567891')).toBeNull();
  });
});

describe(identifyCaller.name, () => {
  const keys = [
    { credential: clearKey('alice-key-1234567890'), role: 'admin' as const, userId: 'alice', displayName: 'Alice' },
  ];

  it('names the user behind a key', () => {
    expect(identifyCaller(keys, { 'x-api-key': 'alice-key-1234567890' }, '10.0.0.5')).toEqual({
      role: 'admin',
      via: 'api-key',
      userId: 'alice',
      displayName: 'Alice',
    });
  });

  it('never repeats a presented key in its refusal', () => {
    expect(() => identifyCaller(keys, { 'x-api-key': 'alice-key-123456789X' }, '10.0.0.5')).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED', message: expect.not.stringContaining('alice-key') }),
    );
  });

  it('names the local user from the OS account in local mode', () => {
    expect(identifyCaller([], {}, '127.0.0.1')).toMatchObject({
      via: 'local-mode',
      userId: expect.stringMatching(/^local:/),
    });
  });
});

describe(cliUserId.name, () => {
  it('is cli:<os user>', () => {
    expect(cliUserId()).toMatch(/^cli:.+/);
  });
});

describe(isLoopbackAddress.name, () => {
  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    [undefined, false],
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});
