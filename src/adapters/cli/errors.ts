/** A mistake in how the CLI was called or in what it was given: exit code 2 and a one-line message. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
