import type { Locale } from '../../shared/catalog/labels';
import type { AppCommand } from '../../shared/host/contract';

/** The words of the native dialogs the main process shows. */
export interface DialogLabels {
  chooseWorkspace: string;
  openFile: string;
  flowFiles: string;
  saveFlow: string;
  onlyFlows: string;
  savePack: string;
  packFiles: string;
  openExternalQuestion: string;
  openExternalButton: string;
  unsavedQuestion: string;
  unsavedDetail: string;
  discardButton: string;
  cancelButton: string;
}

/** Everything native the desktop shell shows: menus (commands and menu titles) and dialogs. */
export interface NativeLabels {
  commands: Record<AppCommand, string>;
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  dialogs: DialogLabels;
}

const LABELS: Record<Locale, NativeLabels> = {
  en: {
    commands: {
      newFlow: 'New Flow',
      openWorkspace: 'Open Workspace…',
      openFile: 'Open File…',
      save: 'Save',
      saveAs: 'Save As…',
      close: 'Close',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      fitView: 'Fit View',
      autoLayout: 'Auto Layout',
      toggleProblems: 'Toggle Problems',
      exportPack: 'Export Pack…',
      importPack: 'Import Pack…',
    },
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
  },
  'pt-BR': {
    commands: {
      newFlow: 'Novo fluxo',
      openWorkspace: 'Abrir espaço de trabalho…',
      openFile: 'Abrir arquivo…',
      save: 'Salvar',
      saveAs: 'Salvar como…',
      close: 'Fechar',
      undo: 'Desfazer',
      redo: 'Refazer',
      cut: 'Recortar',
      copy: 'Copiar',
      paste: 'Colar',
      selectAll: 'Selecionar tudo',
      zoomIn: 'Aumentar zoom',
      zoomOut: 'Diminuir zoom',
      fitView: 'Ajustar à tela',
      autoLayout: 'Organizar automaticamente',
      toggleProblems: 'Mostrar/ocultar problemas',
      exportPack: 'Exportar pacote…',
      importPack: 'Importar pacote…',
    },
    file: 'Arquivo',
    edit: 'Editar',
    view: 'Exibir',
    window: 'Janela',
    help: 'Ajuda',
    dialogs: {
      chooseWorkspace: 'Abrir pasta do espaço de trabalho',
      openFile: 'Abrir fluxo ou pacote',
      flowFiles: 'Fluxos e pacotes',
      saveFlow: 'Salvar fluxo como',
      onlyFlows: 'Fluxos',
      savePack: 'Salvar pacote',
      packFiles: 'Pacotes Flowpack',
      openExternalQuestion: 'Abrir este endereço no navegador?',
      openExternalButton: 'Abrir',
      unsavedQuestion: 'Há fluxos com alterações não salvas.',
      unsavedDetail: 'Fechar mesmo assim e perdê-las? Escolha Cancelar para voltar e salvar.',
      discardButton: 'Fechar sem salvar',
      cancelButton: 'Cancelar',
    },
  },
  es: {
    commands: {
      newFlow: 'Nuevo flujo',
      openWorkspace: 'Abrir espacio de trabajo…',
      openFile: 'Abrir archivo…',
      save: 'Guardar',
      saveAs: 'Guardar como…',
      close: 'Cerrar',
      undo: 'Deshacer',
      redo: 'Rehacer',
      cut: 'Cortar',
      copy: 'Copiar',
      paste: 'Pegar',
      selectAll: 'Seleccionar todo',
      zoomIn: 'Acercar',
      zoomOut: 'Alejar',
      fitView: 'Ajustar a la vista',
      autoLayout: 'Diseño automático',
      toggleProblems: 'Mostrar u ocultar problemas',
      exportPack: 'Exportar paquete…',
      importPack: 'Importar paquete…',
    },
    file: 'Archivo',
    edit: 'Editar',
    view: 'Ver',
    window: 'Ventana',
    help: 'Ayuda',
    dialogs: {
      chooseWorkspace: 'Abrir carpeta del espacio de trabajo',
      openFile: 'Abrir flujo o paquete',
      flowFiles: 'Flujos y paquetes',
      saveFlow: 'Guardar flujo como',
      onlyFlows: 'Flujos',
      savePack: 'Guardar paquete',
      packFiles: 'Paquetes Flowpack',
      openExternalQuestion: '¿Abrir esta dirección en el navegador?',
      openExternalButton: 'Abrir',
      unsavedQuestion: 'Hay flujos con cambios sin guardar.',
      unsavedDetail: '¿Cerrar de todos modos y perderlos? Elija Cancelar para volver y guardar.',
      discardButton: 'Cerrar sin guardar',
      cancelButton: 'Cancelar',
    },
  },
};

/**
 * The language of native menus and dialogs for a system locale (`app.getLocale()`), matched
 * as the renderer matches it: Portuguese (any region) gets Brazilian Portuguese, any Spanish
 * Spanish, the rest English. They follow the system, not a language chosen inside the app.
 */
export function nativeLanguageFor(locale: string): Locale {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  if (language === 'pt') return 'pt-BR';
  if (language === 'es') return 'es';
  return 'en';
}

/** The native labels for a system locale. */
export function nativeLabels(locale: string): NativeLabels {
  return LABELS[nativeLanguageFor(locale)];
}
