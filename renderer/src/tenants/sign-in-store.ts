import { create } from 'zustand';
import { messageOf } from '../ui/message-of';
import { tenantActions } from './tenant-actions';
import type { TenantActions } from './tenant-actions';

/** Where a connection's sign-in stands, as its row shows it. */
export type SignInProgress = { state: 'waiting' } | { state: 'cancelled' } | { state: 'failed'; message: string };

export interface SignInState {
  /** Sign-ins begun from this window, by connection id; a connection signed in has no entry. */
  byConnection: Record<string, SignInProgress>;
  /**
   * Signs in on the connection through the tenant's pages; settles when the person is back (or
   * gave up), having called `onEnded` so the list shows who is signed in.
   */
  signIn(id: string, onEnded: () => Promise<void>): Promise<void>;
  /** Gives up the connection's sign-in in progress. */
  cancel(id: string): Promise<void>;
  /** Forgets how a connection's last sign-in ended (a new action on the row replaces the message). */
  clear(id: string): void;
}

/**
 * The sign-ins in progress. A store rather than a row's state: the Add form starts the sign-in
 * of the connection it just added, whose row does not exist yet, and the row that appears then
 * shows the wait and offers Cancel.
 */
export function createSignInStore(actions: Pick<TenantActions, 'signIn' | 'waitForSignIn' | 'cancelSignIn'>, openPage: (address: string) => void) {
  return create<SignInState>()((set) => {
    const put = (id: string, progress: SignInProgress | undefined) =>
      set(({ byConnection }) => {
        const { [id]: _old, ...rest } = byConnection;
        return { byConnection: progress ? { ...rest, [id]: progress } : rest };
      });
    return {
      byConnection: {},
      async signIn(id, onEnded) {
        put(id, { state: 'waiting' });
        try {
          const { openInPage } = await actions.signIn(id);
          // The browser host: the tenant's page opens in a new tab, which the tenant sends back to the host.
          if (openInPage !== null) openPage(openInPage);
          const { connection } = await actions.waitForSignIn(id);
          put(id, connection ? undefined : { state: 'cancelled' });
        } catch (error) {
          put(id, { state: 'failed', message: messageOf(error) });
        }
        await onEnded();
      },
      async cancel(id) {
        await actions.cancelSignIn(id);
      },
      clear: (id) => put(id, undefined),
    };
  });
}

export const useSignIns = createSignInStore(tenantActions, (address) => window.open(address, '_blank', 'noopener'));
