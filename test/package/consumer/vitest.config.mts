import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { include: ['replies.test.mts'], setupFiles: ['./vitest.setup.mts'] } })
