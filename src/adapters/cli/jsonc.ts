import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser'
import { LineIndex } from '../../parse/positions.js'
import { UsageError } from './errors.js'

/**
 * Parses JSON with comments and trailing commas (what editors call JSONC), after a byte order mark.
 * A mistake is a {@link UsageError} naming the place as `where:line:column` (and in its `location`).
 */
export function parseJsonc(text: string, where: string): unknown {
  const source = text.replace(/^\uFEFF/, '')
  const errors: ParseError[] = []
  const value = parse(source, errors, { allowTrailingComma: true, disallowComments: false })
  const [first] = errors
  if (first) {
    const { line, column } = new LineIndex(source).position(first.offset)
    throw new UsageError(`${where}:${line}:${column}: not valid JSON: ${describeError(first)}.`, {
      file: where,
      line,
      column,
    })
  }
  if (value === undefined)
    throw new UsageError(`${where}:1:1: not valid JSON: the file is empty.`, {
      file: where,
      line: 1,
      column: 1,
    })
  return value
}

function describeError(error: ParseError): string {
  // "CloseBraceExpected" -> "close brace expected"
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
}
