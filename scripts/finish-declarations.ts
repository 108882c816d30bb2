/**
 * Finishes tsup's declarations (dist/*.d.ts) and writes the CommonJS ones (dist/*.d.cts) from them.
 *
 * - A `declare module 'vitest'` augmentation takes effect only in a file that imports the module;
 *   the declaration bundler drops imports it sees no type from, so they are put back.
 * - The CommonJS declarations say the same thing, with relative imports naming the `.cjs` files.
 *   A package that ships only ES modules (unified, vfile) cannot be `require`d, so TypeScript
 *   refuses to import its types into a CommonJS declaration (TS1479): such imports say
 *   `with { 'resolution-mode': 'import' }`. An augmentation of such a package cannot say so; the
 *   CommonJS declaration references the ES module one, which holds it, instead.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')

/** The package name of a bare specifier: `@scope/name/sub` -> `@scope/name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string)
}

/** True when the package offers CommonJS (`require`) types or code for the specifier's package. */
function offersRequire(specifier: string): boolean {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', packageName(specifier), 'package.json'), 'utf8'),
  ) as { type?: string; exports?: unknown }
  if (manifest.exports === undefined) return manifest.type !== 'module'
  return JSON.stringify(manifest.exports).includes('"require"')
}

const IMPORT_FROM = /^((?:import|export)\b[^'"]*?from\s*|import\s*)'([^']+)';$/gm

/** `source` with an `import 'x';` for each module it augments and does not import. */
export function importAugmentedModules(source: string): string {
  let output = source
  for (const [, specifier] of source.matchAll(/^declare module '([^']+)'/gm))
    if (!new RegExp(`from '${specifier}'|^import '${specifier}'`, 'm').test(output))
      output = `import '${specifier}';\n${output}`
  return output
}

/** The CommonJS twin of the ES module declaration `source`, which is in the file `esmFile`. */
export function toCommonJsDeclaration(source: string, esmFile: string): string {
  let output = source.replace(IMPORT_FROM, (line, head: string, specifier: string) => {
    if (specifier.startsWith('.')) return `${head}'${specifier.replace(/\.js$/, '.cjs')}';`
    if (offersRequire(specifier)) return line
    // A bare side-effect import of an ES-only package has no types to bring in: drop it.
    if (!head.includes('from')) return ''
    // Only a type-only import may say how it resolves.
    const typeOnly = head.replace(/^(import|export)\s+(?!type\b)/, '$1 type ')
    return `${typeOnly}'${specifier}' with { 'resolution-mode': 'import' };`
  })
  const augmentsEsOnly = /^declare module '([^']+)' \{\n[\s\S]*?^\}\n/gm
  if ([...output.matchAll(augmentsEsOnly)].some(([, specifier]) => !offersRequire(specifier as string)))
    output = `/// <reference path="./${esmFile}" />\n${output.replace(
      augmentsEsOnly,
      (block, specifier: string) => (offersRequire(specifier) ? block : ''),
    )}`
  return output
}

if (process.argv[1] === import.meta.filename) {
  const files = readdirSync(DIST).filter((name) => name.endsWith('.d.ts'))
  for (const name of files) {
    const source = importAugmentedModules(readFileSync(join(DIST, name), 'utf8'))
    writeFileSync(join(DIST, name), source)
    writeFileSync(join(DIST, name.replace(/\.d\.ts$/, '.d.cts')), toCommonJsDeclaration(source, name))
  }
  console.log(`finished ${files.length} declarations and wrote their CommonJS twins`)
}
