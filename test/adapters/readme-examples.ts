import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './helpers.js'

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/**
 * The README's example files: each fenced block right after a `<!-- file: NAME -->` comment, by
 * NAME. Tests write them into scratch folders as they are, so the README cannot drift from them.
 */
export function readmeFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const match of README.matchAll(/<!-- file: (\S+) -->\n```[a-z]*\n([\s\S]*?)\n```\n/g))
    files.set(match[1] as string, `${match[2]}\n`)
  return files
}

export function readmeFile(name: string): string {
  const text = readmeFiles().get(name)
  if (text === undefined) throw new Error(`README.md has no example file ${name}`)
  return text
}

/** The commands of the first `sh` block after `heading`, without their comments. */
export function readmeCommands(heading: string): string[] {
  const section = README.slice(README.indexOf(`\n${heading}\n`))
  const block = /```sh\n([\s\S]*?)\n```/.exec(section)?.[1]
  if (block === undefined) throw new Error(`README.md has no sh block under ${heading}`)
  return block.split('\n').map((line) => line.replace(/\s+#\s.*$/, '').trim())
}
