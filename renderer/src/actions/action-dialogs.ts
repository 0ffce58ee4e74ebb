import { registerDialogs } from '../ui/dialog-registry';
import { lazyComponent } from '../ui/lazy-component';

// The Keyboard shortcuts list, drawn from the action registry, and the Help menu's folders where
// the host cannot open them, each in a chunk of its own.
registerDialogs({
  shortcuts: lazyComponent(() => import('./ShortcutsDialog'), (m) => m.ShortcutsDialog),
  supportFolder: lazyComponent(() => import('./SupportFolderDialog'), (m) => m.SupportFolderDialog),
});
