import type { actionsEn } from '../en/actions';
import type { Translation } from '../translation';

/** Brazilian Portuguese names of the app's actions, for the UI and the native menus alike. */
export const actionsPtBR: Translation<typeof actionsEn> = {
  actions: {
    newFlow: 'Novo fluxo',
    openWorkspace: 'Abrir espaço de trabalho…',
    openFile: 'Abrir arquivo…',
    save: 'Salvar',
    saveAs: 'Salvar como…',
    importPack: 'Importar pacote…',
    exportPack: 'Exportar pacote…',
    close: 'Fechar',
    undo: 'Desfazer',
    redo: 'Refazer',
    cut: 'Recortar',
    copy: 'Copiar',
    paste: 'Colar',
    selectAll: 'Selecionar tudo',
    duplicate: 'Duplicar',
    delete: 'Excluir',
    zoomIn: 'Aumentar zoom',
    zoomOut: 'Diminuir zoom',
    zoomReset: 'Zoom em 100%',
    fitView: 'Ajustar à tela',
    autoLayout: 'Organizar automaticamente',
    toggleProblems: 'Mostrar ou ocultar problemas',
    simulate: 'Simular',
    toggleLiveView: 'Visualização ao vivo',
    showShortcuts: 'Atalhos de teclado',
    // Menu Ajuda
    openDocumentation: 'Documentação',
    openLogsFolder: 'Abrir a pasta de logs',
  },
  shortcuts: {
    saveNote: 'Problemas nunca impedem o salvamento.',
    hint: '{{label}} ({{keys}})',
    or: 'ou',
    action: 'Ação',
    keys: 'Teclas',
    intro: 'As teclas da tela funcionam quando um passo, uma conexão ou a tela está em foco.',
  },
};
