import { registerDialogs } from '../ui/dialog-registry';
import { lazyComponent } from '../ui/lazy-component';

// The shell's own dialogs about open documents, each in its own chunk (the compare view brings
// the line diff). Loaded from the app's own origin, which the CSP allows (script-src 'self').
registerDialogs({
  closeTab: lazyComponent(() => import('./CloseTabDialog'), (m) => m.CloseTabDialog),
  conflict: lazyComponent(() => import('./ConflictDialog'), (m) => m.ConflictDialog),
  compare: lazyComponent(() => import('./CompareDialog'), (m) => m.CompareDialog),
  recovery: lazyComponent(() => import('./RecoveryDialog'), (m) => m.RecoveryDialog),
  saveAs: lazyComponent(() => import('./SaveAsDialog'), (m) => m.SaveAsDialog),
  saveTemplate: lazyComponent(() => import('./SaveTemplateDialog'), (m) => m.SaveTemplateDialog),
});
