import { registerDialogs } from '../ui/dialog-registry';
import { lazyComponent } from '../ui/lazy-component';

// Each dialog in its own chunk: packs, signing and import planning are needed only once asked for.
registerDialogs({
  exportPack: lazyComponent(() => import('./ExportPackDialog'), (m) => m.ExportPackDialog),
  importPack: lazyComponent(() => import('./ImportPackDialog'), (m) => m.ImportPackDialog),
});
