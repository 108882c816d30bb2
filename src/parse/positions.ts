import type { Position } from '../types.js'

/**
 * Maps UTF-16 offsets to 1-based line/column. Line breaks are `\n`, `\r\n` and `\r`,
 * the same set vfile-location and editors use, so positions agree with them.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10 /* \n */) this.lineStarts.push(i + 1)
      else if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.lineStarts.push(i + 1)
      }
    }
  }

  position(offset: number): Position {
    const line = this.lineAt(offset)
    return { line: line + 1, column: offset - (this.lineStarts[line] as number) + 1 }
  }

  /** Offset where the line holding `offset` starts. */
  lineStart(offset: number): number {
    return this.lineStarts[this.lineAt(offset)] as number
  }

  /** The line found last: offsets are mostly asked about in order, on the same line or the next. */
  private last = 0

  /** 0-based line holding `offset`: the last line or the one after it, else a binary search. */
  private lineAt(offset: number): number {
    const starts = this.lineStarts
    const last = this.last
    if ((starts[last] as number) <= offset) {
      if (last + 1 >= starts.length || offset < (starts[last + 1] as number)) return last
      if (last + 2 >= starts.length || offset < (starts[last + 2] as number)) {
        this.last = last + 1
        return last + 1
      }
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    this.last = low
    return low
  }
}
