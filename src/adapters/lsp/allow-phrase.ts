import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type FormattingOptions, modify, parse } from 'jsonc-parser'
import type { WorkspaceEdit } from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { Diagnostic } from '../../types.js'
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
  if (!/\.json[c]?$/.test(configPath)) return undefined
  const text = files.text(configPath)
  if (text === undefined) return undefined
  const current = keyPath.reduce<unknown>(
    (value, key) => (value as Record<string, unknown> | undefined)?.[key],
    parse(text, [], { allowTrailingComma: true }),
  )
  if (Array.isArray(current) && current.includes(phrase)) return undefined
  const formatting = formattingOf(text)
  const changes = modify(text, [...keyPath, -1], phrase, {
    formattingOptions: formatting,
    isArrayInsertion: true,
  })
  const document = TextDocument.create(uriOf(configPath), 'json', 0, text)
  const edits = textEdits(
    document,
    changes.map((change) => ({
      range: [change.offset, change.offset + change.length],
      text: change.content,
    })),
    encoding,
  )
  return workspaceEdit(document.uri, files.version(configPath), edits, support)
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

/** Indent as the file does: tabs, or the width of its first indented line. */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1]
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol }
  return { insertSpaces: true, tabSize: indent?.length ?? 2, eol }
}

function isInside(path: string, folder: string): boolean {
  const shown = relative(folder, path)
  return shown !== '' && !shown.startsWith('..') && !isAbsolute(shown)
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href
}
