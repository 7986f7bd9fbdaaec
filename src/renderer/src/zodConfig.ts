// Zod compiles its object parsers with `new Function` where eval is allowed, and probes for that
// by trying it. The renderer's CSP allows no eval, so the probe only fails, yet Chromium still
// reports it as a Trusted Types violation. jitless skips the probe; parsing is the same.
// Imported first by main.tsx: Zod reads the setting as each schema is built.
import { config } from 'zod';

config({ jitless: true });
