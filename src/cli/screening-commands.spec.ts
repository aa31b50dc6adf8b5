import { describe, expect, it } from 'vitest';
import { automaticWorkers } from './screening-commands';

describe(automaticWorkers.name, () => {
  it.each<[number, number, number, string]>([
    [2, 0.3, 2, 'two cores, both nearly idle: a second thread has a core to itself'],
    [2, 1, 2, 'two cores, one busy: the other is idle'],
    [2, 1.5, 1, 'two cores, more than one busy: a second thread would only add its start-up'],
    [2, 8, 1, 'a shared machine under load'],
    [1, 0, 1, 'one core: no second thread'],
    [8, 0.5, 2, 'many idle cores: never more than two (each thread holds its own index)'],
  ])('%i cores at load %f: %i workers (%s)', (cores, load, expected) => {
    expect(automaticWorkers(cores, load)).toBe(expected);
  });
});
