import type { Diagnostic, Suggestion } from '../types.js'
import { applyEdits } from './apply-fixes.js'

/**
 * What a suggestion rewrites, as a person reads it: the stretch of `source` from the first changed
 * or flagged character to the last, before and after the suggestion's edits.
 */
export function previewSuggestion(
  source: string,
  diagnostic: Pick<Diagnostic, 'range'>,
  suggestion: Pick<Suggestion, 'edits'>,
): { before: string; after: string } {
  let start = diagnostic.range[0]
  let end = diagnostic.range[1]
  for (const edit of suggestion.edits) {
    if (edit.range[0] < start) start = edit.range[0]
    if (edit.range[1] > end) end = edit.range[1]
  }
  const shifted = suggestion.edits
    .map((edit) => ({ range: [edit.range[0] - start, edit.range[1] - start] as const, text: edit.text }))
    .sort((a, b) => a.range[0] - b.range[0])
  const before = source.slice(start, end)
  return { before, after: applyEdits(before, shifted) }
}
