import { registerDialogs } from '../ui/dialog-registry';
import { lazyComponent } from '../ui/lazy-component';

// The Keyboard shortcuts list, drawn from the action registry, in a chunk of its own.
registerDialogs({
  shortcuts: lazyComponent(() => import('./ShortcutsDialog').then((m) => m.ShortcutsDialog)),
});
