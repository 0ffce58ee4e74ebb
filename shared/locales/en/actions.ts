/**
 * English names of the app's actions (shared/host/actions.ts): the same text in the UI's
 * buttons, their hints, the shortcut list and the desktop app's native menus.
 */
export const actionsEn = {
  actions: {
    newFlow: 'New flow',
    openWorkspace: 'Open workspace…',
    openFile: 'Open file…',
    save: 'Save',
    saveAs: 'Save as…',
    importPack: 'Import pack…',
    exportPack: 'Export pack…',
    close: 'Close',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    duplicate: 'Duplicate',
    delete: 'Delete',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Zoom to 100%',
    fitView: 'Fit view',
    autoLayout: 'Auto layout',
    toggleProblems: 'Show or hide Problems',
    simulate: 'Simulate',
    toggleLiveView: 'Live view',
    showShortcuts: 'Keyboard shortcuts',
    // Help menu
    openDocumentation: 'Documentation',
    openLogsFolder: 'Open logs folder',
  },
  shortcuts: {
    /** After Save's hint. */
    saveNote: 'Problems never block saving.',
    /** A button's hint: the action and its key. */
    hint: '{{label}} ({{keys}})',
    or: 'or',
    action: 'Action',
    keys: 'Keys',
    intro: 'Canvas keys work while a step, a connection or the canvas has the focus.',
  },
};
