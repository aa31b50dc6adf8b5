import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PollLoop } from './poll-loop';

describe('PollLoop', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once per interval, the next run timed from the end of the last', async () => {
    const run = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
    const sut = new PollLoop(run, 100);
    sut.start();
    await vi.advanceTimersByTimeAsync(99);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(149);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    const stopping = sut.stop();
    await vi.advanceTimersByTimeAsync(50);
    await stopping;
  });

  it('runs at once when woken, and once more right after a run in flight when woken during it', async () => {
    let finish: () => void = () => undefined;
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const sut = new PollLoop(run, 10_000);
    sut.start();
    sut.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    sut.wake();
    sut.wake();
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(run).toHaveBeenCalledTimes(2);
    await sut.stop();
  });

  it('waits for a run in flight when stopped and starts none after', async () => {
    let finished = false;
    const run = vi.fn(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            finished = true;
            resolve();
          }, 30),
        ),
    );
    const sut = new PollLoop(run, 10);
    sut.start();
    await vi.advanceTimersByTimeAsync(10);
    const stopping = sut.stop();
    await vi.advanceTimersByTimeAsync(30);
    await stopping;
    expect(finished).toBe(true);
    sut.wake();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
