import { registerDialogs } from '../ui/dialog-registry';
import { lazyComponent } from '../ui/lazy-component';

// Each dialog in its own chunk: none is needed to show a flow (the template gallery is a large
// part of the new-flow dialog). Loaded from the app's own origin, which the CSP allows.
registerDialogs({
  newFlow: lazyComponent(() => import('./NewFlowDialog'), (m) => m.NewFlowDialog),
  newFolder: lazyComponent(() => import('./NewFolderDialog'), (m) => m.NewFolderDialog),
  moveTo: lazyComponent(() => import('./MoveToDialog'), (m) => m.MoveToDialog),
  confirmTrash: lazyComponent(() => import('./ConfirmTrashDialog'), (m) => m.ConfirmTrashDialog),
});
