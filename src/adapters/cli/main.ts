#!/usr/bin/env node
/**
 * The `reply-lint` command (Node only). Usage: `reply-lint --help`.
 */
import { run } from './run.js'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`reply-lint: unexpected failure: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 2
  },
)
