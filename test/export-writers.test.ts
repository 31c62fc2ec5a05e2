/**
 * The streaming export writers, read back the way a spreadsheet program would: the ZIP is taken apart by
 * a small reader below (central directory, inflate, CRC), the XML parts are checked for balance and for
 * the cells a user would see, and `unzip -t` has the last word where it is installed.
 * The story: 72 workers' wage claim (302000.00 yuan), taken in on National Day 2025 at 08:30 Beijing time.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readZip } from './support/zip.js';
import { describe, expect, it } from 'vitest';
import { ExportValueError } from '../src/shared/export/cells.js';
import type { ExportColumn, ExportRow } from '../src/shared/export/columns.js';
import { csvStream } from '../src/shared/export/csv.js';
import { sheetNameFrom, xlsxStream, xlsxWorkbookStream } from '../src/shared/export/xlsx.js';
import { zipStream } from '../src/shared/export/zip.js';

const HAS_UNZIP = !spawnSync('unzip', ['-v']).error;

const columns: ExportColumn[] = [
  { header: '案件编号', width: 20 },
  { header: '标题 Title' },
  { header: '涉及人数', type: 'integer' },
  { header: '涉案金额（元）', type: 'money' },
  { header: '受理日期', type: 'date' },
  { header: '受理时间', type: 'datetime' },
  { header: '满意率', type: 'percent' },
  { header: '评分', type: 'number' },
];

const wageClaim: ExportRow = [
  'ZZ-2025-0001', `72名农民工讨薪 <&>"'`, 72, '302000.00', '2025-10-01', new Date('2025-10-01T08:30:00+08:00'), 0.85, 4.5,
];
const rows: ExportRow[] = [
  wageClaim,
  // 16:30 UTC on 30 September is already 1 October in Beijing.
  ['ZZ-2025-0002', 'bell\u0007 form\ffeed NUL\u0000 ok\ttab', null, undefined, new Date('2025-09-30T16:30:00Z'), '2025-10-01T00:30:00Z', '', '12.5'],
  ['=HYPERLINK("http://evil")', '  two spaces, _x0041_ literally', -5, -1234.5, '2025-02-28', '2025-10-01', '0.5', -5],
];

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk);
  return Buffer.concat(parts);
}

/** Balanced tags, quoted attributes, only the five entities, no character XML 1.0 forbids, one root. */
function expectWellFormed(xml: string): void {
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n</);
  expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/);
  const body = xml.slice(xml.indexOf('?>') + 2);
  const stack: string[] = [];
  let roots = 0;
  for (const [token] of body.matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith('<')) {
      expect(token.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&>]/);
      continue;
    }
    const tag = /^<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<>]*")*)\s*(\/?)>$/.exec(token);
    expect(tag, token).not.toBeNull();
    const [, closing, name, , selfClosing] = tag!;
    if (stack.length === 0) roots += 1;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

function cell(sheet: string, ref: string): string | undefined {
  return new RegExp(`<c r="${ref}"[^>]*>.*?</c>`).exec(sheet)?.[0];
}

const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

function unzipTest(path: string): string {
  const run = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('xlsx: 72 workers’ wage claim as a spreadsheet', () => {
  const read = async () => readZip(await collect(xlsxStream({ sheetName: '案件台账 2025', columns, rows })));

  it('holds every part of the package, each well formed', async () => {
    const parts = await read();
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml',
    ]);
    for (const data of parts.values()) expectWellFormed(data.toString('utf8'));
    const types = parts.get('[Content_Types].xml')!.toString();
    expect(types).toContain('<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    const workbook = parts.get('xl/workbook.xml')!.toString();
    expect(workbook).toContain('<sheet name="案件台账 2025" sheetId="1" r:id="rId1"/>');
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;案件台账 2025&apos;!$A$1:$H$4</definedName>`);
    const styles = parts.get('xl/styles.xml')!.toString();
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/>');
    const xfs = /<cellXfs count="(\d+)">(.*?)<\/cellXfs>/.exec(styles)!;
    expect(xfs[2]!.match(/<xf /g)!.length).toBe(Number(xfs[1]));
  });

  it('puts a bold, frozen, filterable Chinese header row over sized columns', async () => {
    const sheet = (await read()).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(cell(sheet, 'A1')).toBe('<c r="A1" t="inlineStr" s="1"><is><t>案件编号</t></is></c>');
    expect(cell(sheet, 'D1')).toContain('<t>涉案金额（元）</t>');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:H4"/>');
    expect(sheet).toContain('<col min="1" max="1" width="20" customWidth="1"/>');
    // 7 CJK characters + the filter button are wider than '302,000.00': the header wraps onto two lines.
    expect(sheet).toContain('<col min="4" max="4" width="14" customWidth="1"/>');
    expect(sheet).toContain('<row r="1" ht="30" customHeight="1">');
  });

  it('writes numbers as numbers, money exactly, dates and datetimes as Beijing-time serials', async () => {
    const sheet = (await read()).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(cell(sheet, 'C2')).toBe('<c r="C2" s="3"><v>72</v></c>');
    expect(cell(sheet, 'D2')).toBe('<c r="D2" s="2"><v>302000.00</v></c>');
    expect(cell(sheet, 'E2')).toBe('<c r="E2" s="5"><v>45931</v></c>');
    const at = Number(/<v>([^<]+)<\/v>/.exec(cell(sheet, 'F2')!)![1]);
    expect(at).toBeCloseTo(45931 + 8.5 / 24, 9); // 45931.3541666…
    expect(cell(sheet, 'G2')).toBe('<c r="G2" s="4"><v>0.85</v></c>');
    expect(cell(sheet, 'H2')).toBe('<c r="H2"><v>4.5</v></c>');
    expect(cell(sheet, 'E3')).toBe('<c r="E3" s="5"><v>45931</v></c>');
    expect(cell(sheet, 'F3')).toBe(cell(sheet, 'F2')!.replace('F2', 'F3')); // 00:30 UTC is 08:30 in Beijing
    expect(cell(sheet, 'H3')).toBe('<c r="H3"><v>12.5</v></c>');
    expect(cell(sheet, 'D4')).toBe('<c r="D4" s="2"><v>-1234.5</v></c>');
    expect(cell(sheet, 'E4')).toBe('<c r="E4" s="5"><v>45716</v></c>');
    expect(cell(sheet, 'F4')).toBe('<c r="F4" s="6"><v>45931</v></c>'); // a bare date is its midnight
  });

  it('leaves empty values out, escapes markup, drops control characters and keeps formulas as text', async () => {
    const sheet = (await read()).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(cell(sheet, 'C3')).toBeUndefined();
    expect(cell(sheet, 'D3')).toBeUndefined();
    expect(cell(sheet, 'G3')).toBeUndefined();
    const title = /<t>([^<]*)<\/t>/.exec(cell(sheet, 'B2')!)![1]!;
    expect(title).toBe('72名农民工讨薪 &lt;&amp;&gt;&quot;&apos;');
    expect(unescape(title)).toBe(wageClaim[1]);
    expect(cell(sheet, 'B3')).toBe('<c r="B3" t="inlineStr"><is><t>bell formfeed NUL ok\ttab</t></is></c>');
    expect(cell(sheet, 'B4')).toContain('<t xml:space="preserve">  two spaces, _x005F_x0041_ literally</t>');
    expect(cell(sheet, 'A4')).toBe('<c r="A4" t="inlineStr"><is><t>=HYPERLINK(&quot;http://evil&quot;)</t></is></c>');
    expect(sheet).not.toContain('<f>');
  });

  it('refuses values that do not fit their column, naming the row and column', async () => {
    const bad = (row: ExportRow) => collect(xlsxStream({ sheetName: 'S', columns, rows: [wageClaim, row] }));
    await expect(bad(['x', 'y', 1, '302,000.00'])).rejects.toThrow(/sheet "S", row 3, column "涉案金额（元）": "302,000.00" is not a valid money value/);
    await expect(bad(['x', 'y', 1.5])).rejects.toThrow(ExportValueError);
    await expect(bad(['x', 'y', 1, '1', '2025-02-30'])).rejects.toThrow(/is not a date/);
    await expect(bad(['x', 'y', 1, '1', '2025-02-28', '2025-10-01T08:30'])).rejects.toThrow(/is not a datetime/);
    await expect(bad(['x', 'y', 1, '1', '2025-02-28', new Date(), 0.1, 1, 'one too many'])).rejects.toThrow(/9 values for 8 columns/);
  });

  it('checks sheet names before sending a byte, and makes valid ones from any text', () => {
    expect(() => xlsxStream({ sheetName: '案件/2025', columns, rows })).toThrow(/contains one of/);
    expect(() => xlsxStream({ sheetName: 'x'.repeat(32), columns, rows })).toThrow(/longer than 31/);
    expect(() => xlsxWorkbookStream([{ sheetName: 'Cases', columns, rows }, { sheetName: 'CASES', columns, rows }])).toThrow(/duplicate/);
    expect(sheetNameFrom('案件/2025:十月[汇总]')).toBe('案件_2025_十月_汇总_');
    expect(sheetNameFrom('伊金霍洛旗综治中心'.repeat(4))).toHaveLength(31);
    expect(sheetNameFrom("''")).toBe('Sheet1');
  });

  it.skipIf(!HAS_UNZIP)('is accepted by unzip -t, two sheets and all', async () => {
    const path = join(tmpdir(), `export-writers-${process.pid}-two-sheets.xlsx`);
    try {
      await pipeline(
        xlsxWorkbookStream([{ sheetName: '案件', columns, rows }, { sheetName: "Mediator's notes", columns: [{ header: '备注' }], rows: [['调解成功']] }]),
        createWriteStream(path),
      );
      expect(unzipTest(path)).toMatch(/No errors detected in compressed data/);
      const parts = readZip(readFileSync(path));
      expect(parts.get('xl/workbook.xml')!.toString()).toContain(`&apos;Mediator&apos;&apos;s notes&apos;!$A$1:$A$2`);
      expect(parts.get('xl/worksheets/sheet2.xml')!.toString()).not.toContain('tabSelected');
    } finally {
      rmSync(path, { force: true });
    }
  });
});

describe('xlsx: a titled sheet with a footer', () => {
  it('puts the title above the header, the footer below the filter range, and identifiers in text cells', async () => {
    const parts = readZip(await collect(xlsxStream({
      sheetName: '台账', title: '杭锦旗综治中心 台账（2025-01-01 至 2025-12-31）',
      columns: [{ header: '证件号', type: 'identifier' }, { header: '人数', type: 'integer' }],
      rows: [['511322198203152314', 72], ['150627199001011234', 1]],
      footer: [['合计', 73]],
    })));
    const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString();
    expectWellFormed(sheet);
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(cell(sheet, 'A1')).toContain('杭锦旗综治中心 台账');
    expect(sheet).toContain('<mergeCell ref="A1:B1"/>');
    expect(cell(sheet, 'A2')).toContain('证件号');
    expect(cell(sheet, 'A3')).toBe('<c r="A3" t="inlineStr" s="7"><is><t>511322198203152314</t></is></c>');
    expect(sheet).toContain('<autoFilter ref="A2:B4"/>');
    expect(cell(sheet, 'A5')).toContain('合计');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<col min="1" max="1" width="20" customWidth="1"/>'); // 18 digits and a little air
    expect(parts.get('xl/workbook.xml')!.toString()).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;台账&apos;!$1:$2</definedName>');
  });
});

describe('csv: the same table for Excel users', () => {
  const read = async (r: ExportRow[] = rows) => (await collect(csvStream({ columns, rows: r }))).toString('utf8');

  it('starts with a BOM, ends lines with CRLF, formats dates in Beijing time and keeps money exact', async () => {
    const bytes = await collect(csvStream({ columns, rows }));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines).toHaveLength(5); // header, three rows, and the empty string after the last CRLF
    expect(lines[0]).toBe('案件编号,标题 Title,涉及人数,涉案金额（元）,受理日期,受理时间,满意率,评分');
    expect(lines[1]).toBe(`ZZ-2025-0001,"72名农民工讨薪 <&>""'",72,302000.00,2025-10-01,2025-10-01 08:30,0.85,4.5`);
    expect(lines[2]).toBe('ZZ-2025-0002,bell\u0007 form\ffeed NUL\u0000 ok\ttab,,,2025-10-01,2025-10-01 08:30,,12.5');
    expect(lines[4]).toBe('');
  });

  it('defends against formulas in text but leaves numbers alone', async () => {
    const csv = await read([
      ['=HYPERLINK("http://evil")', '+86 138 0000 0000', -5, '-5'],
      ['@SUM(A1)', '-5', null, null, null, null, null, -5],
      ['\tcmd', '\rcmd'],
    ]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"")",'+86 138 0000 0000,-5,-5,,,,`);
    expect(lines[2]).toBe(`'@SUM(A1),'-5,,,,,,-5`);
    expect(lines[3]).toBe(`'\tcmd,"'\rcmd",,,,,,`);
  });

  it('writes identifiers after a tab so spreadsheets keep every digit, and footer rows last', async () => {
    const csv = (await collect(csvStream({
      columns: [{ header: '申请人' }, { header: '证件号', type: 'identifier' }, { header: '电话', type: 'identifier' }, { header: '人数', type: 'integer' }],
      rows: [['杨文学', '511322198203152314', '0477-6621100', 72], ['某公司', null, '+86 13882245671', 1]],
      footer: [['合计', null, null, 73]],
    }))).toString('utf8');
    expect(csv.slice(1).split('\r\n')).toEqual([
      '申请人,证件号,电话,人数', '杨文学,\t511322198203152314,\t0477-6621100,72', "某公司,,'+86 13882245671,1", '合计,,,73', '',
    ]);
  });

  it('quotes commas, quotes and line breaks', async () => {
    const csv = await read([['a,b', 'say "hi"\nnext line']]);
    expect(csv.slice(1).split('\r\n')[1]).toBe('"a,b","say ""hi""\nnext line",,,,,,');
  });
});

describe('zip: the container', () => {
  it('streams entries given as text, bytes and chunk iterables, including an empty one', async () => {
    async function* chunks() {
      yield '第一段，';
      yield Buffer.from('second part');
      yield new Uint8Array([0x21]);
    }
    const parts = readZip(await collect(zipStream([
      { name: '说明.txt', data: '中文文件名' },
      { name: 'dir/bytes.bin', data: Buffer.from([0, 1, 2, 255]) },
      { name: 'chunks.txt', data: chunks() },
      { name: 'empty.txt', data: '' },
    ])));
    expect([...parts.keys()]).toEqual(['说明.txt', 'dir/bytes.bin', 'chunks.txt', 'empty.txt']);
    expect(parts.get('说明.txt')!.toString()).toBe('中文文件名');
    expect([...parts.get('dir/bytes.bin')!]).toEqual([0, 1, 2, 255]);
    expect(parts.get('chunks.txt')!.toString()).toBe('第一段，second part!');
    expect(parts.get('empty.txt')!.length).toBe(0);
  });

  it('refuses names that would escape the folder or repeat', async () => {
    await expect(collect(zipStream([{ name: '../etc/passwd', data: 'x' }]))).rejects.toThrow(/invalid ZIP entry name/);
    await expect(collect(zipStream([{ name: 'a', data: 'x' }, { name: 'a', data: 'y' }]))).rejects.toThrow(/duplicate/);
  });

  it('closes the row source when the reader goes away, as a dropped download would', async () => {
    let closed = false;
    let produced = 0;
    async function* endless() {
      try {
        for (;;) yield [`ZZ-${++produced}`, '邻里纠纷'.repeat(50)];
      } finally {
        closed = true;
      }
    }
    let received = 0;
    for await (const chunk of xlsxStream({ sheetName: 'S', columns: columns.slice(0, 2), rows: endless() })) {
      received += chunk.length;
      if (received > 100_000) break;
    }
    expect(closed).toBe(true);
    expect(produced).toBeLessThan(50_000);
  });
});

describe('100,000 rows', () => {
  it('stream to a file with bounded memory, rows pulled only as output is taken', async () => {
    // Live memory, not garbage awaiting collection, is what must stay bounded: force a GC before sampling.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => (gc(), process.memoryUsage().heapUsed);
    const TOTAL = 100_000;
    const description = '因拖欠工资引发群体性纠纷，经人社部门协调后达成调解协议。'.repeat(6);
    let produced = 0;
    let peak = 0;
    async function* cases(): AsyncGenerator<ExportRow> {
      for (let i = 1; i <= TOTAL; i++) {
        produced = i;
        if (i % 10_000 === 0) peak = Math.max(peak, heap());
        yield [`ZZ-2025-${String(i).padStart(6, '0')}`, `${description}#${i}`, i % 500, `${i}.50`, '2025-10-01',
          new Date(Date.UTC(2025, 9, 1) + i * 60_000), (i % 100) / 100, i / 7];
      }
    }
    const path = join(tmpdir(), `export-writers-${process.pid}-100k.xlsx`);
    let bytes = 0;
    let producedAtFirstMegabyte = 0;
    const before = heap();
    try {
      await pipeline(
        xlsxStream({ sheetName: '案件', columns, rows: cases() }),
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            bytes += chunk.length;
            if (!producedAtFirstMegabyte && bytes >= 1_000_000) producedAtFirstMegabyte = produced;
            yield chunk;
          }
        },
        createWriteStream(path),
      );
      const growth = peak - before;
      const sheet = readZip(readFileSync(path)).get('xl/worksheets/sheet1.xml')!;
      expect(sheet.length).toBeGreaterThan(60_000_000); // bigger than the bound: holding the sheet would break it
      expect(growth).toBeLessThan(60_000_000);
      expect(producedAtFirstMegabyte).toBeGreaterThan(0);
      expect(producedAtFirstMegabyte).toBeLessThan(TOTAL / 2);
      expect(sheet.subarray(-600).toString()).toContain('<autoFilter ref="A1:H100001"/>');
      if (HAS_UNZIP) expect(unzipTest(path)).toMatch(/No errors detected/);
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('stream as CSV too', async () => {
    let bytes = 0;
    let lines = 0;
    async function* cases(): AsyncGenerator<ExportRow> {
      for (let i = 1; i <= 100_000; i++) yield [`ZZ-${i}`, '邻里纠纷', i, `${i}.00`];
    }
    for await (const chunk of csvStream({ columns, rows: cases() })) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    }
    expect(lines).toBe(100_001);
    expect(bytes).toBeGreaterThan(3_000_000);
  });
});
