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

  /** 0-based line holding `offset`: binary search for the last line start <= offset. */
  private lineAt(offset: number): number {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.lineStarts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return low
  }
}
