/**
 * Outlook allows 4 concurrent requests per app and mailbox (newer doc text: per app); more
 * give 429 "MailboxConcurrency". A weighted semaphore per mailbox keeps us under it: a single
 * request takes one slot, a `$batch` to that mailbox takes all four (Outlook runs at most four
 * of a batch's items at once).
 */

export const MAILBOX_CONCURRENCY = 4;

export class Limiter {
  private inFlight = 0;
  private readonly waiting: { weight: number; start: () => void }[] = [];

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`capacity must be ≥ 1, got ${capacity}`);
  }

  get active(): number {
    return this.inFlight;
  }

  async run<T>(task: () => Promise<T>, weight = 1): Promise<T> {
    const w = Math.min(Math.max(1, weight), this.capacity);
    await this.acquire(w);
    try {
      return await task();
    } finally {
      this.inFlight -= w;
      this.drain();
    }
  }

  private acquire(weight: number): Promise<void> {
    if (this.waiting.length === 0 && this.inFlight + weight <= this.capacity) {
      this.inFlight += weight;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push({
        weight,
        start: () => {
          this.inFlight += weight;
          resolve();
        },
      });
    });
  }

  // First come, first served: a waiting batch is not overtaken by later single requests.
  private drain(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0];
      if (!next || this.inFlight + next.weight > this.capacity) return;
      this.waiting.shift();
      next.start();
    }
  }
}

/** One limiter per mailbox (`me`, or a group id for group calendars). */
export class MailboxLimiters {
  private readonly limiters = new Map<string, Limiter>();

  constructor(private readonly capacity = MAILBOX_CONCURRENCY) {}

  for(mailbox: string): Limiter {
    let limiter = this.limiters.get(mailbox);
    if (!limiter) {
      limiter = new Limiter(this.capacity);
      this.limiters.set(mailbox, limiter);
    }
    return limiter;
  }
}
