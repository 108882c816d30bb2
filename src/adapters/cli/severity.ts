import type { RuleSetting } from '../../types.js'

/**
 * ESLint's other spellings of a severity: `0`, `1`, `2` (numbers, or digits in a flag) and
 * `"warning"`. Anything else is passed on for the linter to judge and name in its error.
 */
const SPELLINGS: Readonly<Record<string, string>> = { 0: 'off', 1: 'warn', 2: 'error', warning: 'warn' }

export function normalizeSeverity(severity: unknown): unknown {
  if ((typeof severity === 'number' || typeof severity === 'string') && Object.hasOwn(SPELLINGS, severity))
    return SPELLINGS[String(severity)]
  return severity
}

/** `2` -> `'error'`, `['warning', options]` -> `['warn', options]`, per rule. */
export function normalizeRuleSetting(setting: unknown): RuleSetting {
  if (Array.isArray(setting) && setting.length > 0) {
    const [severity, ...rest] = setting
    return [normalizeSeverity(severity), ...rest] as unknown as RuleSetting
  }
  return normalizeSeverity(setting) as RuleSetting
}

export function normalizeRuleSettings(rules: Readonly<Record<string, unknown>>): Record<string, RuleSetting> {
  // fromEntries defines own properties, so an id such as "__proto__" stays a key for the linter to refuse.
  return Object.fromEntries(Object.entries(rules).map(([id, setting]) => [id, normalizeRuleSetting(setting)]))
}
