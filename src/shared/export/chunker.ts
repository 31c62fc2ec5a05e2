/**
 * Gathers the many small strings a writer produces (a cell, a row) into Buffers of about 64 KiB. One Buffer
 * per row would cost one deflate round trip to the thread pool and one socket write per row; one Buffer per
 * file would hold the whole sheet in memory.
 */
export class TextChunker {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly target = 64 * 1024) {}

  /** A Buffer once enough text has gathered, otherwise `undefined`. */
  add(text: string): Buffer | undefined {
    this.parts.push(text);
    this.length += text.length;
    return this.length >= this.target ? this.take() : undefined;
  }

  /** Whatever has gathered, e.g. at the end of a file. */
  take(): Buffer | undefined {
    if (this.parts.length === 0) return undefined;
    const buffer = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.length = 0;
    return buffer;
  }
}
