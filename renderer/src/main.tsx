// First: zod must be configured before any schema is built (the shared catalog builds them at import).
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// Each feature registers the dialogs it owns (kind → lazily loaded component) before the shell draws any.
// Every action's implementation, before any key or button can run one.
import './app/action-registrations';
import './actions/action-dialogs';
import './app/app-dialogs';
import './library/library-dialogs';
import './packs/pack-dialogs';
import './tenants/tenant-dialogs';
import { setupI18n } from './i18n/i18n';
import './theme/theme.css';
import './theme/controls.css';
import './theme/layout.css';
import './theme/top-bar.css';
import './theme/library.css';
import './theme/problems.css';
import './theme/dialogs.css';
import './theme/packs.css';

// Before the first render: a language other than English is loaded first, so nothing shows untranslated.
await setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
