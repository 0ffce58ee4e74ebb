import type { nativeEn } from '../en/native';
import type { Translation } from '../translation';

/** The desktop app's native menu titles and dialogs, in this folder's language (the menus' items are the actions' labels, actions.ts). */
export const nativePtBR: Translation<typeof nativeEn> = {
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
  // The browser tab the tenant's sign-in page sends back to the app (desktop loopback, browser host).
  signInBack: {
    done: 'Login concluído. Você pode fechar esta aba e voltar ao Flowpack Studio.',
    failed: 'O login não foi concluído. Feche esta aba; o Flowpack Studio diz por quê.',
  },
};
