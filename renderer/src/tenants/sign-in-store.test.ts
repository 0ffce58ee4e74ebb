import { describe, expect, it, vi } from 'vitest';
import { createSignInStore } from './sign-in-store';

const connection = { id: 'c1', name: 'Training', url: 'https://t.example', protected: true, hasToken: false, addedAt: '2026-12-07T00:00:00Z', signedInAs: { name: 'Rosa', email: null } };

/** Host calls that answer the wait when the test says: signed in, cancelled, or refused. */
function fakeActions(openInPage: string | null) {
  let settle!: (answer: { connection: typeof connection | null }) => void;
  let refuse!: (error: Error) => void;
  const actions = {
    signIn: vi.fn(async () => ({ openInPage })),
    waitForSignIn: vi.fn(() => new Promise<{ connection: typeof connection | null }>((resolve, reject) => ((settle = resolve), (refuse = reject)))),
    cancelSignIn: vi.fn(async () => {
      settle({ connection: null });
      return {};
    }),
  };
  return { actions, signedIn: () => settle({ connection }), refused: (message: string) => refuse(new Error(message)) };
}

describe('sign-ins in progress', () => {
  it('opens the tenant’s page in the browser host, shows the wait, and once signed in leaves nothing to show but the list reloaded', async () => {
    const host = fakeActions('https://t.example/oidc/auth?x=1');
    const opened: string[] = [];
    const store = createSignInStore(host.actions, (address) => opened.push(address));
    const reload = vi.fn(async () => {});
    const done = store.getState().signIn('c1', reload);
    await vi.waitFor(() => expect(host.actions.waitForSignIn).toHaveBeenCalled());
    expect(store.getState().byConnection.c1).toEqual({ state: 'waiting' });
    expect(opened).toEqual(['https://t.example/oidc/auth?x=1']);
    host.signedIn();
    await done;
    expect(store.getState().byConnection.c1).toBeUndefined();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('the desktop app opens the system browser itself: nothing opens from the page', async () => {
    const host = fakeActions(null);
    const opened: string[] = [];
    const store = createSignInStore(host.actions, (address) => opened.push(address));
    const done = store.getState().signIn('c1', async () => {});
    await vi.waitFor(() => expect(host.actions.waitForSignIn).toHaveBeenCalled());
    host.signedIn();
    await done;
    expect(opened).toEqual([]);
  });

  it('Cancel ends the wait as cancelled, not as a failure', async () => {
    const host = fakeActions(null);
    const store = createSignInStore(host.actions, () => {});
    const done = store.getState().signIn('c1', async () => {});
    await vi.waitFor(() => expect(host.actions.waitForSignIn).toHaveBeenCalled());
    await store.getState().cancel('c1');
    await done;
    expect(host.actions.cancelSignIn).toHaveBeenCalledWith('c1');
    expect(store.getState().byConnection.c1).toEqual({ state: 'cancelled' });
  });

  it('a sign-in the tenant refused says why, and the list still reloads', async () => {
    const host = fakeActions(null);
    const store = createSignInStore(host.actions, () => {});
    const reload = vi.fn(async () => {});
    const done = store.getState().signIn('c1', reload);
    await vi.waitFor(() => expect(host.actions.waitForSignIn).toHaveBeenCalled());
    host.refused('the tenant did not sign you in (access_denied)');
    await done;
    expect(store.getState().byConnection.c1).toEqual({ state: 'failed', message: 'the tenant did not sign you in (access_denied)' });
    expect(reload).toHaveBeenCalledOnce();
  });
});
