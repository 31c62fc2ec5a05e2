/**
 * The printed frame of every document (一书四单两函): an A4 page with the issuing center, the title, the
 * case number, the body, and the seal block. The seal block is kept on one page with the last piece of
 * content (`end`): a seal alone on a page certifies nothing, and a clerk cannot stamp it.
 */

export const esc = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** 2025-10-08T01:30Z → '2025-10-08 09:30' (Asia/Shanghai). */
export const time = (d: Date | null): string => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '—');

/** '2025-10-08' → '2025年10月8日', the way official documents write dates. */
export const day = (d: string | null): string => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '—');

/** The Asia/Shanghai calendar date of an instant. */
export const dateOf = (d: Date): string => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export const row = (label: string, value: string): string => `<tr><th>${esc(label)}</th><td>${value}</td></tr>`;
export const table = (rows: string): string => (rows ? `<table>${rows}</table>` : '');

export interface DocumentBody {
  /** Everything before the end; may run over several pages. */
  main: string;
  /** The last piece of content (a closing paragraph, the last rows), printed on the page of the seal. */
  end: string;
}

export interface DocumentFrame {
  /** The center that issues the document and whose seal it bears. */
  center: string;
  title: string;
  number: string;
  /** The date of the act the document records (受理、分流、督办、回访 …), 'YYYY-MM-DD'. */
  date: string;
}

// Margins follow the official-document layout (GB/T 9704: about 37 mm top, 35 mm bottom, 28/26 mm sides),
// slightly narrowed so that a one-step form with a long description still fits one page.
const STYLE = `
@page { size: A4; margin: 25mm 24mm 22mm 26mm; }
html, body { margin: 0; padding: 0; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; line-height: 1.6; color: #000; }
h1 { text-align: center; font-size: 19pt; letter-spacing: 0.1em; margin: 0 0 3mm; font-weight: bold; }
.org { text-align: center; font-size: 14pt; margin-bottom: 2mm; }
.no { text-align: right; margin-bottom: 3mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0; }
th, td { border: 1px solid #000; padding: 1.5mm 2.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { width: 24%; font-weight: normal; background: #f3f3f3; }
tr { break-inside: avoid; }
.end table { margin-top: -1px; }
p { text-indent: 2em; margin: 1.5mm 0; }
p.to { text-indent: 0; }
/* The end of the content and the seal are one unit: the browser moves both to the next page, never the seal alone. */
.end { break-inside: avoid; page-break-inside: avoid; }
.sign { margin-top: 10mm; text-align: right; padding-right: 4mm; line-height: 2; }
@media print { th { background: none; } }
`;

export function documentPage(frame: DocumentFrame, body: DocumentBody): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(frame.title)} ${esc(frame.number)}</title>
<style>${STYLE}</style></head>
<body>
<div class="org">${esc(frame.center)}</div>
<h1>${esc(frame.title)}</h1>
<div class="no">编号：${esc(frame.number)}</div>
${body.main}
<div class="end">${body.end}
<div class="sign">${esc(frame.center)}（盖章）<br>${day(frame.date)}</div>
</div>
</body></html>
`;
}
