import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    retext: 'src/adapters/retext.ts',
    vitest: 'src/adapters/vitest.ts',
    codemirror: 'src/adapters/codemirror.ts',
  },
  dts: true,
  sourcemap: true,
  // ES2022, not 'node20': for node20, esbuild rewrites every regular expression literal with a
  // Unicode property escape (\p{L}) into a `new RegExp(...)` call, so a regex inside a function was
  // built again on every call (a fifth of a lint's time in some rules). Node 20 runs ES2022 as it is.
  target: 'es2022',
  platform: 'neutral',
  // The application brings its own CodeMirror: two copies of @codemirror/state break an editor.
  external: ['vitest', /^@codemirror\//],
}

export default defineConfig([
  // ESM: dependencies stay imports, so bundlers can dedupe and tree-shake them.
  { ...shared, format: ['esm'], clean: true },
  // CJS: unified and retext ship only as ESM, which `require` cannot load on every Node 20,
  // so the CommonJS build carries its dependencies inside.
  { ...shared, format: ['cjs'], noExternal: [/^(?!vitest|@codemirror\/)/], platform: 'node' },
  // The `reply-lint` command: Node only, ESM (Node 20 runs it natively), no types.
  {
    entry: { cli: 'src/adapters/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'es2022',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
])
