import { app, dialog, shell } from 'electron';
import type { BrowserWindow, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { NativeShell } from './desktop-host';
import { HostError } from '../../shared/host/host-error';
import { nativeLabels } from './native-labels';

/**
 * The desktop host's native side with Electron: folder, open and save dialogs, the question before opening a
 * link, the system browser, the file manager (a file shown, a folder opened) and recent documents. Dialogs are modal to the main window when
 * there is one.
 */
export function createNativeShell(getWindow: () => BrowserWindow | null): NativeShell {
  const labels = () => nativeLabels(app.getLocale()).dialogs;
  const parent = () => {
    const window = getWindow();
    return window !== null && !window.isDestroyed() ? window : null;
  };
  return {
    appVersion: app.getVersion(),
    locale: () => app.getLocale(),
    async chooseFolder({ defaultPath }) {
      const options: OpenDialogOptions = { title: labels().chooseWorkspace, defaultPath, properties: ['openDirectory', 'createDirectory'] };
      const window = parent();
      const result = window !== null ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFiles({ defaultPath }) {
      const text = labels();
      // Dialog filters match the last extension only, so `.flow.json` is offered as `json` and checked afterwards.
      const options: OpenDialogOptions = {
        title: text.openFile,
        defaultPath,
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: text.flowFiles, extensions: ['json', 'flowpack'] }],
      };
      const window = parent();
      const result = window !== null ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSavePath({ defaultPath, kind }) {
      const text = labels();
      // Filters match the last extension only: a flow is offered as `json` (the host adds `.flow.json`).
      const options: SaveDialogOptions = {
        title: kind === 'flow' ? text.saveFlow : text.savePack,
        defaultPath,
        filters: [kind === 'flow' ? { name: text.onlyFlows, extensions: ['json'] } : { name: text.packFiles, extensions: ['flowpack'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const result = window !== null ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async confirmOpenExternal(url) {
      const text = labels();
      const options: MessageBoxOptions = {
        type: 'question',
        message: text.openExternalQuestion,
        detail: url,
        buttons: [text.openExternalButton, text.cancelButton],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const window = parent();
      const { response } = window !== null ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
    openExternal: (url) => shell.openExternal(url),
    showItemInFolder: (path) => shell.showItemInFolder(path),
    async openFolder(path) {
      // Electron answers an error's text rather than rejecting: an empty text means it opened.
      const failure = await shell.openPath(path);
      if (failure !== '') throw new HostError('IO', failure);
    },
    addRecentDocument: (path) => app.addRecentDocument(path),
  };
}
