import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Two test files at a time on CI's two cores (Vitest's default leaves one core idle: cores − 1).
    // Much of the suite waits on Chromium, builds and the disk, so the second worker fills that time.
    maxWorkers: 2,
    env: { TZ: 'Europe/Stockholm' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/site/**'] } },
      // The built-site tests are a project of their own so that their global setup (two real
      // builds, a server and Chromium) runs only when one of them is selected.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/support/buildSites.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
