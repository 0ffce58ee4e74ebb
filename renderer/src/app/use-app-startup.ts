import { useEffect } from 'react';
import { runAction } from '../actions/registry';
import { listenToWindowShortcuts } from '../actions/window-shortcuts';
import { useDocuments } from '../documents/documents-store';
import { isDirty } from '../documents/open-document';
import { hostClient } from '../host/host-client';
import { adoptSystemLocale } from '../i18n/i18n';
import { isInside } from '../library/library-tree';
import { createRefreshScheduler, useWorkspace } from '../library/workspace-store';
import { followTenantChecks } from '../tenants/tenant-checks';
import { checkExternalChange, openFlowFile } from '../documents/document-files';
import { createRecoveryJournal } from './recovery-journal';
import { useUi } from '../ui/ui-store';

/** True when any open document has unsaved changes. */
export function anyDirty(): boolean {
  return Object.values(useDocuments.getState().docs).some((doc) => isDirty(doc));
}

/**
 * Everything the application does once at start and undoes at the end: lists the workspace,
 * asks about journalled edits from a previous run, follows host events, journals unsaved
 * edits, warns before leaving with unsaved changes, and binds Ctrl/Cmd+S.
 */
export function useAppStartup(): void {
  useEffect(() => {
    let disposed = false;
    const ui = useUi.getState();
    void useWorkspace.getState().load();
    const stopTenantChecks = followTenantChecks();

    hostClient
      .call('app:info', {})
      .then((info) => {
        if (disposed) return;
        ui.setHost({ kind: info.host, nativeDialogs: info.nativeDialogs, version: info.version });
        // In the browser host the browser's own languages are the user's; the desktop app reports the system's.
        if (info.host === 'electron') adoptSystemLocale(info.locale);
      })
      .catch(() => {});

    hostClient
      .call('recovery:list', {})
      .then(({ entries }) => {
        if (!disposed && entries.length > 0) useUi.getState().openDialog({ kind: 'recovery', entries });
      })
      .catch(() => {});

    const refresh = createRefreshScheduler(() => void useWorkspace.getState().load());
    const unsubscribers = [
      hostClient.on('workspace:changed', ({ paths }) => {
        refresh.schedule();
        for (const doc of Object.values(useDocuments.getState().docs)) {
          if (paths.length === 0 || paths.some((changed) => isInside(doc.path, changed))) void checkExternalChange(doc.id);
        }
      }),
      hostClient.on('app:command', ({ command }) => void runAction(command)),
      hostClient.on('app:openFile', ({ path }) => void openFlowFile(path)),
    ];

    const journal = createRecoveryJournal({
      documents: () =>
        Object.values(useDocuments.getState().docs).map((doc) => ({
          path: doc.path,
          dirty: isDirty(doc),
          content: doc.flow,
          // Plain JSON, not the canonical file form: recovery only needs something loadFlow reads,
          // and JSON.stringify is some thirty times faster on a flow of thousands of steps.
          text: () => JSON.stringify(doc.flow),
        })),
      write: async (path, text) => {
        await hostClient.call('recovery:write', { path, text });
      },
      discard: async (path) => {
        await hostClient.call('recovery:discard', { path });
      },
    });
    journal.start();

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!anyDirty()) return;
      void journal.flush();
      event.preventDefault();
      // Older engines show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void journal.flush();
    };
    // A safety net under the file watcher (which can miss events, e.g. on network drives):
    // coming back to the window re-checks every open file against the disk.
    const onFocus = () => {
      for (const doc of Object.values(useDocuments.getState().docs)) void checkExternalChange(doc.id);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    const stopShortcuts = listenToWindowShortcuts();
    window.addEventListener('focus', onFocus);

    return () => {
      disposed = true;
      stopTenantChecks();
      refresh.cancel();
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      journal.stop();
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      stopShortcuts();
      window.removeEventListener('focus', onFocus);
    };
  }, []);
}
