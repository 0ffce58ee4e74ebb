// The part of proper-lockfile's API that file-lock.ts uses. It stands in for @types/proper-lockfile
// (the same signatures) until that package is a dependency; delete this file when it is.
declare module 'proper-lockfile' {
  export interface LockOptions {
    stale?: number;
    update?: number;
    retries?: number;
    realpath?: boolean;
    onCompromised?: (error: Error) => unknown;
    lockfilePath?: string;
  }
  export function lock(file: string, options?: LockOptions): Promise<() => Promise<void>>;
}
