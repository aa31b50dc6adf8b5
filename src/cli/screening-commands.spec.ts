import { describe, expect, it } from 'vitest';
import { automaticWorkers } from './screening-commands';

describe(automaticWorkers.name, () => {
  it.each<[number, number, number, string]>([
    [2, 0, 1, 'two idle cores: one thread with its helpers and Neo4j fills one and a half'],
    [2, 1, 1, 'two cores, one busy: a second thread would cost a third more CPU a row for nothing'],
    [2, 8, 1, 'a shared machine under load'],
    [1, 0, 1, 'one core: no second thread'],
    [4, 1.5, 2, 'four cores, two and a half idle: room for a second thread'],
    [4, 2, 1, "four cores, two idle: not enough for a second thread beside the first thread's share"],
    [8, 0.5, 2, 'many idle cores: never more than two (each thread holds its own index)'],
  ])('%i cores at load %f: %i workers (%s)', (cores, load, expected) => {
    expect(automaticWorkers(cores, load)).toBe(expected);
  });
});
