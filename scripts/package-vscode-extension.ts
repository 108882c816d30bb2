/**
 * Builds the VS Code extension in editors/vscode/ and packages it as a .vsix with @vscode/vsce.
 *
 *   npm run package:vscode                    # editors/vscode/reply-lint-<version>.vsix
 *   npm run package:vscode -- --out <folder>  # the .vsix in another folder
 *
 * The extension is one bundled file (vscode-languageclient inside, `vscode` left to the editor),
 * so the package needs no node_modules of its own.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const ROOT = join(import.meta.dirname, '..')
export const EXTENSION = join(ROOT, 'editors', 'vscode')

/** Bundles the extension and packages it; returns the path of the .vsix. */
export async function packageExtension(outFolder = EXTENSION): Promise<string> {
  await build({
    entryPoints: [join(EXTENSION, 'src', 'extension.ts')],
    outfile: join(EXTENSION, 'dist', 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: true,
    logLevel: 'warning',
  })
  const { name, version } = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8'))
  const vsix = join(resolve(outFolder), `${name}-${version}.vsix`)
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', vsix], {
    cwd: EXTENSION,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return vsix
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  packageExtension(values.out).then((vsix) => console.log(vsix))
}
