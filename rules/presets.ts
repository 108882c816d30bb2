import type { Preset } from '../src/engine/config.js'
import type { RuleSetting, Severity } from '../src/types.js'
import { builtinRules } from './index.js'

const severityOf = (rule: (typeof builtinRules)[number]): Severity => rule.meta.defaultSeverity ?? 'warn'
const settings = (ids: readonly string[]): Record<string, RuleSetting> =>
  Object.fromEntries(
    builtinRules.filter((rule) => ids.includes(rule.id)).map((rule) => [rule.id, severityOf(rule)]),
  )

/** The rules of the Kingston Express seller guide. */
const KINGSTON_EXPRESS_RULES = [
  'no-blame',
  'no-guarantees',
  'no-unreviewed-refund',
  'require-structure',
  'no-off-platform',
  'no-hostile-tone',
  'no-shouting',
  'no-profanity',
  'no-unneeded-update',
  'escalate-instead',
]

/** Named starting points. `recommended` is the default. */
export const presets: Readonly<Record<string, Preset>> = Object.freeze({
  recommended: {
    description: 'High-precision rules that rarely fire on a good reply.',
    rules: settings(builtinRules.filter((rule) => rule.meta.recommended).map((rule) => rule.id)),
  },
  strict: {
    description: 'Every rule.',
    rules: settings(builtinRules.map((rule) => rule.id)),
  },
  'kingston-express': {
    description: "The Kingston Express seller guide's rules, with its platform name.",
    rules: settings(KINGSTON_EXPRESS_RULES),
    context: { platformName: 'Kingston Express' },
  },
})

export const DEFAULT_PRESET = 'recommended'
