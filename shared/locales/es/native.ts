import type { nativeEn } from '../en/native';
import type { Translation } from '../translation';

/** The desktop app's native menu titles and dialogs, in this folder's language (the menus' items are the actions' labels, actions.ts). */
export const nativeEs: Translation<typeof nativeEn> = {
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
  // The browser tab the tenant's sign-in page sends back to the app (desktop loopback, browser host).
  signInBack: {
    done: 'Sesión iniciada. Puede cerrar esta pestaña y volver a Flowpack Studio.',
    failed: 'No se completó el inicio de sesión. Cierre esta pestaña; Flowpack Studio indica por qué.',
  },
};
