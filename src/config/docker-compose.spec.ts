import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findProjectRoot } from '../common/project-root';
import { loadConfig } from './app-config';

interface Service {
  image?: string;
  profiles?: string[];
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const ROOT = findProjectRoot();
/** docker-compose.yml as Compose reads it (YAML 1.1 merge keys), with `${VAR:?…}` given a value. */
function compose(): { services: Record<string, Service>; volumes: Record<string, unknown> } {
  const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8').replace(
    /\$\{API_KEYS:\?[^}]*\}/g,
    'compose-test-key-0123456789:admin',
  );
  return parse(text, { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
}

// Docker is not available where the tests run: the file is checked as data, not run.
describe('docker-compose.yml', () => {
  const sut = compose();

  it('keeps a plain `docker compose up` to Neo4j 5.26 Community alone', () => {
    const always = Object.entries(sut.services).filter(([, service]) => service.profiles === undefined);

    expect(always.map(([name]) => name)).toEqual(['neo4j']);
    expect(sut.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(sut.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(sut.volumes)).toContain('neo4j-data');
  });

  it('runs two API replicas with the same command and settings behind a reverse proxy in the replicas profile', () => {
    const replicas = ['api-1', 'api-2'].map((name) => sut.services[name]);

    for (const name of ['prepare', 'api-1', 'api-2', 'proxy']) {
      expect(sut.services[name].profiles, name).toEqual(['replicas']);
    }
    expect(replicas[0]).toEqual(replicas[1]);
    expect(replicas[0].command).toEqual(['node', 'dist/cli/main.js', 'serve']);
    expect(replicas[0].depends_on).toEqual({ prepare: { condition: 'service_completed_successfully' } });
    expect(sut.services.prepare.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(sut.services.proxy.image).toMatch(/^nginx:/);
    expect(Object.keys(sut.services.proxy.depends_on ?? {})).toEqual(['api-1', 'api-2']);
  });

  it('gives each replica an environment the app accepts, on the compose network and with keys', () => {
    const environment = sut.services['api-1'].environment!;

    const config = loadConfig(environment);

    expect(config.neo4jUri).toBe('bolt://neo4j:7687');
    expect(config.host).toBe('0.0.0.0');
    expect(config.apiKeys.length).toBeGreaterThan(0);
    expect(environment.NEO4J_PASSWORD).toBe(
      (sut.services.neo4j.environment as Record<string, string>).NEO4J_AUTH.split('/')[1],
    );
  });

  it('points the proxy at both replicas on the port they listen on', () => {
    const mount = sut.services.proxy.volumes![0].split(':');
    const file = join(ROOT, mount[0]);
    const port = sut.services['api-1'].environment!.PORT;

    expect(existsSync(file)).toBe(true);
    const nginx = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n');
    expect(nginx).toContain(`server api-1:${port}`);
    expect(nginx).toContain(`server api-2:${port}`);
    expect(nginx).toMatch(/proxy_set_header Host \$host;/);
    expect(nginx).not.toMatch(/\b(ip_hash|sticky)\b/);
  });
});
