/**
 * The language server's latency as an editor sees it: from sending a `didChange` of one typed
 * letter to receiving the `publishDiagnostics` for that version, through the built server in a
 * child process over stdio; and, beside it, the same keystrokes relinted in this process, so the
 * difference is what the protocol costs (serialising, the pipe, positions, parsing the message).
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { createLinter } from '../src/index.js'
import { keystrokeOffsets } from './corpus.js'
import { now, percentile } from './stats.js'

export interface LatencyRows {
  lspP50: number
  lspP99: number
  relintP50: number
  relintP99: number
  samples: number
}

/**
 * Each draft is opened, then for each of `edits` seeded places a letter is typed (timed until its
 * diagnostics arrive) and deleted again (untimed), so every timed lint is one letter away from the
 * text linted before it, as in the in-process relint rows. `rounds` passes over the drafts; the
 * first is a warm-up.
 */
export async function measureLspLatency(
  root: string,
  drafts: readonly string[],
  edits: number,
  rounds: number,
): Promise<LatencyRows> {
  const child = spawn(process.execPath, [join(root, 'dist', 'language-server.js'), '--stdio'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  )
  const waiting = new Map<string, { version: number; resolve: (at: number) => void }>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const at = now()
    const waiter = waiting.get(params.uri)
    if (waiter && params.version === waiter.version) {
      waiting.delete(params.uri)
      waiter.resolve(at)
    }
  })
  connection.listen()
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
  })
  await connection.sendNotification(InitializedNotification.type, {})

  const published = (uri: string, version: number) =>
    new Promise<number>((resolve) => waiting.set(uri, { version, resolve }))
  const lspTimes: number[] = []
  const relintTimes: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const [index, draft] of drafts.entries()) {
      const uri = `untitled:bench-${round}-${index}`
      let version = 1
      const document = TextDocument.create(uri, 'plaintext', version, draft)
      const opened = published(uri, version)
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'plaintext', version, text: draft },
      })
      await opened
      const linter = createLinter({ preset: 'recommended' })
      linter.lint(draft)
      for (const at of keystrokeOffsets(draft, edits, index + 1)) {
        const position = document.positionAt(at)
        const typed = published(uri, ++version)
        const start = now()
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: position, end: position }, text: 'e' }],
        })
        const arrived = await typed
        if (round > 0) lspTimes.push(arrived - start)
        const erased = published(uri, ++version)
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version },
          contentChanges: [
            {
              range: { start: position, end: { line: position.line, character: position.character + 1 } },
              text: '',
            },
          ],
        })
        await erased

        const edited = `${draft.slice(0, at)}e${draft.slice(at)}`
        const relintStart = now()
        linter.lint(edited)
        if (round > 0) relintTimes.push(now() - relintStart)
        linter.lint(draft)
      }
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
    }
  }
  await connection.sendRequest(ShutdownRequest.type)
  await connection.sendNotification(ExitNotification.type)
  connection.dispose()
  return {
    lspP50: percentile(lspTimes, 50),
    lspP99: percentile(lspTimes, 99),
    relintP50: percentile(relintTimes, 50),
    relintP99: percentile(relintTimes, 99),
    samples: lspTimes.length,
  }
}
