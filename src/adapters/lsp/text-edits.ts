import { diffLines, diffWordsWithSpace } from 'diff'
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Edit } from '../../types.js'
import { type PositionEncoding, rangeAt } from './positions.js'

/** What the client accepts in a `WorkspaceEdit` (`workspace.workspaceEdit` capabilities). */
export interface EditSupport {
  /** Versioned `documentChanges`: an edit made for an older text is refused by the client. */
  documentChanges: boolean
  /** `CreateFile` operations, for a config file that does not exist yet. */
  createFiles: boolean
}

/** reply-lint edits (UTF-16 offsets into `document`) as protocol text edits. */
export function textEdits(
  document: TextDocument,
  edits: readonly Edit[],
  encoding: PositionEncoding,
): TextEdit[] {
  return edits.map((edit) => ({ range: rangeAt(document, edit.range, encoding), newText: edit.text }))
}

/**
 * Edits of one document as a `WorkspaceEdit`; versioned when the client takes `documentChanges`
 * (`version` null: a file that is not open in the editor).
 */
export function workspaceEdit(
  uri: string,
  version: number | null,
  edits: TextEdit[],
  support: EditSupport,
): WorkspaceEdit {
  if (support.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] }
  return { changes: { [uri]: edits } }
}

/**
 * The edits that turn `before` into `after`: a fix-all rewrites a few phrases, and replacing the
 * whole text would move the writer's cursor and folds. Lines first (a word diff of a whole long
 * draft takes seconds), then words within each changed stretch of lines; changes that only spaces
 * and punctuation keep apart on one line are one edit ("You'll definitely" -> "It's expected" is one
 * replacement, not four).
 */
export function diffEdits(before: string, after: string): Edit[] {
  const edits: Edit[] = []
  let offset = 0
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed !== '' || added !== '')
      for (const edit of wordEdits(removed, added))
        edits.push({ range: [edit.range[0] + offset, edit.range[1] + offset], text: edit.text })
    offset += removed.length
    removed = ''
    added = ''
  }
  for (const part of diffLines(before, after)) {
    if (part.removed) removed += part.value
    else if (part.added) added += part.value
    else {
      flush()
      offset += part.value.length
    }
  }
  flush()
  return edits
}

function wordEdits(before: string, after: string): Edit[] {
  const edits: { start: number; end: number; text: string }[] = []
  let offset = 0
  let open = false
  for (const part of diffWordsWithSpace(before, after)) {
    if (!part.added && !part.removed) {
      offset += part.value.length
      open = false
      continue
    }
    let edit = edits[edits.length - 1]
    if (!open) {
      const gap = edit ? before.slice(edit.end, offset) : ''
      if (!edit || !/^[^\p{L}\p{N}\r\n]*$/u.test(gap)) {
        edit = { start: offset, end: offset, text: '' }
        edits.push(edit)
      } else edit.text += gap
      open = true
    }
    const current = edit as { start: number; end: number; text: string }
    if (part.removed) offset += part.value.length
    else current.text += part.value
    current.end = Math.max(current.end, offset)
  }
  return edits.map((edit) => ({ range: [edit.start, edit.end], text: edit.text }))
}
