import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';

// The Content-Security-Policy forbids eval; zod must not try its compiled fast path.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main aria-label="Canvas">Flowpack Studio</main>
  </StrictMode>,
);
