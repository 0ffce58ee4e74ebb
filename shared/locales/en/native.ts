/** The desktop app's native menu titles and dialogs, in this folder's language (the menus' items are the actions' labels, actions.ts). */
export const nativeEn = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  dialogs: {
    chooseWorkspace: 'Open Workspace Folder',
    openFile: 'Open Flow or Pack',
    flowFiles: 'Flows and packs',
    saveFlow: 'Save Flow As',
    onlyFlows: 'Flows',
    savePack: 'Save Pack',
    packFiles: 'Flowpack packs',
    openExternalQuestion: 'Open this address in your browser?',
    openExternalButton: 'Open',
    unsavedQuestion: 'Some flows have unsaved changes.',
    unsavedDetail: 'Close anyway and lose them? Choose Cancel to go back and save.',
    discardButton: 'Close Without Saving',
    cancelButton: 'Cancel',
  },
  // The browser tab the tenant's sign-in page sends back to the app (desktop loopback, browser host).
  signInBack: {
    done: 'Signed in. You can close this tab and go back to Flowpack Studio.',
    failed: 'The sign-in did not complete. Close this tab; Flowpack Studio says why.',
  },
};
