import { describe, expect, it } from 'vitest';
import { AppError } from '../common/app-error';
import { AvailabilityGate } from './availability-gate';

/** A probe whose answers the test gives, counting how often it is asked. */
function scriptedProbe() {
  const state = { asked: 0, answer: 'down' as 'up' | 'down' | 'hang' };
  const probe = () => {
    state.asked += 1;
    if (state.answer === 'up') {
      return Promise.resolve();
    }
    if (state.answer === 'hang') {
      return new Promise<void>(() => undefined);
    }
    return Promise.reject(new Error('connection refused'));
  };
  return { state, probe };
}

describe(AvailabilityGate.name, () => {
  it('lets work through without probing while the database has not been found down', async () => {
    const { state, probe } = scriptedProbe();
    const sut = new AvailabilityGate(probe, { retryMs: 500, probeTimeoutMs: 100 });

    await sut.admit();

    expect(state.asked).toBe(0);
    expect(sut.unavailableSince).toBeNull();
  });

  it('refuses with DATABASE_UNAVAILABLE once marked down, probing at most once per retry interval', async () => {
    const { state, probe } = scriptedProbe();
    let now = 1_000_000;
    const sut = new AvailabilityGate(probe, { retryMs: 500, probeTimeoutMs: 100 }, () => now);
    sut.markDown();

    const refusals = await Promise.allSettled([sut.admit(), sut.admit(), sut.admit()]);
    now += 100;
    await expect(sut.admit()).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });

    expect(refusals.every((result) => result.status === 'rejected')).toBe(true);
    expect((refusals[0] as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    expect(state.asked).toBe(1);
    now += 500;
    await expect(sut.admit()).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(state.asked).toBe(2);
  });

  it('counts each outage once, however often it is marked down, so a request can tell it overlapped one', async () => {
    const { state, probe } = scriptedProbe();
    const sut = new AvailabilityGate(probe, { retryMs: 0, probeTimeoutMs: 100 });
    expect(sut.outages).toBe(0);

    sut.markDown();
    sut.markDown();
    expect(sut.outages).toBe(1);
    state.answer = 'up';
    await sut.admit();
    expect(sut.unavailableSince).toBeNull();
    expect(sut.outages).toBe(1);
    sut.markDown();

    expect(sut.outages).toBe(2);
  });

  it('opens for everyone as soon as a probe answers', async () => {
    const { state, probe } = scriptedProbe();
    let now = 1_000_000;
    const sut = new AvailabilityGate(probe, { retryMs: 500, probeTimeoutMs: 100 }, () => now);
    sut.markDown();
    await expect(sut.admit()).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });

    state.answer = 'up';
    now += 500;
    await Promise.all([sut.admit(), sut.admit()]);
    await sut.admit();

    expect(sut.unavailableSince).toBeNull();
    expect(state.asked).toBe(2);
  });

  it('counts a probe that never answers as failed after its timeout instead of holding callers', async () => {
    const { state, probe } = scriptedProbe();
    state.answer = 'hang';
    const sut = new AvailabilityGate(probe, { retryMs: 500, probeTimeoutMs: 50 });
    sut.markDown();

    // A probe that is never given up would hold this call until the test's own timeout fails it.
    await expect(sut.admit()).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });

    expect(sut.unavailableSince).not.toBeNull();
  });

  it('keeps the time it was first found down while further failures arrive', () => {
    let now = 5_000;
    const sut = new AvailabilityGate(
      () => Promise.resolve(),
      { retryMs: 500, probeTimeoutMs: 50 },
      () => now,
    );

    sut.markDown();
    now += 1_000;
    sut.markDown();

    expect(sut.unavailableSince).toBe(5_000);
    sut.markUp();
    expect(sut.unavailableSince).toBeNull();
  });
});
