// The language server's latency as an editor sees it, in a fresh process (so the main benchmark's
// heap and its collections are not in the timings): from sending a `didChange` of one typed letter
// to receiving the `publishDiagnostics` for that version, through the built server
// (dist/language-server.js) over stdio; and, beside it, the same keystrokes relinted here with the
// built package, so the difference is what the protocol costs. Called by bench/run.ts:
//
//   node bench/lsp-child.mjs <texts.json> <edits per draft> <rounds>
//
// Each draft is opened, then at each of the seeded places a letter is typed (timed until its
// diagnostics arrive) and deleted again (untimed), so every timed lint is one letter away from the
// text linted before it, as in the in-process relint rows. The first round is a warm-up.
// Prints one JSON line.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
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

const [textsFile, editsArg, roundsArg] = process.argv.slice(2)
const { texts, offsets } = JSON.parse(readFileSync(textsFile, 'utf8'))
const rounds = Number(roundsArg)
const { createLinter } = await import(new URL('../dist/index.js', import.meta.url).href)
const server = fileURLToPath(new URL('../dist/language-server.js', import.meta.url))

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] })
const connection = createProtocolConnection(
  new StreamMessageReader(child.stdout),
  new StreamMessageWriter(child.stdin),
)
const waiting = new Map()
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  const at = performance.now()
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
const published = (uri, version) => new Promise((resolve) => waiting.set(uri, { version, resolve }))

const lspTimes = []
const relintTimes = []
for (let round = 0; round < rounds; round++) {
  for (const [index, draft] of texts.entries()) {
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
    for (const at of offsets[index].slice(0, Number(editsArg))) {
      const position = document.positionAt(at)
      const typed = published(uri, ++version)
      const start = performance.now()
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: position }, text: 'e' }],
      })
      const arrived = await typed
      if (round > 0) lspTimes.push(arrived - start)
      const erased = published(uri, ++version)
      const after = { line: position.line, character: position.character + 1 }
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: after }, text: '' }],
      })
      await erased

      const edited = `${draft.slice(0, at)}e${draft.slice(at)}`
      const relintStart = performance.now()
      linter.lint(edited)
      if (round > 0) relintTimes.push(performance.now() - relintStart)
      linter.lint(draft)
    }
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } })
  }
}
await connection.sendRequest(ShutdownRequest.type)
await connection.sendNotification(ExitNotification.type)
connection.dispose()
console.log(JSON.stringify({ lspTimes, relintTimes }))
