import { describe, expect, it } from 'vitest';
import { WriteLanes } from './write-lanes';

/** A write the test finishes by hand, recording when it starts and ends. */
function gatedWrite(
  name: string,
  log: string[],
): { write: () => Promise<void>; finish: () => void; fail: (error: Error) => void } {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const gate = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    write: async () => {
      log.push(`start ${name}`);
      try {
        await gate;
        log.push(`end ${name}`);
      } catch (error) {
        log.push(`failed ${name}`);
        throw error;
      }
    },
    finish,
    fail,
  };
}

type GatedWrite = ReturnType<typeof gatedWrite>;

/** Write lanes under test with one gated write per name (each under its name), all logging to one log. */
function lanesWith<Name extends string>(
  lanes: number,
  ...names: Name[]
): { sut: WriteLanes; log: string[] } & Record<Name, GatedWrite> {
  const log: string[] = [];
  const writes = Object.fromEntries(names.map((name) => [name, gatedWrite(name, log)])) as Record<Name, GatedWrite>;
  return { sut: new WriteLanes(lanes), log, ...writes };
}

/** Lets every queued microtask and timer-free continuation run. */
const settle = async (): Promise<void> => {
  for (let turn = 0; turn < 20; turn++) {
    await Promise.resolve();
  }
};

describe(WriteLanes.name, () => {
  it('runs as many concurrent writes as it has lanes, and starts the next when one ends', async () => {
    const { sut, log, a, b, c } = lanesWith(2, 'a', 'b', 'c');

    await sut.concurrent(a.write);
    await sut.concurrent(b.write);
    const third = sut.concurrent(c.write);
    await settle();
    expect(log).toEqual(['start a', 'start b']);

    b.finish();
    await third;
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    a.finish();
    c.finish();
    await sut.drain();
    expect(log.filter((line) => line.startsWith('end'))).toEqual(['end b', 'end a', 'end c']);
  });

  it('starts an alone write only after every earlier write ended, and holds later writes until it ends', async () => {
    const { sut, log, a, b, solo, later } = lanesWith(2, 'a', 'b', 'solo', 'later');
    await sut.concurrent(a.write);
    await sut.concurrent(b.write);

    const alone = sut.alone(solo.write);
    await settle();
    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end a']);
    b.finish();
    await alone;
    const next = sut.concurrent(later.write);
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end a', 'end b', 'start solo']);

    solo.finish();
    await next;
    later.finish();
    await sut.drain();
    expect(log.slice(-3)).toEqual(['end solo', 'start later', 'end later']);
  });

  it('runs a beside write after the writes running when it was given, next to later concurrent writes', async () => {
    const { sut, log, a, side, b } = lanesWith(2, 'a', 'side', 'b');
    await sut.concurrent(a.write);
    await sut.beside(side.write);
    await sut.concurrent(b.write);
    await settle();
    expect(log).toEqual(['start a', 'start b']);

    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end a', 'start side']);
    side.finish();
    b.finish();
    await sut.drain();
    expect(log).toContain('end side');
  });

  it('runs one beside write at a time, in the order given', async () => {
    const { sut, log, first, second } = lanesWith(2, 'first', 'second');
    await sut.beside(first.write);
    const queued = sut.beside(second.write);
    await settle();
    expect(log).toEqual(['start first']);
    first.finish();
    await queued;
    await settle();
    expect(log).toEqual(['start first', 'end first', 'start second']);
    second.finish();
    await sut.drain();
  });

  it('surfaces a failed write at the next call, after the writes already running ended', async () => {
    const { sut, log, a, b, c } = lanesWith(2, 'a', 'b', 'c');
    await sut.concurrent(a.write);
    await sut.concurrent(b.write);
    a.fail(new Error('the database went away'));
    await settle();

    const next = sut.concurrent(c.write);
    b.finish();
    await expect(next).rejects.toThrow('the database went away');
    expect(log).toEqual(['start a', 'start b', 'failed a', 'end b']);
    await expect(sut.drain()).rejects.toThrow('the database went away');
  });

  it('skips a beside write whose turn comes after a failure, and drain reports the failure', async () => {
    const { sut, log, a, side } = lanesWith(1, 'a', 'side');
    await sut.concurrent(a.write);
    await sut.beside(side.write);
    a.fail(new Error('broken'));

    await expect(sut.drain()).rejects.toThrow('broken');
    expect(log).toEqual(['start a', 'failed a']);
  });

  it('settles without throwing once every write in flight has ended', async () => {
    const { sut, log, a, b } = lanesWith(2, 'a', 'b');
    await sut.concurrent(a.write);
    await sut.concurrent(b.write);
    a.fail(new Error('broken'));
    const settled = sut.settle();
    b.finish();

    await expect(settled).resolves.toBeUndefined();
    expect(log).toEqual(['start a', 'start b', 'failed a', 'end b']);
  });

  it('refuses zero lanes', () => {
    expect(() => new WriteLanes(0)).toThrow('at least one lane');
  });
});
