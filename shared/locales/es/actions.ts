import type { actionsEn } from '../en/actions';
import type { Translation } from '../translation';

/** Spanish names of the app's actions, for the UI and the native menus alike. */
export const actionsEs: Translation<typeof actionsEn> = {
  actions: {
    newFlow: 'Nuevo flujo',
    openWorkspace: 'Abrir espacio de trabajo…',
    openFile: 'Abrir archivo…',
    save: 'Guardar',
    saveAs: 'Guardar como…',
    importPack: 'Importar paquete…',
    exportPack: 'Exportar paquete…',
    close: 'Cerrar',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    duplicate: 'Duplicar',
    delete: 'Eliminar',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    zoomReset: 'Zoom al 100 %',
    fitView: 'Ajustar a la vista',
    autoLayout: 'Organizar automáticamente',
    toggleProblems: 'Mostrar u ocultar problemas',
    simulate: 'Simular',
    toggleLiveView: 'Vista en vivo',
    showShortcuts: 'Atajos de teclado',
    // Menú Ayuda
    openDocumentation: 'Documentación',
    openLogsFolder: 'Abrir la carpeta de registros',
  },
  shortcuts: {
    saveNote: 'Los problemas nunca impiden guardar.',
    hint: '{{label}} ({{keys}})',
    or: 'o',
    action: 'Acción',
    keys: 'Teclas',
    intro: 'Las teclas del lienzo funcionan cuando un paso, una conexión o el lienzo tienen el foco.',
  },
};
