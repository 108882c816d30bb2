#!/usr/bin/env node
/**
 * The `reply-lint` command (Node only). Usage: `reply-lint --help`.
 */
import { createInterface } from 'node:readline/promises'
import { run } from './run.js'

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function ask(question: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await lines.question(question)
  } finally {
    lines.close()
  }
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

run(process.argv.slice(2), {
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
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`reply-lint: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 2
  },
)
