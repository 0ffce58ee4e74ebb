import { lazyComponent } from './lazy-component';

// The dialogs, each in its own chunk: none is needed to show a flow, and together with what
// only they use (packs, tenants, sync, the template gallery, the line diff) they are a tenth
// of the renderer's code. Loaded from the app's own origin, which the CSP allows (script-src 'self').
export const NewFlowDialog = lazyComponent(() => import('../library/NewFlowDialog').then((m) => m.NewFlowDialog));
export const NewFolderDialog = lazyComponent(() => import('../library/NewFolderDialog').then((m) => m.NewFolderDialog));
export const MoveToDialog = lazyComponent(() => import('../library/MoveToDialog').then((m) => m.MoveToDialog));
export const ConfirmTrashDialog = lazyComponent(() => import('../library/ConfirmTrashDialog').then((m) => m.ConfirmTrashDialog));
export const CloseTabDialog = lazyComponent(() => import('./CloseTabDialog').then((m) => m.CloseTabDialog));
export const ConflictDialog = lazyComponent(() => import('./ConflictDialog').then((m) => m.ConflictDialog));
export const CompareDialog = lazyComponent(() => import('./CompareDialog').then((m) => m.CompareDialog));
export const RecoveryDialog = lazyComponent(() => import('./RecoveryDialog').then((m) => m.RecoveryDialog));
export const SaveAsDialog = lazyComponent(() => import('./SaveAsDialog').then((m) => m.SaveAsDialog));
export const SaveTemplateDialog = lazyComponent(() => import('./SaveTemplateDialog').then((m) => m.SaveTemplateDialog));
export const ExportPackDialog = lazyComponent(() => import('../packs/ExportPackDialog').then((m) => m.ExportPackDialog));
export const ImportPackDialog = lazyComponent(() => import('../packs/ImportPackDialog').then((m) => m.ImportPackDialog));
export const TenantsDialog = lazyComponent(() => import('../tenants/TenantsDialog').then((m) => m.TenantsDialog));
export const PushDialog = lazyComponent(() => import('../tenants/PushDialog').then((m) => m.PushDialog));
export const ShortcutsDialog = lazyComponent(() => import('../actions/ShortcutsDialog').then((m) => m.ShortcutsDialog));
