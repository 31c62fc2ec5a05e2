/** Plumbing every long-lived stream of the hub shares (event subscriptions, today's duties, the day board). */

/**
 * Lets a stream sleep until something arrives or the stream is cancelled. One abort listener per
 * stream: adding one per wait would pile up listeners (Node checks each new one against all earlier
 * ones, so a long-lived subscription got slower with every event).
 */
export class Waker {
  private resolve: (() => void) | undefined;
  private sleeping: (() => void) | undefined;
  private readonly onAbort = () => {
    this.wake();
    this.sleeping?.();
  };

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  wake(): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    resolve?.();
  }

  /** Resolves on the next `wake()`, or at once when the stream was cancelled. */
  wait(): Promise<void> {
    if (this.signal.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.resolve = resolve;
    });
  }

  /** Resolves after `ms` (a `wake()` meanwhile does not shorten it), or at once when the stream is cancelled. */
  sleep(ms: number): Promise<void> {
    if (this.signal.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.sleeping = undefined;
        resolve();
      }, ms);
      this.sleeping = () => {
        clearTimeout(timer);
        this.sleeping = undefined;
        resolve();
      };
    });
  }

  dispose(): void {
    this.signal.removeEventListener('abort', this.onAbort);
  }
}

/**
 * An async generator whose `return()` takes effect at once. A plain async generator waiting for the
 * next event would queue the client's "complete" until that event came, keeping the subscription (and
 * its listener) alive; aborting wakes it so it ends now.
 */
export function cancellable<T>(make: (signal: AbortSignal) => AsyncGenerator<T>): AsyncGenerator<T> {
  const controller = new AbortController();
  const inner = make(controller.signal);
  const outer: AsyncGenerator<T> = {
    next: (...args) => inner.next(...args),
    return: (value) => {
      controller.abort();
      return inner.return(value as never);
    },
    throw: (error) => {
      controller.abort();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]: () => outer,
    [Symbol.asyncDispose]: async () => {
      await outer.return(undefined as never);
    },
  };
  return outer;
}
