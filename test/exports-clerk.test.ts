/**
 * Exports a clerk can use as they are: read back with a spreadsheet library (exceljs, test-only), the way
 * Excel or WPS would read them — page setup, print titles, filter range, widths, cell types — and the CSV
 * as a spreadsheet would take it (identifiers stay text, Chinese labels, 合计 last).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { representedCount, representedCountSql } from '../src/modules/cases/case-core.js';
import { PartyRole } from '../src/modules/cases/party.entity.js';
import { graphql } from './gql/index.js';
import { orgIds, type OrgIds } from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';

const WageClaim = graphql(`
  query ExportsWageClaim($filter: CaseFilter) { cases(first: 5, filter: $filter) { nodes { id number headcount } } }
`);

const ALL_TIME = { kind: 'CUSTOM' as const, from: '2021-01-01', to: '2030-12-31' };
const WAGE_CLAIM = '72名农民工讨要沙障工程工资';

let t: TestHub;
let org: OrgIds;
let hjDispatcher: string;
let idNumber: string;
let phone: string;

beforeAll(async () => {
  t = await startTestHub();
  org = await orgIds(t, await t.login('admin'));
  hjDispatcher = await t.login('hj.dispatcher');
  const [p] = await t.sql<{ id_number: string; phone: string }>(
    `select p.id_number, p.phone from case_party p join hub_case k on k.id = p.case_id where k.title = $1 and p.role = 'APPLICANT'`, [WAGE_CLAIM]);
  idNumber = p!.id_number;
  phone = p!.phone;
});
afterAll(() => t?.close());

const download = async (path: string, token: string) => {
  const res = await fetch(new URL(path, t.url), { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, await res.clone().text().then((b) => b.slice(0, 300))).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

/** RFC 4180 fields, as a spreadsheet splits them (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Display width as Excel measures a fixed-width font: CJK characters count two. */
const width = (text: string) => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

function expectPrintable(sheet: ExcelJS.Worksheet): void {
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(sheet.pageSetup.printTitlesRow).toBe('1:2');
  expect(sheet.headerFooter.oddFooter).toContain('&P');
}

/** Every header is readable: its column is as wide as the header, or the header wraps within its row's height. */
function expectHeadersUncut(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(2);
  const lines = (header.height ?? 15) / 15;
  header.eachCell((cell, col) => {
    const columnWidth = sheet.getColumn(col).width!;
    expect(columnWidth * lines, String(cell.value)).toBeGreaterThanOrEqual(width(String(cell.value)) + 2);
  });
}

describe('the case list', () => {
  it('counts the 72 workers as 72 (the company they claim against is not represented by the case)', async () => {
    const cases = (await t.gql(WageClaim, { filter: { search: WAGE_CLAIM } }, hjDispatcher)).cases.nodes;
    expect(cases.map((c) => c.headcount)).toEqual([72]);
    // The TypeScript rule and its SQL form agree on every case of the demo data.
    const viaSql = await t.sql<{ id: number; n: number }>(`select k.id, ${representedCountSql('k')} as n from hub_case k order by k.id`);
    const parties = await t.sql<{ case_id: number; role: PartyRole; headcount: number }>(`select case_id, role, headcount from case_party`);
    expect(viaSql.length).toBeGreaterThan(5);
    for (const { id, n } of viaSql) expect(n, `case ${id}`).toBe(representedCount(parties.filter((p) => p.case_id === id)));
  });

  it('as CSV keeps the 18-digit ID number and the phone as text for Excel and WPS (a tab before them)', async () => {
    const csv = (await download(`/exports/cases.csv?filter=${encodeURIComponent(JSON.stringify({ search: WAGE_CLAIM }))}`, hjDispatcher)).toString('utf8');
    const [header, row, ...rest] = parseCsv(csv.slice(1));
    expect(rest).toEqual([]);
    const at = (name: string) => row![header!.indexOf(name)];
    expect(at('申请人证件号')).toBe(`\t${idNumber}`);
    expect(at('申请人电话')).toBe(`\t${phone}`);
    expect(at('申请人证件号')!.trim()).toMatch(/^\d{17}[\dX]$/); // trimming gives the value back, digit for digit
    expect(at('代表人数')).toBe('72');
    expect(at('争议金额（元）')).toBe('302000.00');
  });

  it('as xlsx is ready to print: title, A4 landscape one page wide, header repeated, filter, widths from content, text IDs', async () => {
    const filter = { centerSubtreeOf: org.center('杭锦旗综治中心') };
    const book = await readWorkbook(await download(`/exports/cases.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}`, hjDispatcher));
    const sheet = book.getWorksheet('案件清单')!;
    expectPrintable(sheet);
    expect(String(sheet.getCell('A1').value)).toMatch(/^杭锦旗综治中心 案件清单（全部受理日期，导出于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/);
    expect(sheet.getCell('A1').isMerged).toBe(true);
    const last = sheet.actualRowCount;
    expect(sheet.autoFilter).toBe(`A2:V${last}`);
    expectHeadersUncut(sheet);

    const headers = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    const col = (name: string) => headers.indexOf(name) + 1;
    const wage = sheet.getRows(3, last - 2)!.find((r) => r.getCell(col('标题')).value === WAGE_CLAIM)!;
    const id = wage.getCell(col('申请人证件号'));
    expect(id.type).toBe(ExcelJS.ValueType.String);
    expect(id.value).toBe(idNumber);
    expect(id.numFmt).toBe('@');
    expect(wage.getCell(col('申请人电话')).value).toBe(phone);
    expect(sheet.getColumn(col('申请人证件号')).width).toBeGreaterThanOrEqual(18);
    expect(wage.getCell(col('代表人数')).value).toBe(72);
    expect(wage.getCell(col('争议金额（元）'))).toMatchObject({ type: ExcelJS.ValueType.Number, value: 302000, numFmt: '#,##0.00' });
    expect(wage.getCell(col('受理时间')).type).toBe(ExcelJS.ValueType.Date);
    // Columns are sized by what they hold: the title column is wider than the risk column.
    expect(sheet.getColumn(col('标题')).width!).toBeGreaterThan(sheet.getColumn(col('风险')).width!);
    expect(sheet.getColumn(col('标题')).width!).toBeGreaterThanOrEqual(width(WAGE_CLAIM));
  });
});

describe('the ledger', () => {
  const period = encodeURIComponent(JSON.stringify(ALL_TIME));

  it('as xlsx puts 合计 below the filter range, names the center and period, and prints like the case list', async () => {
    const leader = await t.login('yj.leader');
    const book = await readWorkbook(await download(`/exports/ledger.xlsx?centerId=${encodeURIComponent(org.center('伊金霍洛旗综治中心'))}&period=${period}`, leader));
    expect(book.worksheets.map((s) => s.name)).toEqual(['按中心', '按部门', '按类别', '按渠道', '按种类', '按风险']);
    for (const sheet of book.worksheets) {
      expectPrintable(sheet);
      expectHeadersUncut(sheet);
      expect(String(sheet.getCell('A1').value)).toBe(`伊金霍洛旗综治中心 台账（2021-01-01 至 2030-12-31，${sheet.name}）`);
      const last = sheet.actualRowCount;
      expect(sheet.getCell(`A${last}`).value, sheet.name).toBe('合计');
      expect(sheet.autoFilter, sheet.name).toBe(`A2:T${last - 1}`);
      expect(sheet.getCell(`B${last}`).type).toBe(ExcelJS.ValueType.Number);
    }
    const byKind = book.getWorksheet('按种类')!;
    const sum = byKind.getRows(3, byKind.actualRowCount - 3)!.reduce((s, r) => s + Number(r.getCell(2).value), 0);
    expect(byKind.getCell(`B${byKind.actualRowCount}`).value).toBe(sum);
  });

  it('as CSV names each breakdown in Chinese and ends with one 合计 row', async () => {
    const leader = await t.login('yj.leader');
    const csv = (await download(`/exports/ledger.csv?centerId=${encodeURIComponent(org.center('伊金霍洛旗综治中心'))}&period=${period}`, leader)).toString('utf8');
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header!.slice(0, 3)).toEqual(['维度', '分组', '受理数']);
    const dimensions = new Set(rows.slice(0, -1).map((r) => r[0]));
    expect([...dimensions].sort()).toEqual(['按中心', '按种类', '按渠道', '按类别', '按部门', '按风险'].sort());
    expect(csv).not.toMatch(/\b(CENTER|AGENCY|CATEGORY|CHANNEL|KIND|RISK)\b/);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['', '合计']);
    expect(rows.filter((r) => r[1] === '合计')).toHaveLength(1);
  });
});
