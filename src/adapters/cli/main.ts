#!/usr/bin/env node
/**
 * The `reply-lint` command (Node only). Usage: `reply-lint --help`.
 */
import { createInterface, type Interface } from 'node:readline'
import { parseCliArgs } from './args.js'
import { run } from './run.js'

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Questions on the terminal (--init). Lines are queued as they come, so answers typed ahead are
 * kept; at the end of the input (Ctrl+D) every question gets the empty answer, its default.
 */
let terminal: Interface | undefined
const typedAhead: string[] = []
const waiting: Array<(line: string) => void> = []
let ended = false
function ask(question: string): Promise<string> {
  if (!terminal) {
    terminal = createInterface({ input: process.stdin, output: process.stderr })
    terminal.on('line', (line) => {
      const answer = waiting.shift()
      if (answer) answer(line)
      else typedAhead.push(line)
    })
    terminal.on('close', () => {
      ended = true
      for (const answer of waiting.splice(0)) answer('')
    })
  }
  process.stderr.write(question)
  const line = typedAhead.shift()
  if (line !== undefined || ended) return Promise.resolve(line ?? '')
  return new Promise((resolve) => waiting.push(resolve))
}

/**
 * A reader that stopped reading (`reply-lint -f json dir | head -c 10`) is not a failure: what is
 * left of the report is dropped, the run finishes (no file is left half-fixed), and the exit code
 * is the run's own.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true
    else throw error
  })
  return (text) => {
    if (!closed) stream.write(text)
  }
}

const argv = process.argv.slice(2)

/** `--lsp`: the language server instead of a lint (a mistake in the flags is run()'s to report). */
function wantsLanguageServer(): boolean {
  try {
    return parseCliArgs(argv).lsp
  } catch {
    return false
  }
}

if (wantsLanguageServer())
  // Loaded only here: a lint from the command line never loads the protocol's code.
  import('../lsp/stdio.js').then(({ startLanguageServer }) => startLanguageServer())
else runCli()

function runCli(): void {
  run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin,
    stdout: writerTo(process.stdout),
    stderr: writerTo(process.stderr),
    ask,
  }).then(
    (code) => {
      terminal?.close()
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`reply-lint: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`)
      process.exitCode = 2
    },
  )
}
