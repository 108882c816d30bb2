/**
 * Writes the CommonJS declarations (dist/*.d.cts) from the ES module ones (dist/*.d.ts), after tsup.
 * They say the same thing; two details differ. Relative imports name the `.cjs` files. And a
 * package that ships only ES modules (unified, vfile) cannot be `require`d, so TypeScript refuses
 * to import its types into a CommonJS declaration (TS1479) unless the import says it resolves as
 * an ES module import: such imports get `with { 'resolution-mode': 'import' }`.
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

export function toCommonJsDeclaration(source: string): string {
  let output = source.replace(IMPORT_FROM, (line, head: string, specifier: string) => {
    if (specifier.startsWith('.')) return `${head}'${specifier.replace(/\.js$/, '.cjs')}';`
    if (offersRequire(specifier)) return line
    // A bare side-effect import of an ES-only package has no types to bring in: drop it.
    if (!head.includes('from')) return ''
    // Only a type-only import may say how it resolves.
    const typeOnly = head.replace(/^(import|export)\s+(?!type\b)/, '$1 type ')
    return `${typeOnly}'${specifier}' with { 'resolution-mode': 'import' };`
  })
  // `declare module 'vfile'` augments an ES-only package: it needs its types in the program, which
  // the import above brings in as an ES module import.
  for (const [, specifier] of output.matchAll(/^declare module '([^']+)'/gm))
    if (!offersRequire(specifier as string) && !output.includes(`'${specifier}' with {`))
      output = `import type {} from '${specifier}' with { 'resolution-mode': 'import' };\n${output}`
  return output
}

if (process.argv[1] === import.meta.filename) {
  const files = readdirSync(DIST).filter((name) => name.endsWith('.d.ts'))
  for (const name of files)
    writeFileSync(
      join(DIST, name.replace(/\.d\.ts$/, '.d.cts')),
      toCommonJsDeclaration(readFileSync(join(DIST, name), 'utf8')),
    )
  console.log(`wrote ${files.length} CommonJS declarations`)
}
