import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests drive the built site: `dist/` served at / (port 4321) and `dist-course/course/` (built
 * with COURSE_BASE=/course/) served under /course/ (port 4322), both by sirv, a plain static server. `npm run test:e2e` builds both first.
 * The browser is the system Chromium; set COURSE_CHROMIUM to use another binary.
 */
const executablePath = process.env.COURSE_CHROMIUM || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: 'http://127.0.0.1:4321',
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: [
    {
      command: 'npx sirv dist --port 4321 --host 127.0.0.1 --quiet',
      url: 'http://127.0.0.1:4321/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // dist-course/course/ holds the COURSE_BASE=/course/ build, so the site lives under /course/.
      command: 'npx sirv dist-course --port 4322 --host 127.0.0.1 --quiet',
      url: 'http://127.0.0.1:4322/course/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
