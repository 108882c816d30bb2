/** Where in a file a problem is: what an editor underlines. Line and column are 1-based. */
export interface ErrorLocation {
  file: string
  line?: number
  column?: number
}

/** A mistake in how the CLI was called or in what it was given: exit code 2 and a one-line message. */
export class UsageError extends Error {
  override readonly name = 'UsageError'

  /** `location`: the file at fault (a config file), when there is one; the message names it too. */
  constructor(
    message: string,
    readonly location?: ErrorLocation,
  ) {
    super(message)
  }
}
