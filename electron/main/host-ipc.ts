import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { HostHandlers, HostResponse } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { IPC_CALL_CHANNEL } from '../../shared/host/transport';
import { isTrustedSenderFrame } from './app-origin';

export interface HostIpcOptions {
  handlers: HostHandlers;
  /** The editor window's contents: the only sender answered. */
  editorContents: () => WebContents | null;
  reportInternal: (name: string, error: unknown) => void;
}

/**
 * Answers the renderer's host calls (`ipcRenderer.invoke(IPC_CALL_CHANNEL, name, args)`).
 * Every message is checked before anything runs: it must come from the editor window's top
 * frame on `app://flowpack`; then the shared dispatcher parses the arguments with the
 * contract's zod schema and runs the handler, exactly as the browser host does over HTTP.
 */
export function registerHostIpc(options: HostIpcOptions): void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, args: unknown): Promise<HostResponse<unknown>> => {
    // Compared by id: the id names one WebContents for its whole life, whatever JS object wraps it.
    if (event.sender.id !== options.editorContents()?.id || !isTrustedSenderFrame(event.senderFrame)) {
      // Not the app's page: nothing is answered, not even an error body.
      throw new Error('Refused: the call did not come from the Flowpack Studio page.');
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'UNKNOWN_CALL', message: 'the call name must be a string' } };
    return dispatchHostCall(options.handlers, name, args, options.reportInternal);
  });
}
