import type { ReportedDiagnostic } from '../../../shared/format/diagnostic';
import type { HostErrorCode } from '../../../shared/host/contract';

/** `TRANSPORT`: the host could not be reached or answered with something that is not a response. */
export type HostCallErrorCode = HostErrorCode | 'TRANSPORT';

/** A host call that answered `ok: false` (or never answered); `code` says which failure it was. */
export class HostCallError extends Error {
  constructor(
    readonly code: HostCallErrorCode,
    message: string,
    readonly call: string,
    /** A tenant's findings when it refused the request as invalid, to be worded in the UI language. */
    readonly diagnostics: readonly ReportedDiagnostic[] = [],
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

/** True when `error` is a HostCallError with that code: `isHostError(e, 'CONFLICT')`. */
export function isHostError(error: unknown, code?: HostCallErrorCode): error is HostCallError {
  return error instanceof HostCallError && (code === undefined || error.code === code);
}
