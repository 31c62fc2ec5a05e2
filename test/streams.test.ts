/** The stream plumbing every subscription shares. */
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Waker } from '../src/shared/event-log/stream-control.js';

describe('Waker', () => {
  it('keeps one abort listener however many times a stream sleeps and wakes (no pile-up on long subscriptions)', async () => {
    const controller = new AbortController();
    const waker = new Waker(controller.signal);
    for (let i = 0; i < 1_000; i += 1) {
      const waiting = waker.wait();
      waker.wake();
      await waiting;
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    waker.dispose();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('ends a wait and a sleep at once when the stream is cancelled; a wake does not cut a sleep short', async () => {
    const controller = new AbortController();
    const waker = new Waker(controller.signal);
    let slept = false;
    const sleeping = waker.sleep(60_000).then(() => {
      slept = true;
    });
    waker.wake();
    await Promise.resolve();
    expect(slept).toBe(false);
    const waiting = waker.wait();
    controller.abort();
    await Promise.all([waiting, sleeping]);
    expect(slept).toBe(true);
    await waker.wait(); // already cancelled: returns at once
  });
});
