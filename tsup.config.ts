import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
  dts: true,
  sourcemap: true,
  target: 'node20',
  platform: 'neutral',
  external: ['vitest'],
}

export default defineConfig([
  // ESM: dependencies stay imports, so bundlers can dedupe and tree-shake them.
  { ...shared, format: ['esm'], clean: true },
  // CJS: unified and retext ship only as ESM, which `require` cannot load on every Node 20,
  // so the CommonJS build carries its dependencies inside.
  { ...shared, format: ['cjs'], noExternal: [/^(?!vitest)/], platform: 'node' },
])
