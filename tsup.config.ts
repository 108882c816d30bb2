import { defineConfig, type Options } from 'tsup'

/** The package's entry points (`exports` in package.json), each with ESM, CommonJS and types. */
const entry = {
  index: 'src/index.ts',
  'rule-kit': 'src/rule-kit.ts',
  testing: 'src/testing/index.ts',
  retext: 'src/adapters/retext.ts',
  vitest: 'src/adapters/vitest.ts',
  codemirror: 'src/adapters/codemirror.ts',
}

const shared: Options = {
  // No source maps: the published files are readable, unminified code, and maps without the
  // sources they point to would only double the tarball.
  sourcemap: false,
  // ES2022, not 'node20': for node20, esbuild rewrites every regular expression literal with a
  // Unicode property escape (\p{L}) into a `new RegExp(...)` call, so a regex inside a function was
  // built again on every call (a fifth of a lint's time in some rules). Node 20 runs ES2022 as it is.
  target: 'es2022',
}

export default defineConfig([
  // ESM: dependencies stay imports, so bundlers can dedupe and tree-shake them. The entries share
  // their code through chunks. The `reply-lint` and `reply-lint-language-server` commands are two
  // more entries: Node only, no types (esbuild keeps the `#!` line of their main.ts).
  {
    ...shared,
    entry: { ...entry, cli: 'src/adapters/cli/main.ts', 'language-server': 'src/adapters/lsp/main.ts' },
    format: ['esm'],
    platform: 'neutral',
    // The application brings its own CodeMirror: two copies of @codemirror/state break an editor.
    external: ['vitest', /^@codemirror\//, /^node:/],
    dts: { entry },
    clean: true,
  },
  // CommonJS: unified, remark, rehype and retext ship only as ES modules, which `require` cannot
  // load on every Node 20, so the CommonJS build carries them inside, once: the entries share one
  // chunk, so there is one engine and one ReplyLintError class however the package is required.
  // compromise (which ships CommonJS), vitest and CodeMirror stay outside.
  {
    ...shared,
    entry,
    format: ['cjs'],
    platform: 'node',
    splitting: true,
    external: ['vitest', /^@codemirror\//, /^compromise(\/|$)/],
    noExternal: [/^(?!vitest$|@codemirror\/|compromise(\/|$))/],
    // The ES-module way to `require` compromise is never taken in CommonJS (`module.require` is).
    define: { 'import.meta.url': 'undefined' },
  },
])
