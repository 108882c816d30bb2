/** Where each built-in rule's documentation lives (its `rules/<id>.md`, published with the package). */
export const DOCS_BASE = 'https://github.com/reply-lint/reply-lint/blob/main/rules/'

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`
}
