import type nlp from 'compromise/two'
import { ReplyLintError } from '../errors.js'

/** compromise's `nlp` function (its tokenizer, tagger and `match`). */
export type Compromise = typeof nlp

const MODULE = 'compromise/two'

let loaded: Compromise | undefined
let loading: Promise<Compromise> | undefined

/**
 * compromise, loaded on first use. Loading it builds its lexicon and tagger model, which costs more
 * than everything else reply-lint imports together (about 250 ms), so importing reply-lint does not
 * load it: the first lint that needs it does. On Node that happens synchronously through `require`
 * (compromise ships a CommonJS build). Where there is no `require` (a browser), it starts loading
 * as soon as reply-lint is imported; {@link loadNlp} resolves once it is there.
 */
export function compromise(): Compromise {
  if (loaded) return loaded
  const load = syncRequire()
  if (!load)
    throw new ReplyLintError(
      'nlp-unavailable',
      'compromise is still loading in this environment: await loadNlp() once before the first lint.',
    )
  loaded = unwrap(load(MODULE))
  return loaded
}

/** True when compromise is loaded or loads synchronously on first use (Node): `lint()` may run now. */
export function isNlpReady(): boolean {
  return loaded !== undefined || syncRequire() !== undefined
}

/** Resolves once compromise is loaded. Needed only where `require` is missing (browsers), before the first lint. */
export function loadNlp(): Promise<void> {
  if (loaded) return Promise.resolve()
  loading ??= import('compromise/two').then((module) => {
    loaded ??= unwrap(module)
    return loaded
  })
  return loading.then(() => undefined)
}

/**
 * `require` on Node: the CommonJS build's own `module.require`, or in an ES module one made from the
 * `module` built-in, reached through `process` so the core imports no Node built-in.
 */
function syncRequire(): ((id: string) => unknown) | undefined {
  if (typeof module === 'object' && typeof module?.require === 'function') return (id) => module.require(id)
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const builtin = node?.getBuiltinModule?.('module') as
    | { createRequire(from: string): (id: string) => unknown }
    | undefined
  return builtin && typeof import.meta.url === 'string' ? builtin.createRequire(import.meta.url) : undefined
}

/** The function itself (CommonJS) or the module's default export (ES modules). */
function unwrap(module: unknown): Compromise {
  return (typeof module === 'function' ? module : (module as { default: unknown }).default) as Compromise
}

// Without a synchronous require, start loading now so compromise is there by the first lint.
if (!syncRequire()) loadNlp().catch(() => {})
