import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { findNodeAtLocation, parseTree } from 'jsonc-parser'
import type { WorkspaceEdit } from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { Diagnostic, Edit } from '../../types.js'
import { PACKAGE_KEY } from '../cli/config-file.js'
import type { PositionEncoding } from './positions.js'
import { type EditSupport, textEdits, workspaceEdit } from './text-edits.js'

/** The config file "Allow this phrase" writes when a document has none. */
export const NEW_CONFIG_FILE = 'reply-lint.config.json'

/**
 * A flagged excerpt as an `allow` entry: its words with single spaces. Only plain words are
 * offered: a phrase with markup (`**`, `<`) or the lexicon syntax's characters (`(`, `|`, `?`, `*`,
 * `~`) would not mean what it shows, and a long stretch is a sentence, not a name.
 */
export function allowablePhrase(diagnostic: Diagnostic): string | undefined {
  if (diagnostic.ruleId === 'internal-error') return undefined
  const phrase = diagnostic.excerpt.trim().replace(/\s+/g, ' ')
  if (phrase === '' || phrase.length > 60 || phrase.split(' ').length > 8) return undefined
  return /^[\p{L}\p{N}][\p{L}\p{N} '’&.,/-]*$/u.test(phrase) ? phrase : undefined
}

/** Reading a config file as the editor has it (open, unsaved) or else as it is on disk. */
export interface ConfigFiles {
  /** The text, without a byte order mark; undefined if it cannot be read. */
  text(path: string): string | undefined
  /** The open document's version, or null for a file the editor does not have open. */
  version(path: string): number | null
}

/**
 * The edit that adds `phrase` to the global `allow` list of the config that applies to a document:
 * a JSON config (or package.json's `"reply-lint"` key) is edited where it is, comments kept; with
 * no config, a `reply-lint.config.json` is created in the workspace folder holding the document
 * (or the document's own folder). A JavaScript config is code, so nothing is offered for it; nor
 * when the phrase is already allowed.
 */
export function allowPhraseEdit(options: {
  phrase: string
  configPath: string | undefined
  documentPath: string | undefined
  workspaceRoot: string | undefined
  files: ConfigFiles
  encoding: PositionEncoding
  support: EditSupport
}): WorkspaceEdit | undefined {
  const { phrase, configPath, files, encoding, support } = options
  if (configPath === undefined) return createConfig(phrase, options)
  const keyPath = basename(configPath) === 'package.json' ? [PACKAGE_KEY, 'allow'] : ['allow']
  if (!/\.jsonc?$/.test(configPath)) return undefined
  const text = files.text(configPath)
  if (text === undefined) return undefined
  const insertion = allowInsertion(text, keyPath, phrase)
  if (!insertion) return undefined
  const document = TextDocument.create(uriOf(configPath), 'json', 0, text)
  const edits = textEdits(document, [insertion], encoding)
  return workspaceEdit(document.uri, files.version(configPath), edits, support)
}

/**
 * Where `phrase` goes in a JSON config's text and what to write there: at the end of the `allow`
 * array, or as a new `allow` property after the last one. Written in the file's own layout (its
 * indentation, its line ends, a one-line array kept on one line), so nothing else in the file moves;
 * undefined when the phrase is there already or the file is not a JSON object.
 */
export function allowInsertion(text: string, keyPath: readonly string[], phrase: string): Edit | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: true })
  if (!tree) return undefined
  const value = JSON.stringify(phrase)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const unit = indentUnit(text)
  const list = findNodeAtLocation(tree, [...keyPath])
  if (list) {
    if (list.type !== 'array') return undefined
    const items = list.children ?? []
    if (items.some((item) => item.value === phrase)) return undefined
    const last = items[items.length - 1]
    if (!last) return { range: [list.offset + 1, list.offset + 1], text: value }
    const multiline = /[\r\n]/.test(text.slice(list.offset, list.offset + list.length))
    const at = last.offset + last.length
    return {
      range: [at, at],
      text: multiline ? `,${eol}${indentAt(text, last.offset)}${value}` : `, ${value}`,
    }
  }
  const owner = keyPath.length > 1 ? findNodeAtLocation(tree, keyPath.slice(0, -1)) : tree
  if (owner?.type !== 'object') return undefined
  const last = owner.children?.[owner.children.length - 1]
  const indent = last ? indentAt(text, last.offset) : indentAt(text, owner.offset) + unit
  const property = `"${keyPath[keyPath.length - 1]}": [${eol}${indent}${unit}${value}${eol}${indent}]`
  if (!last)
    return {
      range: [owner.offset + 1, owner.offset + 1],
      text: `${eol}${indent}${property}${eol}${indentAt(text, owner.offset)}`,
    }
  const at = last.offset + last.length
  return { range: [at, at], text: `,${eol}${indent}${property}` }
}

/** The spaces or tabs that start the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? ''
}

/** One level of the file's indentation: a tab, or its first indented line's spaces (2 if none). */
function indentUnit(text: string): string {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1]
  if (indent?.startsWith('\t')) return '\t'
  return ' '.repeat(indent?.length ?? 2)
}

function createConfig(
  phrase: string,
  options: { documentPath: string | undefined; workspaceRoot: string | undefined; support: EditSupport },
): WorkspaceEdit | undefined {
  const { documentPath, workspaceRoot, support } = options
  if (!support.createFiles || !support.documentChanges) return undefined
  const folder =
    workspaceRoot !== undefined && (documentPath === undefined || isInside(documentPath, workspaceRoot))
      ? workspaceRoot
      : documentPath && dirname(documentPath)
  if (folder === undefined) return undefined
  const uri = uriOf(join(folder, NEW_CONFIG_FILE))
  const text = `${JSON.stringify({ allow: [phrase] }, null, 2)}\n`
  return {
    documentChanges: [
      // Without `ignoreIfExists`: if the file appeared meanwhile, the client refuses the whole edit.
      { kind: 'create', uri },
      {
        textDocument: { uri, version: null },
        edits: [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text },
        ],
      },
    ],
  }
}

function isInside(path: string, folder: string): boolean {
  const shown = relative(folder, path)
  return shown !== '' && !shown.startsWith('..') && !isAbsolute(shown)
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href
}
