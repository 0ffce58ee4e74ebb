import type { HostErrorBody, HostErrorCode } from './contract';

/** An error a handler throws on purpose; its code and message reach the renderer as they are. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }

  toBody(): HostErrorBody {
    return { code: this.code, message: this.message };
  }
}
