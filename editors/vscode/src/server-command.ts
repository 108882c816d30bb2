import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** How the extension starts the language server: a Node module, or a command on the PATH. */
export type ServerCommand = { module: string } | { command: string }

/**
 * The `reply-lint-language-server` to run: the `reply-lint.server.path` setting if set, else the
 * `reply-lint` package installed in the first workspace folder that has it (run with the editor's
 * own Node), else the command on the PATH.
 */
export function serverCommand(
  setting: string | undefined,
  workspaceFolders: readonly string[],
): ServerCommand {
  if (setting) return { command: setting }
  for (const folder of workspaceFolders) {
    let manifest: string
    try {
      manifest = createRequire(join(folder, 'package.json')).resolve('reply-lint/package.json')
    } catch {
      continue
    }
    const module = join(dirname(manifest), 'dist', 'language-server.js')
    if (existsSync(module)) return { module }
  }
  return { command: 'reply-lint-language-server' }
}
