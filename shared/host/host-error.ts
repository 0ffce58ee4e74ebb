import type { ReportedDiagnostic } from '../format/diagnostic';
import type { HostErrorBody, HostErrorCode } from './contract';

/** An error a handler throws on purpose; its code, message and any findings reach the renderer as they are. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /** What a tenant found wrong when it refused the request as invalid; the renderer words them in its own language. */
    readonly diagnostics: readonly ReportedDiagnostic[] = [],
  ) {
    super(message);
    this.name = 'HostError';
  }

  toBody(): HostErrorBody {
    return { code: this.code, message: this.message, ...(this.diagnostics.length > 0 ? { diagnostics: [...this.diagnostics] } : {}) };
  }
}
