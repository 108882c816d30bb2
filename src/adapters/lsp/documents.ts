import {
  DidChangeTextDocumentNotification,
  type DidChangeTextDocumentParams,
  ErrorCodes,
  Message,
  ResponseError,
  type TextDocumentContentChangeEvent,
  type TextDocumentItem,
} from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { pathOf } from './configuration.js'
import { type PositionEncoding, toUtf16Range } from './positions.js'

/**
 * The drafts the client has open, kept in step with its edits (incremental sync). The text is
 * always held as UTF-16; under UTF-8 positions each change's range is converted against the text
 * as it is just before that change, since a change's range is relative to the previous ones.
 */
export class OpenDocuments {
  private readonly documents = new Map<string, TextDocument>()
  /** The version of the last change read for each document, which may not be applied yet. */
  private readonly lastRead = new Map<string, number>()

  constructor(private readonly encoding: () => PositionEncoding) {}

  open(item: TextDocumentItem): TextDocument {
    const document = TextDocument.create(item.uri, item.languageId, item.version, item.text)
    this.documents.set(item.uri, document)
    return document
  }

  /** Applies the client's edits; undefined for a document that is not open. */
  change(params: DidChangeTextDocumentParams): TextDocument | undefined {
    const document = this.documents.get(params.textDocument.uri)
    if (!document) return undefined
    const { version } = params.textDocument
    const encoding = this.encoding()
    if (encoding === 'utf-16') return TextDocument.update(document, params.contentChanges, version)
    for (const change of params.contentChanges)
      TextDocument.update(document, [inUtf16(document, change, encoding)], version)
    return document
  }

  close(uri: string): void {
    this.documents.delete(uri)
    this.lastRead.delete(uri)
  }

  /**
   * Notes a message as it is read: a change waits its turn behind the messages read before it. Only
   * changes to open documents are noted, and closing forgets them, so a note is never left over.
   */
  read(message: Message): void {
    if (!Message.isNotification(message) || message.method !== DidChangeTextDocumentNotification.method)
      return
    const { textDocument } = message.params as DidChangeTextDocumentParams
    if (this.documents.has(textDocument?.uri)) this.lastRead.set(textDocument.uri, textDocument.version)
  }

  /** Whether a change to the document has been read that is not applied yet: its text is about to change. */
  behind(uri: string): boolean {
    const version = this.lastRead.get(uri)
    return version !== undefined && version !== this.documents.get(uri)?.version
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri)
  }

  /** The open document, or the error a request about any other gets. */
  require(uri: string): TextDocument {
    const document = this.documents.get(uri)
    if (!document)
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `reply-lint has no open document ${uri}: send textDocument/didOpen first.`,
      )
    return document
  }

  /** The open document of a file, found by path: editors spell file URIs in more than one way. */
  byPath(path: string): TextDocument | undefined {
    for (const document of this.documents.values()) if (pathOf(document.uri) === path) return document
    return undefined
  }

  all(): IterableIterator<TextDocument> {
    return this.documents.values()
  }
}

function inUtf16(
  document: TextDocument,
  change: TextDocumentContentChangeEvent,
  encoding: PositionEncoding,
): TextDocumentContentChangeEvent {
  if (!('range' in change)) return change
  return { range: toUtf16Range(document, change.range, encoding), text: change.text }
}
