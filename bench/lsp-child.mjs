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
//
// The client frames messages itself (one write per message; a push is read only as far as its uri
// and version), so the time measured is the server's and the pipe's, not a client library's.
//
// On a machine shared with other work a wall-clock time also holds the waits for a free core. So,
// where Linux shows it (/proc/<pid>/task/*/schedstat: each thread's time on a core, in ns, exact
// for a thread that is not running when read, as the server's are between keystrokes), the CPU time
// the server spent on each timed keystroke is recorded too, beside the CPU time of the same relint
// here (process.cpuUsage, every thread, as there): their difference is what the protocol costs in
// CPU, the waits left out.
// Prints one JSON line.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { TextDocument } from 'vscode-languageserver-textdocument'

const [textsFile, editsArg, roundsArg] = process.argv.slice(2)
const { texts, offsets } = JSON.parse(readFileSync(textsFile, 'utf8'))
const rounds = Number(roundsArg)
const { createLinter } = await import(new URL('../dist/index.js', import.meta.url).href)
const server = fileURLToPath(new URL('../dist/language-server.js', import.meta.url))

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] })

let nextId = 1
const responses = new Map()
/** Sends one message in one write: the header and the body together. */
function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8')
  child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
}
function request(method, params) {
  const id = nextId++
  send({ id, method, params })
  return new Promise((resolve) => responses.set(id, resolve))
}
const notify = (method, params) => send({ method, params })

// The start of a push as the server writes it: {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":…,"version":…
const PUSH_HEAD =
  /^\{"jsonrpc":"2\.0","method":"textDocument\/publishDiagnostics","params":\{"uri":("(?:[^"\\]|\\.)*"),"version":(\d+)/
const waiting = new Map()
let pending = Buffer.alloc(0)
child.stdout.on('data', (chunk) => {
  const at = performance.now()
  pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
  for (;;) {
    const headerEnd = pending.indexOf('\r\n\r\n')
    if (headerEnd < 0) return
    const length = Number(/Content-Length: (\d+)/i.exec(pending.toString('ascii', 0, headerEnd))[1])
    const start = headerEnd + 4
    if (pending.length < start + length) return
    const head = pending.toString('utf8', start, Math.min(start + length, start + 400))
    const push = PUSH_HEAD.exec(head)
    if (push) {
      const waiter = waiting.get(JSON.parse(push[1]))
      if (waiter && Number(push[2]) === waiter.version) {
        waiting.delete(waiter.uri)
        waiter.resolve(at)
      }
    } else {
      const message = JSON.parse(pending.toString('utf8', start, start + length))
      if (message.id !== undefined && message.method !== undefined) send({ id: message.id, result: null })
      else if (message.id !== undefined) responses.get(message.id)?.(message.result)
    }
    pending = pending.subarray(start + length)
  }
})

await request('initialize', { processId: process.pid, rootUri: null, capabilities: {} })
notify('initialized', {})
/** The server's time on a core so far, all threads (ms), or undefined where /proc does not show it. */
function serverCpu() {
  try {
    let ns = 0
    for (const thread of readdirSync(`/proc/${child.pid}/task`))
      ns += Number(readFileSync(`/proc/${child.pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0])
    return ns / 1e6
  } catch {
    return undefined
  }
}
const ownCpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

const published = (uri, version) => new Promise((resolve) => waiting.set(uri, { uri, version, resolve }))

const lspTimes = []
const relintTimes = []
const serverCpuTimes = []
const relintCpuTimes = []
for (let round = 0; round < rounds; round++) {
  for (const [index, draft] of texts.entries()) {
    const uri = `untitled:bench-${round}-${index}`
    let version = 1
    const document = TextDocument.create(uri, 'plaintext', version, draft)
    const opened = published(uri, version)
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text: draft } })
    await opened
    const linter = createLinter({ preset: 'recommended' })
    linter.lint(draft)
    for (const at of offsets[index].slice(0, Number(editsArg))) {
      const position = document.positionAt(at)
      const typed = published(uri, ++version)
      const serverCpuBefore = serverCpu()
      const start = performance.now()
      notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: position }, text: 'e' }],
      })
      const arrived = await typed
      const serverCpuSpent = serverCpu() - serverCpuBefore
      if (round > 0) lspTimes.push(arrived - start)
      if (round > 0 && !Number.isNaN(serverCpuSpent)) serverCpuTimes.push(serverCpuSpent)
      const erased = published(uri, ++version)
      const after = { line: position.line, character: position.character + 1 }
      notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: after }, text: '' }],
      })
      await erased

      const edited = `${draft.slice(0, at)}e${draft.slice(at)}`
      const relintCpuBefore = ownCpu()
      const relintStart = performance.now()
      linter.lint(edited)
      if (round > 0) relintTimes.push(performance.now() - relintStart)
      if (round > 0) relintCpuTimes.push(ownCpu() - relintCpuBefore)
      linter.lint(draft)
    }
    notify('textDocument/didClose', { textDocument: { uri } })
  }
}
await request('shutdown', null)
notify('exit', null)
child.stdin.end()
console.log(JSON.stringify({ lspTimes, relintTimes, serverCpuTimes, relintCpuTimes }))
