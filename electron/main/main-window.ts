import { BrowserWindow, dialog, nativeTheme } from 'electron';
import type { Session } from 'electron';
import { APP_START_URL } from './app-origin';
import { nativeLabels } from './native-labels';

export interface MainWindowOptions {
  preloadPath: string;
  /** The window's own session, with the network blocked (session-policy.ts). */
  session: Session;
  locale: string;
  /** Development builds keep the developer tools; packaged builds cannot open them. */
  isDevelopment: boolean;
  /** A link the page tried to follow or open: offered to the system browser (https only, after asking). */
  offerExternalLink: (url: string) => void;
}

/**
 * Creates the editor window with the Electron security checklist applied: context isolation,
 * the sandbox, no Node in the page, web security on, the page served from `app://flowpack`
 * and nowhere else (every navigation, window.open and webview is refused).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Flowpack Studio',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    // Matches the page's first paint in either theme, so opening does not flash white.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1f22' : '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      session: options.session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.isDevelopment,
    },
  });
  const contents = window.webContents;

  // The page never leaves app://flowpack: a dropped file, a link or a script changing location
  // would otherwise load other content with the preload's bridge attached.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    if (event.isMainFrame) options.offerExternalLink(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No window ever opens; a link meant for one goes to the system browser the same way.
  contents.setWindowOpenHandler(({ url }) => {
    options.offerExternalLink(url);
    return { action: 'deny' };
  });

  // The editor blocks unloading (beforeunload) while flows have unsaved changes. Electron shows
  // no dialog of its own for that, so without this closing or quitting would silently do nothing.
  contents.on('will-prevent-unload', (event) => {
    const text = nativeLabels(options.locale).dialogs;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      message: text.unsavedQuestion,
      detail: text.unsavedDetail,
      buttons: [text.discardButton, text.cancelButton],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // preventDefault here overrides the page's beforeunload: the window closes.
    if (choice === 0) event.preventDefault();
  });

  // A crashed or killed page comes back: on load the editor offers what its recovery journal
  // kept. Not again within a few seconds, so a page that crashes at once does not loop.
  let lastCrash = 0;
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || Date.now() - lastCrash < 10_000) return;
    lastCrash = Date.now();
    contents.reload();
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
