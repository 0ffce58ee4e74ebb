/** How many failed authentications one address may make in a window. */
export interface AuthFailureLimit {
  max: number;
  timeWindowMs: number;
}

/** 30 failures a minute: far beyond a person retyping a token, far below a guessing burst. */
export const DEFAULT_AUTH_FAILURE_LIMIT: AuthFailureLimit = { max: 30, timeWindowMs: 60_000 };

/** Addresses remembered at most; past it, the windows already over are dropped, then the oldest. */
const MAX_ADDRESSES = 10_000;

/**
 * Failed authentications per client address, in fixed windows. Once an address has used its
 * budget it is answered 429 until its window ends, before its token is hashed or looked up,
 * so a burst of made-up tokens costs neither a database lookup nor an audit write each. The
 * per-token rate limit cannot do this: it is keyed by the bearer value, and every made-up
 * token is a new key.
 */
export class AuthFailureLimiter {
  private readonly windows = new Map<string, { failures: number; endsAt: number }>();

  constructor(private readonly limit: AuthFailureLimit = DEFAULT_AUTH_FAILURE_LIMIT) {}

  /** Whole seconds until `address` may authenticate again, or undefined when it may now. */
  retryAfterSeconds(address: string, now: number): number | undefined {
    const window = this.windows.get(address);
    if (!window || window.endsAt <= now || window.failures < this.limit.max) return undefined;
    return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  }

  recordFailure(address: string, now: number): void {
    const window = this.windows.get(address);
    if (window && window.endsAt > now) {
      window.failures++;
      return;
    }
    this.windows.delete(address);
    if (this.windows.size >= MAX_ADDRESSES) this.forgetOld(now);
    this.windows.set(address, { failures: 1, endsAt: now + this.limit.timeWindowMs });
  }

  private forgetOld(now: number): void {
    for (const [address, window] of this.windows) if (window.endsAt <= now) this.windows.delete(address);
    // Insertion order is age order: the oldest windows go first.
    for (const address of this.windows.keys()) {
      if (this.windows.size < MAX_ADDRESSES) break;
      this.windows.delete(address);
    }
  }
}
