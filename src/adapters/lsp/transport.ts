import {
  AbstractMessageReader,
  AbstractMessageWriter,
  type DataCallback,
  Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node'

/**
 * The protocol's base layer (`Content-Length` framing of UTF-8 JSON) on standard input and output,
 * for vscode-jsonrpc, which does everything above it (requests, responses, cancellation).
 * vscode-jsonrpc's own stream reader and writer pass each message through a queue that waits a
 * turn of the event loop, and write a message's header and body as two writes, the body only once
 * the header's write has called back: a keystroke's diagnostics reached the editor after two more
 * turns and two wake-ups of its process. Here a message is handed over as soon as it is read and
 * written in one write.
 */

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii')

/** Reads framed messages from `input`; `onRead` sees each one as it is read, before it waits its turn. */
export class FramedMessageReader extends AbstractMessageReader implements MessageReader {
  private pending: Buffer = Buffer.alloc(0)
  /** The body length of the message being read, once its header is complete. */
  private bodyLength = -1

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly onRead: (message: Message) => void = () => {},
  ) {
    super()
    input.on('error', (error: Error) => this.fireError(error))
    input.on('close', () => this.fireClose())
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer) => {
      this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
      for (let message = this.next(); message; message = this.next()) {
        this.onRead(message)
        callback(message)
      }
    }
    this.input.on('data', onData)
    return Disposable.create(() => this.input.off('data', onData))
  }

  /** The next whole message in what was read so far, if there is one. */
  private next(): Message | undefined {
    try {
      if (this.bodyLength < 0) {
        const headerEnd = this.pending.indexOf(HEADER_END)
        if (headerEnd < 0) return undefined
        this.bodyLength = contentLength(this.pending.toString('ascii', 0, headerEnd))
        this.pending = this.pending.subarray(headerEnd + HEADER_END.length)
      }
      if (this.pending.length < this.bodyLength) return undefined
      const body = this.pending.toString('utf8', 0, this.bodyLength)
      this.pending = this.pending.subarray(this.bodyLength)
      this.bodyLength = -1
      return JSON.parse(body) as Message
    } catch (error) {
      // A stream that is not the protocol cannot be read on from any point: stop reading it.
      this.pending = Buffer.alloc(0)
      this.bodyLength = -1
      this.fireError(error)
      return undefined
    }
  }
}

function contentLength(header: string): number {
  for (const field of header.split('\r\n')) {
    const colon = field.indexOf(':')
    if (field.slice(0, colon).trim().toLowerCase() !== 'content-length') continue
    const length = Number(field.slice(colon + 1).trim())
    if (Number.isInteger(length) && length >= 0) return length
    throw new Error(`Content-Length must be a whole number; got "${field.slice(colon + 1).trim()}".`)
  }
  throw new Error(`A message header must give its Content-Length; got "${header}".`)
}

/** Writes each message to `output` as one write of its header and body. */
export class FramedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0

  constructor(private readonly output: NodeJS.WritableStream) {
    super()
    output.on('error', (error: Error) => this.fireError(error))
    output.on('close', () => this.fireClose())
  }

  write(message: Message): Promise<void> {
    const body = JSON.stringify(message)
    const frame = `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`
    return new Promise((resolve, reject) => {
      this.output.write(frame, 'utf8', (error) => {
        if (!error) return resolve()
        this.fireError(error, message, ++this.errors)
        reject(error)
      })
    })
  }

  end(): void {
    this.output.end()
  }
}
