import { describeValue, ReplyLintError } from '../errors.js'
import type { ReplyDocument } from '../parse/document.js'
import type {
  AnyRule,
  Diagnostic,
  LintOptions,
  LintResult,
  Plugin,
  ReplyContext,
  RuleOptions,
  RuleSetting,
  Severity,
  SeverityOrOff,
  Suggestion,
} from '../types.js'
import { compileAllowList } from './allow-list.js'
import { normalizeRule, PLUGIN_NAME, prefixRule } from './define-rule.js'
import { isDenseArrayOf } from './dense-array.js'
import { didYouMean } from './did-you-mean.js'
import { mergeReplyContexts, validateReplyContext } from './reply-context.js'

/** A named starting configuration. */
export interface Preset {
  description: string
  rules: Readonly<Record<string, RuleSetting>>
  context?: ReplyContext
}

/**
 * A markup format (Markdown, HTML) the engine can lint. The engine itself only reads plain text and
 * never imports a markup parser: a format finds the prose in `source`, has `lintProse` lint it as
 * plain text, and returns the result in `source`'s own offsets, after the directives in its
 * comments (see `config.reportUnusedDirectives`) had their say.
 */
export interface SourceFormat {
  lint(source: string, lintProse: (prose: string) => LintResult, config: ResolvedConfig): LintResult
}

/** What an engine is built from: the rules it knows, the presets that bundle them, the formats it reads. */
export interface Registry {
  rules: readonly AnyRule[]
  presets: Readonly<Record<string, Preset>>
  defaultPreset: string
  /** Markup formats besides plain `text`, by the name `LintOptions.format` uses. */
  formats?: Readonly<Record<string, SourceFormat>>
  /**
   * Checks the suggested rewrites of one lint against the whole reply and returns the diagnostics
   * with the rewrites it keeps. `relint` lints a piece of text with the same rules and context (and
   * no vetting), so a rewrite can be tried on the sentences it changes.
   */
  vetSuggestions?: SuggestionVetter
}

/**
 * Prepares the check of one lint's rewrites and returns what gives the rewrites it keeps of
 * `diagnostics[index]`, asked once per diagnostic when its suggestions are first read.
 */
export interface SuggestionVetter {
  (
    document: ReplyDocument,
    diagnostics: readonly Diagnostic[],
    relint: (text: string) => readonly Diagnostic[],
    replyContext: Readonly<ReplyContext>,
  ): (index: number) => Suggestion[]
  /** Rules whose findings the vetter never reads: `relint` does not run them. */
  readonly unread?: ReadonlySet<string>
}

export interface ActiveRule {
  rule: AnyRule
  severity: Severity
  /** The rule's own options, defaults filled in (without `allow`, which the engine keeps apart). */
  options: Readonly<RuleOptions>
  /** Phrases this rule never reports (its `allow` option); empty when none. */
  allow: readonly string[]
}

export interface ResolvedConfig {
  /** Enabled rules, sorted by id so output never depends on object key order. */
  rules: readonly ActiveRule[]
  context: Readonly<ReplyContext>
  /** `text`, or the name of one of the registry's formats. */
  format: string
  /** Phrases no rule reports (the `allow` option); empty when none. */
  allow: readonly string[]
  /** How loud `unused-directive` diagnostics are; `off` when they are not reported. */
  reportUnusedDirectives: SeverityOrOff
}

const SEVERITIES = ['off', 'info', 'warn', 'error'] as const
const SEVERITY_LIST = SEVERITIES.map((severity) => `"${severity}"`).join(', ')
/** The keys of the options `createLinter` takes (a config file adds `ignores`). */
export const OPTION_KEYS = [
  'preset',
  'rules',
  'plugins',
  'context',
  'format',
  'allow',
  'reportUnusedDirectives',
] as const
const NO_PHRASES: readonly string[] = Object.freeze([])

/** Turns user options into the list of rules to run. Every mistake is a {@link ReplyLintError} naming the field. */
export function resolveConfig(options: LintOptions | undefined, registry: Registry): ResolvedConfig {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object' || Array.isArray(options))
    throw new ReplyLintError(
      'invalid-options',
      `Options must be an object with any of ${OPTION_KEYS.join(', ')}; got ${describeValue(options)}.`,
      'options',
    )
  for (const key of Object.keys(options))
    if (!(OPTION_KEYS as readonly string[]).includes(key))
      throw new ReplyLintError(
        'invalid-options',
        `"${key}" is not a lint option.${didYouMean(key, OPTION_KEYS)} Known options: ${OPTION_KEYS.join(', ')}.`,
        key,
      )
  const format = resolveFormat(options.format, registry)
  const allow = compileAllowList(options.allow, 'allow', 'invalid-options')?.phrases ?? NO_PHRASES
  const reportUnusedDirectives = resolveReportUnused(options.reportUnusedDirectives)

  const known = new Map<string, AnyRule>()
  for (const rule of registry.rules) known.set(rule.id, rule)
  const pluginRules = collectPluginRules(options.plugins, known)

  const presetName = options.preset ?? registry.defaultPreset
  const preset = typeof presetName === 'string' ? registry.presets[presetName] : undefined
  if (!preset || !Object.hasOwn(registry.presets, presetName))
    throw new ReplyLintError(
      'unknown-preset',
      `Unknown preset ${describeValue(presetName)}. Presets: ${Object.keys(registry.presets).join(', ')}.`,
      'preset',
    )

  const settings = new Map<string, { severity: Severity | 'off'; options: RuleOptions | undefined }>()
  const apply = (source: Readonly<Record<string, RuleSetting>>, where: string) => {
    if (!source || typeof source !== 'object' || Array.isArray(source))
      throw new ReplyLintError(
        'invalid-options',
        `${where} must be an object from rule id to a severity (${SEVERITY_LIST}) or [severity, options]; got ${describeValue(source)}.`,
        where,
      )
    for (const [id, setting] of Object.entries(source)) {
      const field = `${where}.${id}`
      if (!known.has(id))
        throw new ReplyLintError(
          'unknown-rule',
          `Unknown rule "${id}" in ${where}.${didYouMean(id, [...known.keys()]) || ` Rules: ${[...known.keys()].sort().join(', ')}.`}`,
          field,
        )
      settings.set(id, parseSetting(setting, field))
    }
  }
  for (const rule of pluginRules)
    settings.set(rule.id, { severity: rule.meta.defaultSeverity ?? 'warn', options: undefined })
  apply(preset.rules, `presets.${presetName}.rules`)
  if (options.rules !== undefined) apply(options.rules, 'rules')

  const rules: ActiveRule[] = []
  for (const [id, setting] of settings) {
    if (setting.severity === 'off') continue
    const rule = known.get(id) as AnyRule
    // `allow` is every rule's option, handled by the engine: the rule never sees it.
    const { allow: ruleAllow, ...own } = setting.options ?? {}
    rules.push({
      rule,
      severity: setting.severity,
      options: mergeOptions(rule, own, `rules.${id}`),
      allow: compileAllowList(ruleAllow, `rules.${id}.allow`, 'invalid-rule-options')?.phrases ?? NO_PHRASES,
    })
  }
  rules.sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0))

  const context = mergeReplyContexts(
    validateReplyContext(preset.context, `presets.${presetName}.context`),
    validateReplyContext(options.context),
  )
  return Object.freeze({ rules: Object.freeze(rules), context, format, allow, reportUnusedDirectives })
}

/** `reportUnusedDirectives`: a severity, `true` for `warn`, `false` (or nothing) for `off`. */
function resolveReportUnused(value: unknown): SeverityOrOff {
  if (value === undefined || value === false) return 'off'
  if (value === true) return 'warn'
  if ((SEVERITIES as readonly unknown[]).includes(value)) return value as SeverityOrOff
  throw new ReplyLintError(
    'invalid-options',
    `reportUnusedDirectives must be true, false or a severity (${SEVERITY_LIST}); got ${describeValue(value)}.`,
    'reportUnusedDirectives',
  )
}

function resolveFormat(format: unknown, registry: Registry): string {
  if (format === undefined || format === 'text') return 'text'
  const formats = registry.formats ?? {}
  if (typeof format === 'string' && Object.hasOwn(formats, format)) return format
  const known = ['text', ...Object.keys(formats)].map((name) => `"${name}"`).join(', ')
  throw new ReplyLintError(
    'unsupported-format',
    `format ${describeValue(format)} is not supported. Formats: ${known}.`,
    'format',
  )
}

function collectPluginRules(plugins: LintOptions['plugins'], known: Map<string, AnyRule>): AnyRule[] {
  if (plugins === undefined) return []
  if (!Array.isArray(plugins))
    throw new ReplyLintError(
      'invalid-options',
      `plugins must be an array; got ${describeValue(plugins)}.`,
      'plugins',
    )
  const added: AnyRule[] = []
  // Index loops, not forEach: a hole in either list is a mistake to report, not an item to skip.
  for (let index = 0; index < plugins.length; index++) {
    const plugin = plugins[index] as AnyRule | Plugin
    const where = `plugins[${index}]`
    const isPlugin = !!plugin && typeof plugin === 'object' && 'rules' in plugin
    const rules = isPlugin ? plugin.rules : [plugin]
    if (isPlugin && (typeof plugin.name !== 'string' || !PLUGIN_NAME.test(plugin.name)))
      throw new ReplyLintError(
        'invalid-rule',
        `${where}.name must be a kebab-case name without "/" (it prefixes the plugin's rule ids); got ${describeValue(plugin.name)}.`,
        `${where}.name`,
      )
    if (!Array.isArray(rules))
      throw new ReplyLintError(
        'invalid-rule',
        `${where}.rules must be an array of rules; got ${describeValue(rules)}.`,
        `${where}.rules`,
      )
    for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) {
      const candidate: unknown = rules[ruleIndex]
      const field = isPlugin ? `${where}.rules[${ruleIndex}]` : where
      const normalized = normalizeRule(candidate, field)
      const rule = isPlugin ? prefixRule(normalized, plugin.name, field) : normalized
      if (known.has(rule.id))
        throw new ReplyLintError(
          'duplicate-rule',
          `${field}: a rule "${rule.id}" is already registered; give yours a prefixed id such as "acme/${rule.id}".`,
          field,
        )
      known.set(rule.id, rule)
      added.push(rule)
    }
  }
  return added
}

function parseSetting(
  setting: unknown,
  field: string,
): { severity: Severity | 'off'; options: RuleOptions | undefined } {
  const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined]
  if (!(SEVERITIES as readonly unknown[]).includes(severity))
    throw new ReplyLintError(
      'invalid-severity',
      `${field}: severity ${describeValue(severity)} is not one of ${SEVERITY_LIST}.`,
      field,
    )
  if (Array.isArray(setting) && setting.length > 2)
    throw new ReplyLintError(
      'invalid-severity',
      `${field}: expected a severity (${SEVERITY_LIST}) or [severity, options]; got an array of ${setting.length} items.`,
      field,
    )
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options)))
    throw new ReplyLintError(
      'invalid-rule-options',
      `${field}: options must be an object; got ${describeValue(options)}.`,
      field,
    )
  return { severity: severity as Severity | 'off', options: options as RuleOptions | undefined }
}

/**
 * Merges user options over the rule's defaults. The defaults double as the schema: an unknown key or
 * a value of another type than its default is refused, then the rule's own `validateOptions` runs.
 */
function mergeOptions(rule: AnyRule, options: RuleOptions | undefined, field: string): Readonly<RuleOptions> {
  const defaults = rule.meta.defaultOptions as RuleOptions
  const merged: RuleOptions = {}
  for (const key of Object.keys(defaults)) defineOwn(merged, key, defaults[key])
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!Object.hasOwn(defaults, key)) {
      const knownKeys = Object.keys(defaults)
      throw new ReplyLintError(
        'invalid-rule-options',
        `${field}: unknown option "${key}". ${knownKeys.length ? `Options: ${knownKeys.join(', ')}, allow.` : 'This rule has no options but "allow".'}`,
        `${field}.${key}`,
      )
    }
    const expected = defaults[key]
    if (!sameShape(expected, value))
      throw new ReplyLintError(
        'invalid-rule-options',
        `${field}: option "${key}" must be ${shapeName(expected)}; got ${describeValue(value)}.`,
        `${field}.${key}`,
      )
    defineOwn(merged, key, value)
  }
  const problem = rule.meta.validateOptions?.(merged)
  if (problem) throw new ReplyLintError('invalid-rule-options', `${field}: ${problem}`, field)
  // A frozen copy all the way down: what a rule does to its options cannot reach the next lint,
  // the defaults of another linter, or the caller's own objects.
  return frozenCopy(merged) as Readonly<RuleOptions>
}

/** Sets an own data property, even one named `__proto__`. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** A deep, frozen copy of plain data (arrays and objects); other values are kept as they are. */
function frozenCopy(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(Array.from(value, frozenCopy))
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value))
    defineOwn(copy, key, frozenCopy((value as Record<string, unknown>)[key]))
  return Object.freeze(copy)
}

function sameShape(expected: unknown, value: unknown): boolean {
  if (Array.isArray(expected)) {
    const itemType = expected.length > 0 ? typeof expected[0] : 'string'
    return isDenseArrayOf(value, (item) => typeof item === itemType)
  }
  if (typeof expected === 'number') return typeof value === 'number' && Number.isFinite(value)
  if (expected === null || typeof expected === 'object')
    return value !== null && typeof value === 'object' && !Array.isArray(value)
  return typeof value === typeof expected
}

function shapeName(expected: unknown): string {
  if (Array.isArray(expected)) return `an array of ${expected.length > 0 ? typeof expected[0] : 'string'}s`
  if (typeof expected === 'number') return 'a finite number'
  if (typeof expected === 'object') return 'an object'
  return `a ${typeof expected}`
}
