import { crc32, inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';

/** Entries by name, each inflated and checked against the CRC and sizes in both the directory and the descriptor. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBe(zip.length - 22);
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  let p = zip.readUInt32LE(end + 16);
  expect(p + directorySize).toBe(end);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const flags = zip.readUInt16LE(p + 8);
    expect(flags & 0x0808).toBe(0x0808); // data descriptor, UTF-8 names
    expect(zip.readUInt16LE(p + 10)).toBe(8);
    const [crc, compressedSize, size] = [zip.readUInt32LE(p + 16), zip.readUInt32LE(p + 20), zip.readUInt32LE(p + 24)];
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    const local = zip.readUInt32LE(p + 42);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);

    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    expect(zip.toString('utf8', local + 30, local + 30 + zip.readUInt16LE(local + 26))).toBe(name);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(start, start + compressedSize));
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    const descriptor = start + compressedSize;
    expect([0, 4, 8, 12].map((o) => zip.readUInt32LE(descriptor + o))).toEqual([0x08074b50, crc, compressedSize, size]);
    entries.set(name, data);
  }
  return entries;
}

