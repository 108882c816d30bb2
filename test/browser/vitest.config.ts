import { defineConfig } from 'vitest/config'

/** `npm run test:browser`: the built playground in a real Chromium. Kept out of `npm test`, which stays fast. */
export default defineConfig({
  test: {
    root: `${import.meta.dirname}/../..`,
    include: ['test/browser/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
