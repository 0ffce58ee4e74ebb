import { z } from 'zod';

// The Content-Security-Policy forbids eval, so zod must not try its compiled fast path.
// main.tsx imports this module first: every schema built afterwards (the shared catalog
// builds many at import time) sees the setting.
z.config({ jitless: true });
