// First: zod must be configured before any schema is built (the shared catalog builds them at import).
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// Each feature's actions and dialogs, registered before the shell draws any.
import './app/registrations';
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
