import { FailureLock, TokenBucket } from './rate-limit';

describe('TokenBucket (SPEC §1.1.2 throttling: ≥ 20/s sustained, bursts of 100, per client)', () => {
  const T0 = 1_800_000_000_000;

  it('allows a burst of `capacity` at once, then asks to wait', () => {
    const bucket = new TokenBucket(100, 20);
    for (let i = 0; i < 100; i++) expect(bucket.take('pdn', T0)).toBe(0);
    const wait = bucket.take('pdn', T0);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1 / 20);
  });

  it('refills at `perSecond`: 20 more per second, never above capacity', () => {
    const bucket = new TokenBucket(100, 20);
    for (let i = 0; i < 100; i++) bucket.take('pdn', T0);
    for (let i = 0; i < 20; i++) expect(bucket.take('pdn', T0 + 1000)).toBe(0);
    expect(bucket.take('pdn', T0 + 1000)).toBeGreaterThan(0);
    // A long pause refills to capacity only.
    for (let i = 0; i < 100; i++) expect(bucket.take('pdn', T0 + 3_600_000)).toBe(0);
    expect(bucket.take('pdn', T0 + 3_600_000)).toBeGreaterThan(0);
  });

  it('sustains exactly the configured rate over time', () => {
    const bucket = new TokenBucket(100, 20);
    let granted = 0;
    // 40 requests per second for 10 s, after the burst is spent.
    for (let i = 0; i < 100; i++) bucket.take('pdn', T0);
    for (let ms = 25; ms <= 10_000; ms += 25) if (bucket.take('pdn', T0 + ms) === 0) granted++;
    expect(granted).toBe(200);
  });

  it('keys are independent (one client cannot exhaust another)', () => {
    const bucket = new TokenBucket(2, 1);
    bucket.take('a', T0);
    bucket.take('a', T0);
    expect(bucket.take('a', T0)).toBeGreaterThan(0);
    expect(bucket.take('b', T0)).toBe(0);
  });

  it('a clock that goes backwards does not drain the bucket', () => {
    const bucket = new TokenBucket(100, 20);
    expect(bucket.take('pdn', T0 + 3_600_000)).toBe(0);
    // The application clock moved back an hour (NTP correction, tests): requests still pass.
    for (let i = 0; i < 50; i++) expect(bucket.take('pdn', T0)).toBe(0);
  });
});

describe('FailureLock (SPEC §1.1.2 brute force: 10 failures in 10 min → 429 for 15 min)', () => {
  const T0 = 1_800_000_000_000;
  const MIN = 60_000;
  const lock = () => new FailureLock(10, 10 * MIN, 15 * MIN);

  it('locks after the 10th failure within the window, for 15 minutes', () => {
    const l = lock();
    for (let i = 0; i < 9; i++) {
      l.fail('user\u0000ip', T0 + i * MIN);
      expect(l.lockedFor('user\u0000ip', T0 + i * MIN)).toBe(0);
    }
    l.fail('user\u0000ip', T0 + 9 * MIN);
    expect(l.lockedFor('user\u0000ip', T0 + 9 * MIN)).toBe(15 * 60);
    expect(l.lockedFor('user\u0000ip', T0 + 9 * MIN + 15 * MIN - 1000)).toBe(1);
    expect(l.lockedFor('user\u0000ip', T0 + 9 * MIN + 15 * MIN)).toBe(0);
  });

  it('failures older than the window do not count', () => {
    const l = lock();
    for (let i = 0; i < 9; i++) l.fail('k', T0 + i * 6000); // nine failures within 48 s
    l.fail('k', T0 + 10 * MIN + 1); // the first one has just left the window: still nine
    expect(l.lockedFor('k', T0 + 10 * MIN + 1)).toBe(0);
    l.fail('k', T0 + 10 * MIN + 2); // now ten within the last 10 minutes
    expect(l.lockedFor('k', T0 + 10 * MIN + 2)).toBe(15 * 60);
  });

  it('a success clears the failures; other keys are unaffected', () => {
    const l = lock();
    for (let i = 0; i < 9; i++) l.fail('k', T0);
    l.succeed('k');
    l.fail('k', T0);
    expect(l.lockedFor('k', T0)).toBe(0);
    for (let i = 0; i < 10; i++) l.fail('user\u0000ip1', T0);
    expect(l.lockedFor('user\u0000ip1', T0)).toBeGreaterThan(0);
    expect(l.lockedFor('user\u0000ip2', T0)).toBe(0);
    expect(l.lockedFor('other\u0000ip1', T0)).toBe(0);
  });
});
