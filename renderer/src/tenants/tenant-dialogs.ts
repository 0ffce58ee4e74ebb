import { registerDialogs } from '../ui/dialog-registry';
import { lazyComponent } from '../ui/lazy-component';

// Each dialog in its own chunk: connections, sync and push are needed only once asked for.
registerDialogs({
  tenants: lazyComponent(() => import('./TenantsDialog'), (m) => m.TenantsDialog),
  push: lazyComponent(() => import('./PushDialog'), (m) => m.PushDialog),
});
