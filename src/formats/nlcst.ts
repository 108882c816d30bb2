import type { Nodes as NlcstNodes, Root as NlcstRoot } from 'nlcst'
import { LineIndex } from '../parse/positions.js'
import { align } from './align.js'
import { ProseBuilder, type ProseMap } from './source-map.js'

const LINE_BREAK = /[\n\r]/
/** Between the start of a line and `offset` there are only quote markers (`>`, `> >`). */
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]*)+$/

/**
 * The prose of an nlcst tree (from retext, or from remark-retext / rehype-retext) over `source`, the
 * file it was parsed from.
 *
 * mdast-util-to-nlcst and hast-util-to-nlcst position each word by counting along the decoded text
 * of its node, so a word after an escape (`\*`), a character reference (`&amp;`) or a stripped line
 * prefix (list indentation, `> `) is placed a few characters early, and a `<br>` or inline code gets a
 * made-up span. Each leaf is therefore lined up again with the source, starting where its
 * position says or where the previous leaf ended, whichever is later. Whitespace that the tree
 * invented between blocks becomes a paragraph or line break, and lines of a Markdown blockquote
 * start with `> ` as in a plain-text e-mail, so quoted text stays quoted.
 */
export function nlcstProse(tree: NlcstRoot, source: string): ProseMap {
  const builder = new ProseBuilder(source, { boundarySensitive: true })
  let cursor = 0
  let paragraphs = 0
  // Leaves the tree placed one after another came from one text node: they are aligned together.
  let run = ''
  let runStart = -1
  let runEnd = -1

  // Line starts from an index of the source, not by walking back from every run: a long line holds many.
  let lines: LineIndex | undefined
  const quoteMarker = (at: number) => {
    if (!builder.atLineStart) return
    lines ??= new LineIndex(source)
    const lineStart = lines.lineStart(at)
    if (lineStart < at && QUOTE_PREFIX.test(source.slice(lineStart, at))) builder.markup('> ', at)
  }

  const flush = () => {
    if (run === '') return
    const at = Math.min(Math.max(cursor, runStart), source.length)
    const aligned = align(source, at, run, { backslashEscapes: true })
    quoteMarker(aligned?.pieces[0]?.from ?? at)
    if (aligned) {
      for (const piece of aligned.pieces) builder.piece(piece)
      cursor = aligned.end
    } else {
      const end = Math.min(at + run.length, source.length)
      builder.piece({ kind: 'opaque', prose: run, from: at, to: end })
      cursor = end
    }
    run = ''
  }

  const leaf = (value: string, start: number, end: number, kind: string) => {
    if (kind === 'SourceNode') {
      flush()
      // Inline code: remark gives its exact source, rehype only its text.
      const at = Math.min(Math.max(cursor, start), source.length)
      const to = source.startsWith(value, at) ? at + value.length : at
      quoteMarker(at)
      builder.placeholder(at, to)
      cursor = to
      return
    }
    if (kind === 'WhiteSpaceNode' && LINE_BREAK.test(value)) {
      flush()
      const at = Math.max(cursor, start)
      if (source.startsWith(value, at)) {
        builder.piece({ kind: 'text', prose: value, from: at, to: at + value.length })
        cursor = at + value.length
      } else if (value.split(/\r?\n|\r/).length > 2) builder.block()
      else builder.lineBreak()
      return
    }
    if (run !== '' && start !== runEnd) flush()
    if (run === '') runStart = start
    run += value
    runEnd = end
  }

  // Depth-first with a stack of its own (children pushed last first), never the call stack.
  const stack: NlcstNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as NlcstNodes
    if (node.type === 'ParagraphNode' && paragraphs++ > 0) {
      flush()
      builder.block()
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as NlcstNodes)
      continue
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    leaf(node.value, start, end, node.type)
  }
  flush()
  return builder.build()
}
