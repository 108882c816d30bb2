import type { Diagnostic, Suggestion } from '../types.js'

const NONE: Suggestion[] = Object.freeze([]) as unknown as Suggestion[]

/**
 * A copy of `diagnostic`, with `overrides`, whose `suggestions` are worked out when first read and
 * kept. Checking a rewrite costs a lint of the text it makes; a caller that never reads rewrites
 * (an underline drawn on each keystroke, a count of problems) does not pay for it. A `compute` that
 * throws offers no rewrite: none is better than one nobody checked.
 */
export function deferSuggestions(
  diagnostic: Diagnostic,
  overrides: Partial<Omit<Diagnostic, 'suggestions'>>,
  compute: () => Suggestion[],
): Diagnostic {
  const fields = { ...pick(diagnostic), ...overrides }
  let suggestions: Suggestion[] | undefined
  // An object literal, field by field: V8 keeps it a fast object with its accessor, where
  // defineProperty would turn every such diagnostic into a slow dictionary.
  const deferred: Diagnostic = {
    ruleId: fields.ruleId,
    messageId: fields.messageId,
    severity: fields.severity,
    message: fields.message,
    range: fields.range,
    start: fields.start,
    end: fields.end,
    excerpt: fields.excerpt,
    get suggestions(): Suggestion[] {
      if (!suggestions) {
        try {
          suggestions = compute()
        } catch {
          suggestions = NONE
        }
      }
      return suggestions
    },
    docsUrl: fields.docsUrl,
  }
  if (fields.textFingerprint !== undefined) deferred.textFingerprint = fields.textFingerprint
  return deferred
}

/** Every field but the suggestions, read without reading those (they may be deferred themselves). */
function pick(diagnostic: Diagnostic): Omit<Diagnostic, 'suggestions'> {
  const { ruleId, messageId, severity, message, range, start, end, excerpt, docsUrl, textFingerprint } =
    diagnostic
  const fields: Omit<Diagnostic, 'suggestions'> = {
    ruleId,
    messageId,
    severity,
    message,
    range,
    start,
    end,
    excerpt,
    docsUrl,
  }
  if (textFingerprint !== undefined) fields.textFingerprint = textFingerprint
  return fields
}

/**
 * `diagnostic` with `overrides` and its suggestions passed through `map`: at once when they are
 * already known, when first read when they are still deferred.
 */
export function mapSuggestions(
  diagnostic: Diagnostic,
  overrides: Partial<Omit<Diagnostic, 'suggestions'>>,
  map: (suggestions: readonly Suggestion[]) => Suggestion[],
): Diagnostic {
  const own = Object.getOwnPropertyDescriptor(diagnostic, 'suggestions')
  if (own && 'value' in own)
    return { ...diagnostic, ...overrides, suggestions: map(own.value as Suggestion[]) }
  return deferSuggestions(diagnostic, overrides, () => map(diagnostic.suggestions))
}
