/**
 * A streaming ZIP writer (PKWARE APPNOTE 6.3): each entry is deflated as its chunks arrive and its CRC and
 * sizes follow it in a data descriptor (flag bit 3), so neither an entry nor the archive is ever held in
 * memory. Only the central directory — some 50 bytes per entry — is kept until the end.
 *
 * No ZIP64: xlsx and csv exports stay far below 4 GiB, and a clear error beats a corrupt file if one does not.
 */
import { createDeflateRaw, crc32 } from 'node:zlib';
import { finished } from 'node:stream/promises';

export type ZipChunk = string | Uint8Array;

export interface ZipEntry {
  /** Path inside the archive with '/' separators, e.g. 'xl/worksheets/sheet1.xml'; stored as UTF-8. */
  name: string;
  /** Small content whole, large content as chunks pulled one at a time (strings are encoded as UTF-8). */
  data: ZipChunk | AsyncIterable<ZipChunk> | Iterable<ZipChunk>;
  /** Shown as the entry's modification time; defaults to when `zipStream` was called. */
  modified?: Date;
}

export class ZipLimitError extends RangeError {
  override name = 'ZipLimitError';
}

const FLAGS = 0x0008 | 0x0800; // bit 3: sizes and CRC in a data descriptor; bit 11: names are UTF-8
const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate and data descriptors
// 0xFFFFFFFF and 0xFFFF are ZIP64 markers, so the last usable values are one below them.
const MAX_32 = 0xffff_fffe;
const MAX_ENTRIES = 0xfffe;

interface Written {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  time: number;
  date: number;
}

/**
 * The archive as Buffers, produced only as fast as the consumer reads them: give it to
 * `stream.promises.pipeline(zipStream(entries), response)` or `Readable.from`. Entries are pulled one
 * after another, so an entry may be computed from what earlier entries learnt (a row count, say).
 * Stopping early (a closed connection) closes the entry's data iterator, releasing e.g. a database cursor.
 */
export async function* zipStream(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>): AsyncGenerator<Buffer> {
  const defaultTime = new Date();
  const written: Written[] = [];
  const names = new Set<string>();
  let offset = 0;

  for await (const entry of entries) {
    const name = entryName(entry.name, names);
    if (written.length >= MAX_ENTRIES) throw new ZipLimitError(`ZIP64 is not supported: more than ${MAX_ENTRIES} entries`);
    const { time, date } = dosDateTime(entry.modified ?? defaultTime);
    const record: Written = { name, crc: 0, compressedSize: 0, size: 0, offset, time, date };

    const header = localHeader(record);
    offset = grow(offset, header.length, entry.name);
    yield header;

    for await (const compressed of deflate(chunksOf(entry.data), (input) => {
      record.crc = crc32(input, record.crc);
      record.size = grow(record.size, input.length, entry.name);
    })) {
      record.compressedSize = grow(record.compressedSize, compressed.length, entry.name);
      offset = grow(offset, compressed.length, entry.name);
      yield compressed;
    }

    const descriptor = dataDescriptor(record);
    offset = grow(offset, descriptor.length, entry.name);
    yield descriptor;
    written.push(record);
  }

  const directoryOffset = offset;
  for (const record of written) {
    const header = centralHeader(record);
    offset = grow(offset, header.length, 'central directory');
    yield header;
  }
  yield endOfDirectory(written.length, offset - directoryOffset, directoryOffset);
}

/**
 * Raw deflate of a chunk source. Each chunk is written and its callback awaited before the next is pulled,
 * so input never queues up inside zlib; output gathered meanwhile is handed on at once.
 */
async function* deflate(source: AsyncIterable<Buffer>, onInput: (chunk: Buffer) => void): AsyncGenerator<Buffer> {
  const zlib = createDeflateRaw();
  const ready: Buffer[] = [];
  zlib.on('data', (out: Buffer) => ready.push(out));
  const done = finished(zlib);
  done.catch(() => {}); // awaited below; this only keeps an early exit from leaving it unhandled
  try {
    for await (const chunk of source) {
      if (chunk.length === 0) continue;
      onInput(chunk);
      await new Promise<void>((resolve, reject) => zlib.write(chunk, (err) => (err ? reject(err) : resolve())));
      yield* ready.splice(0);
    }
    zlib.end();
    await done;
    yield* ready.splice(0);
  } finally {
    zlib.destroy();
  }
}

async function* chunksOf(data: ZipEntry['data']): AsyncGenerator<Buffer> {
  // A string is itself iterable (by character), so whole values are told apart before iterables.
  if (typeof data === 'string' || data instanceof Uint8Array) {
    yield toBuffer(data);
    return;
  }
  for await (const chunk of data) yield toBuffer(chunk);
}

function toBuffer(chunk: ZipChunk): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function entryName(name: string, seen: Set<string>): Buffer {
  // Names like '../x' or '/etc/x' are how archives escape the folder they are unpacked into.
  if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
    throw new RangeError(`invalid ZIP entry name ${JSON.stringify(name)}`);
  }
  if (seen.has(name)) throw new RangeError(`duplicate ZIP entry name ${JSON.stringify(name)}`);
  seen.add(name);
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length > 0xffff) throw new RangeError(`ZIP entry name longer than 65535 bytes: ${name.slice(0, 40)}…`);
  return bytes;
}

function grow(total: number, by: number, what: string): number {
  const next = total + by;
  if (next > MAX_32) throw new ZipLimitError(`ZIP64 is not supported: ${what} would pass 4 GiB`);
  return next;
}

/** MS-DOS time has no zone; Asia/Shanghai wall clock is what the people unpacking our files live in. */
function dosDateTime(at: Date): { time: number; date: number } {
  const wall = new Date(at.getTime() + 8 * 3_600_000);
  const year = Math.min(Math.max(wall.getUTCFullYear(), 1980), 2107);
  return {
    time: (wall.getUTCHours() << 11) | (wall.getUTCMinutes() << 5) | (wall.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((wall.getUTCMonth() + 1) << 5) | wall.getUTCDate(),
  };
}

function localHeader(r: Written): Buffer {
  const b = Buffer.alloc(30 + r.name.length);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(VERSION, 4);
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(DEFLATE, 8);
  b.writeUInt16LE(r.time, 10);
  b.writeUInt16LE(r.date, 12);
  // CRC (14), sizes (18, 22) stay zero: they follow the data in the descriptor.
  b.writeUInt16LE(r.name.length, 26);
  b.writeUInt16LE(0, 28); // extra field length
  r.name.copy(b, 30);
  return b;
}

function dataDescriptor(r: Written): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(r.crc, 4);
  b.writeUInt32LE(r.compressedSize, 8);
  b.writeUInt32LE(r.size, 12);
  return b;
}

function centralHeader(r: Written): Buffer {
  const b = Buffer.alloc(46 + r.name.length);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(VERSION, 4); // made by: MS-DOS host, so no Unix permissions are implied
  b.writeUInt16LE(VERSION, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(DEFLATE, 10);
  b.writeUInt16LE(r.time, 12);
  b.writeUInt16LE(r.date, 14);
  b.writeUInt32LE(r.crc, 16);
  b.writeUInt32LE(r.compressedSize, 20);
  b.writeUInt32LE(r.size, 24);
  b.writeUInt16LE(r.name.length, 28);
  // extra (30), comment (32), disk (34), internal (36), external attributes (38) stay zero.
  b.writeUInt32LE(r.offset, 42);
  r.name.copy(b, 46);
  return b;
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8); // entries on this disk (disk numbers at 4 and 6 are zero)
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}
