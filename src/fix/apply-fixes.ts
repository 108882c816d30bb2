import { describeValue, ReplyLintError } from '../errors.js'
import type { Diagnostic, Edit } from '../types.js'
import { textFingerprint } from './fingerprint.js'

/** Which suggestion to apply: an index for every diagnostic, or a choice per diagnostic (`undefined` skips it). */
export type SuggestionPick = number | ((diagnostic: Diagnostic) => number | undefined)

export interface SkippedFix {
  diagnostic: Diagnostic
  /**
   * `stale`: it was found in another text (its `textFingerprint` differs: the draft was edited,
   * or these fixes were applied already), the text at its range is no longer its excerpt, or an
   * edit lies outside the text. `overlap`: its edits touch an edit already applied, or each other.
   */
  reason: 'overlap' | 'stale'
}

export interface FixResult {
  /** The text with the chosen suggestions applied. */
  text: string
  /** Diagnostics whose suggestion was applied. */
  applied: Diagnostic[]
  /** Diagnostics with a suggestion that could not be applied, and why. */
  skipped: SkippedFix[]
}

/**
 * Applies one suggestion per diagnostic (the first, unless `pick` says otherwise). All edits of
 * a suggestion apply together or not at all; a suggestion whose edits overlap one already taken,
 * or each other, is skipped, never merged. A diagnostic found in another text (see
 * `Diagnostic.textFingerprint`) is skipped as stale, so applying the same diagnostics to the
 * result again changes nothing. Diagnostics are taken in position order, so the result is
 * deterministic.
 */
export function applyFixes(
  text: string,
  diagnostics: readonly Diagnostic[],
  pick: SuggestionPick = 0,
): FixResult {
  if (typeof text !== 'string')
    throw new ReplyLintError(
      'invalid-input',
      `applyFixes(text, diagnostics): text must be the linted string; got ${describeValue(text)}.`,
      'text',
    )
  if (!Array.isArray(diagnostics))
    throw new ReplyLintError(
      'invalid-input',
      `applyFixes(text, diagnostics): diagnostics must be an array of diagnostics from lint(); got ${describeValue(diagnostics)}.`,
      'diagnostics',
    )
  diagnostics.forEach((diagnostic, index) => {
    if (!isDiagnostic(diagnostic))
      throw new ReplyLintError(
        'invalid-input',
        `applyFixes: diagnostics[${index}] must be a diagnostic from lint() (with range and suggestions); got ${describeValue(diagnostic)}.`,
        `diagnostics[${index}]`,
      )
  })
  if (typeof pick !== 'function' && !(Number.isInteger(pick) && pick >= 0))
    throw new ReplyLintError(
      'invalid-input',
      `applyFixes: pick must be a suggestion index (0, 1, …) or a function returning one; got ${describeValue(pick)}.`,
      'pick',
    )

  const ordered = [...diagnostics].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let fingerprint: string | undefined
  /** The diagnostic was found in another text: its fingerprint (when it has one) is not this text's. */
  const foundElsewhere = (diagnostic: Diagnostic) => {
    const expected = diagnostic.textFingerprint
    if (typeof expected !== 'string') return false
    fingerprint ??= textFingerprint(text)
    return expected !== fingerprint
  }
  const taken: Edit[] = []
  const applied: Diagnostic[] = []
  const skipped: SkippedFix[] = []
  for (const diagnostic of ordered) {
    const index = typeof pick === 'function' ? pick(diagnostic) : pick
    const suggestion = index === undefined ? undefined : diagnostic.suggestions?.[index]
    if (!suggestion || !Array.isArray(suggestion.edits)) continue
    const [start, end] = diagnostic.range
    if (
      foundElsewhere(diagnostic) ||
      end > text.length ||
      text.slice(start, end) !== diagnostic.excerpt ||
      !suggestion.edits.every((edit: Edit) => fits(edit, text))
    ) {
      skipped.push({ diagnostic, reason: 'stale' })
      continue
    }
    const edits = [...suggestion.edits].sort(byStart)
    if (!editsAreDisjoint(edits) || edits.some((edit) => overlapsAny(edit, taken))) {
      skipped.push({ diagnostic, reason: 'overlap' })
      continue
    }
    for (const edit of edits) insertSorted(taken, edit)
    applied.push(diagnostic)
  }
  return { text: applyEdits(text, taken), applied, skipped }
}

const byStart = (a: Edit, b: Edit) => a.range[0] - b.range[0] || a.range[1] - b.range[1]

/**
 * Edits sorted by start can be applied together: none starts before the previous one ends, and no
 * two insert at the same point (their order would be a guess).
 */
export function editsAreDisjoint(sorted: readonly Edit[]): boolean {
  for (let i = 1; i < sorted.length; i++) {
    const previous = (sorted[i - 1] as Edit).range
    const current = (sorted[i] as Edit).range
    if (current[0] < previous[1]) return false
    if (current[0] === previous[0] && previous[0] === previous[1] && current[0] === current[1]) return false
  }
  return true
}

/** Applies non-overlapping edits sorted by start. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = ''
  let cursor = 0
  for (const edit of edits) {
    result += text.slice(cursor, edit.range[0]) + edit.text
    cursor = edit.range[1]
  }
  return result + text.slice(cursor)
}

/** Enough of a diagnostic's shape to apply it: a [start, end] range and a suggestions array. */
function isDiagnostic(value: unknown): value is Diagnostic {
  if (!value || typeof value !== 'object') return false
  const { range, suggestions } = value as Partial<Diagnostic>
  return (
    Array.isArray(range) &&
    Number.isInteger(range[0]) &&
    Number.isInteger(range[1]) &&
    (suggestions === undefined || Array.isArray(suggestions))
  )
}

function fits(edit: Edit, text: string): boolean {
  if (!edit || !Array.isArray(edit.range) || typeof edit.text !== 'string') return false
  const [start, end] = edit.range
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length
}

/**
 * Two edits conflict when their ranges share text, or both insert at the same point (their order
 * would be a guess). An insertion where a replacement starts goes before it and is fine.
 */
function conflicts(a: Edit, b: Edit): boolean {
  const aInserts = a.range[0] === a.range[1]
  const bInserts = b.range[0] === b.range[1]
  if (aInserts && bInserts) return a.range[0] === b.range[0]
  return a.range[0] < b.range[1] && b.range[0] < a.range[1]
}

function overlapsAny(edit: Edit, sorted: readonly Edit[]): boolean {
  // Only the neighbours around the insertion point can overlap, since taken edits never overlap each other.
  const at = lowerBound(sorted, edit.range[0])
  for (const index of [at - 1, at, at + 1]) {
    const other = sorted[index]
    if (other && conflicts(edit, other)) return true
  }
  return false
}

/** Keeps edits ordered by start, an insertion before a replacement that starts at the same point. */
function insertSorted(sorted: Edit[], edit: Edit): void {
  let at = lowerBound(sorted, edit.range[0])
  while (
    at < sorted.length &&
    (sorted[at] as Edit).range[0] === edit.range[0] &&
    edit.range[1] > edit.range[0]
  )
    at++
  sorted.splice(at, 0, edit)
}

function lowerBound(sorted: readonly Edit[], start: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((sorted[mid] as Edit).range[0] < start) low = mid + 1
    else high = mid
  }
  return low
}
