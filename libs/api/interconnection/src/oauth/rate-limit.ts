/**
 * In-process limits of the token endpoint (SPEC §1.1.2). Keyed by client id (never by IP alone)
 * and, for brute force, by username + IP so that nobody can lock the PDN out from elsewhere.
 * Per instance: with several instances behind a balancer the effective limit multiplies.
 */
export class TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly capacity: number, private readonly perSecond: number) {}

  /** Seconds to wait, or 0 when the request may proceed (and consumes a token). */
  take(key: string, nowMs: number): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: nowMs };
    // A clock that moves backwards (NTP correction) refills nothing, but must not drain the bucket.
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (Math.max(0, nowMs - bucket.at) / 1000) * this.perSecond);
    bucket.at = nowMs;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return (1 - bucket.tokens) / this.perSecond;
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.buckets.clear();
    return 0;
  }
}

export class FailureLock {
  private readonly failures = new Map<string, number[]>();
  private readonly locks = new Map<string, number>();

  constructor(private readonly maxFailures: number, private readonly windowMs: number, private readonly lockMs: number) {}

  /** Seconds until unlocked, or 0. */
  lockedFor(key: string, nowMs: number): number {
    const until = this.locks.get(key);
    if (until === undefined) return 0;
    if (until <= nowMs) {
      this.locks.delete(key);
      return 0;
    }
    return (until - nowMs) / 1000;
  }

  fail(key: string, nowMs: number) {
    const recent = (this.failures.get(key) ?? []).filter((t) => nowMs - t < this.windowMs);
    recent.push(nowMs);
    if (recent.length >= this.maxFailures) {
      this.locks.set(key, nowMs + this.lockMs);
      this.failures.delete(key);
    } else {
      this.failures.set(key, recent);
    }
    if (this.failures.size > 10_000) this.failures.clear();
  }

  succeed(key: string) {
    this.failures.delete(key);
  }
}
