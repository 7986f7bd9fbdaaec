// Browser end-to-end tests: the built renderer in Debian's Chromium, talking over HTTP to a real
// core on a fresh temporary case per test (see fixtures.ts). Run `npm run build` first.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/e2e-artifacts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // One retry, so a test that fails once under load on a two-core machine does not sink a run;
  // a retried pass is still named as flaky at the end of `npm test`, to be fixed, not forgotten.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Relative to this file: the repository's test-results/, where scripts/run-tests.mjs reads it.
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
});
