import { afterEach, describe, expect, it } from 'vitest';
import { LocalNeo4j, LocalNeo4jError } from './local-neo4j';

describe(LocalNeo4j.name, () => {
  const savedPath = process.env.PATH;

  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('says to install Java or set NEO4J_URI when java is not on the PATH', () => {
    const sut = new LocalNeo4j({
      port: 7999,
      dataDirectory: '/tmp/unused',
      heapMegabytes: 256,
      pageCacheMegabytes: 64,
    });
    process.env.PATH = '/nonexistent';

    expect(() => sut.ensureBuilt()).toThrow(LocalNeo4jError);
    expect(() => sut.ensureBuilt()).toThrow(/Java 17\+ is needed.*or set NEO4J_URI/);
  });
});
