/**
 * The small fixed parts of an xlsx package (ECMA-376 part 1): content types, relationships, styles and
 * the workbook. The worksheets, which carry the data, are streamed by xlsx-sheet.ts.
 */
import type { ExportColumnType } from './columns.js';
import { escapeXml } from './xml.js';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Index into `cellXfs` below; the header row uses HEADER_STYLE (bold, wrapped), the title TITLE_STYLE. */
export const HEADER_STYLE = 1;
export const TITLE_STYLE = 8;
export const STYLE_OF: Record<ExportColumnType, number> = {
  string: 0,
  identifier: 7,
  number: 0,
  money: 2,
  integer: 3,
  percent: 4,
  date: 5,
  datetime: 6,
};

export function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
  ).join('');
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `${sheets}</Types>`
  );
}

export const ROOT_RELS =
  `${DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** Sheets are rId1…rIdN, styles come after them. */
export function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `${DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">${sheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`
  );
}

export interface WorkbookSheet {
  name: string;
  /** The header row and the data rows as an A1 range, e.g. 'A2:F101', for the autofilter. */
  filterRange: string;
  /** Rows printed at the top of every page (the title and the header), e.g. 2 for rows 1–2. */
  repeatRows: number;
}

/**
 * Excel keeps each sheet's autofilter range in the hidden `_xlnm._FilterDatabase` name too; without it
 * some versions drop the filter buttons. The range is known only after the rows are written, which is
 * why the workbook part comes after the worksheets in the archive.
 */
export function workbook(sheets: readonly WorkbookSheet[]): string {
  const list = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const filters = sheets.map((s, i) => {
    const absolute = s.filterRange.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    const sheet = `'${s.name.replaceAll("'", "''")}'!`;
    // Print_Titles is how Excel and WPS store "rows to repeat at top" (page setup → sheet → print titles).
    return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(sheet + absolute)}</definedName>` +
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${sheet}$1:$${s.repeatRows}`)}</definedName>`;
  });
  return (
    `${DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${list.join('')}</sheets>` +
    `<definedNames>${filters.join('')}</definedNames></workbook>`
  );
}

// Built-in formats 1 ('0'), 4 ('#,##0.00') and 10 ('0.00%') are the same in every locale; built-in date
// formats are not (14 shows as m/d/yyyy in some), so dates get formats of their own from 164 up.
export const STYLES =
  `${DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>' +
  '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  // The first two fills are reserved by Excel (none, gray125) whether used or not.
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="9">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  // A long header wraps onto a second line instead of being cut off or widening its column.
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  // 49 is the text format '@': a digit typed over an ID number in Excel stays text too.
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
