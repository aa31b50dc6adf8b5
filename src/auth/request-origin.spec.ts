import { describe, expect, it } from 'vitest';
import { clearKey } from '../config/users-config';
import { contentTypeRefusal, crossSiteRefusal, hostRefusal, parseHost, type OriginPolicy } from './request-origin';

const LOCAL: OriginPolicy = { apiKeys: [], allowedHosts: null, allowedOrigins: [] };
const KEYED: OriginPolicy = {
  apiKeys: [{ credential: clearKey('k'.repeat(20)), role: 'reader', userId: 'u-reader', displayName: 'Reader' }],
  allowedHosts: null,
  allowedOrigins: [],
};

describe(parseHost.name, () => {
  it.each([
    ['127.0.0.1:4000', { name: '127.0.0.1', port: 4000 }],
    ['LocalHost', { name: 'localhost', port: null }],
    ['[::1]:4000', { name: '::1', port: 4000 }],
    ['evil.example:80', { name: 'evil.example', port: 80 }],
    ['user@evil.example', null],
  ])('reads %s as %j', (value, expected) => {
    expect(parseHost(value)).toEqual(expected);
  });
});

describe(hostRefusal.name, () => {
  it.each([
    ['127.0.0.1:4000', LOCAL, null, 'loopback IP on the listening port'],
    ['localhost:4000', LOCAL, null, 'localhost on the listening port'],
    ['[::1]:4000', LOCAL, null, 'IPv6 loopback'],
    ['evil.example:4000', LOCAL, 'HOST_NOT_ALLOWED', 'a rebound name in local mode'],
    ['localhost:4001', LOCAL, 'HOST_NOT_ALLOWED', 'another port'],
    ['localhost', LOCAL, 'HOST_NOT_ALLOWED', 'no port means 80, not the listening port'],
    ['', LOCAL, 'HOST_NOT_ALLOWED', 'no Host header'],
    ['api.example.org', KEYED, null, 'with keys and no list, any host'],
    ['api.example.org', { ...KEYED, allowedHosts: ['api.example.org'] }, null, 'a listed name, any port'],
    ['evil.example', { ...KEYED, allowedHosts: ['api.example.org'] }, 'HOST_NOT_ALLOWED', 'an unlisted name'],
    ['api.example.org:8443', { ...LOCAL, allowedHosts: ['api.example.org:443'] }, 'HOST_NOT_ALLOWED', 'a listed port'],
  ])('answers Host %s with %s (%s)', (host, policy, expected, _reason) => {
    expect(hostRefusal({ host }, 4000, policy)?.code ?? null).toBe(expected);
  });
});

describe(crossSiteRefusal.name, () => {
  it.each([
    ['POST', { origin: 'http://evil.example', host: '127.0.0.1:4000' }, 'CROSS_SITE_REQUEST', 'another origin'],
    ['DELETE', { origin: 'null', host: '127.0.0.1:4000' }, 'CROSS_SITE_REQUEST', 'an opaque origin'],
    ['POST', { origin: 'http://127.0.0.1:4000', host: '127.0.0.1:4000' }, null, 'the same origin'],
    ['POST', { origin: 'http://localhost:4000', host: '127.0.0.1:4000' }, 'CROSS_SITE_REQUEST', 'another name'],
    ['POST', { origin: 'https://api.example.org', host: 'api.example.org:443' }, null, 'default port spelled out'],
    [
      'POST',
      { origin: 'http://localhost:3000', host: 'localhost:4000' },
      'CROSS_SITE_REQUEST',
      'same site, other port',
    ],
    ['POST', { 'sec-fetch-site': 'cross-site', host: '127.0.0.1:4000' }, 'CROSS_SITE_REQUEST', 'no Origin, cross-site'],
    ['POST', { 'sec-fetch-site': 'same-origin', host: '127.0.0.1:4000' }, null, 'no Origin, same origin'],
    ['POST', { host: '127.0.0.1:4000' }, null, 'curl sends neither'],
    ['GET', { origin: 'http://evil.example', host: '127.0.0.1:4000' }, null, 'reads are left to the browser'],
  ])('answers %s %j with %s (%s)', (method, headers, expected, _reason) => {
    expect(crossSiteRefusal(method, headers, LOCAL)?.code ?? null).toBe(expected);
  });

  it('lets a configured origin write', () => {
    const policy = { ...LOCAL, allowedOrigins: ['https://app.example.org'] };

    expect(crossSiteRefusal('POST', { origin: 'https://app.example.org', host: 'api:4000' }, policy)).toBeNull();
  });
});

describe(contentTypeRefusal.name, () => {
  it.each([
    ['POST', { 'content-type': 'text/plain' }, 'UNSUPPORTED_MEDIA_TYPE', 'a form could send it'],
    ['POST', { 'content-type': 'application/x-www-form-urlencoded' }, 'UNSUPPORTED_MEDIA_TYPE', 'curl -d default'],
    ['PUT', { 'content-type': 'multipart/form-data; boundary=x' }, 'UNSUPPORTED_MEDIA_TYPE', 'a form upload'],
    ['POST', {}, 'UNSUPPORTED_MEDIA_TYPE', 'no content type'],
    ['POST', { 'content-type': 'application/json; charset=utf-8' }, null, 'JSON needs a preflight'],
    ['POST', { 'content-type': 'application/octet-stream' }, null, 'a list file'],
    ['POST', { 'content-type': 'text/plain', 'x-partner-graph-csrf': '1' }, null, 'the CSRF header'],
    ['GET', {}, null, 'reads'],
  ])('answers %s %j with %s (%s)', (method, headers, expected, _reason) => {
    expect(contentTypeRefusal(method, headers)?.code ?? null).toBe(expected);
  });
});
