import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { coerceInputValue, GraphQLError, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { HubContext } from '../../shared/context.js';
import { csvStream, CSV_CONTENT_TYPE } from '../../shared/export/csv.js';
import { sheetNameFrom, xlsxStream, xlsxWorkbookStream, XLSX_CONTENT_TYPE } from '../../shared/export/xlsx.js';
import { QueryParamError, readQuery } from '../../shared/query-params.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { LINK_PARAM } from '../identity/links.js';
import type { CaseFilter } from '../cases/case.inputs.js';
import { caseDocument, DOCUMENT_KINDS, DocumentNotReady, type DocumentKind } from './documents.js';
import { CASE_COLUMNS, caseListTitle, caseRows } from './case-export.js';
import { DIMENSION_ZH, LEDGER_COLUMNS, ledgerCsvTable, ledgerTable } from './ledger-export.js';
import { FIGURES_ONLY, LedgerService } from './ledger.service.js';
import { LedgerDimension, type LedgerPeriodInput } from './ledger.types.js';

/** Thrown before any byte is sent: answered as JSON with a status and a GraphQL-style error. */
class RouteError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly extensions: Record<string, unknown> = {}) {
    super(message);
  }
}

/** A query parameter holding JSON in the shape of a GraphQL input type, checked by the schema itself. */
function inputParam<T>(schema: GraphQLSchema, raw: string | undefined, name: string, typeName: string): T | null {
  if (raw === undefined || raw === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new RouteError(400, 'BAD_USER_INPUT', `${name} 须为 JSON（与 GraphQL 的 ${typeName} 相同）/ ${name} must be JSON shaped like ${typeName}`);
  }
  return coerceInputValue(json, schema.getType(typeName) as GraphQLInputType, (path, _value, error) => {
    throw new RouteError(400, 'BAD_USER_INPUT', `${name}${path.length ? `.${path.join('.')}` : ''}: ${error.message}`);
  }) as T;
}

function format(req: Request): 'xlsx' | 'csv' {
  const f = req.params.format;
  if (f !== 'xlsx' && f !== 'csv') throw new RouteError(404, 'NOT_FOUND', '格式须为 xlsx 或 csv / Format must be xlsx or csv');
  return f;
}

async function send(res: Response, filename: string, kind: 'xlsx' | 'csv', body: AsyncIterable<Buffer>): Promise<void> {
  res.status(200);
  res.setHeader('content-type', kind === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE);
  res.setHeader('content-disposition', `attachment; filename="export.${kind}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader('cache-control', 'no-store');
  await pipeline(Readable.from(body), res);
}

/**
 * A printable page that a feature above the ledger contributes (e.g. meeting minutes, meetings/minutes.ts),
 * served with the same sign-in, audit and headers as the case documents.
 */
export interface PrintableDocument {
  /** Express path with an `:id` parameter, e.g. `/documents/meetings/:id/minutes`. */
  path: string;
  /** The page's HTML, or null when there is no such thing or the viewer may not see it. */
  render: (ctx: HubContext, id: string) => Promise<string | null>;
  /** The 404 message shown to the person. */
  notFound: string;
}

function sendHtml(res: Response, html: string): void {
  res.status(200).setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
  res.send(html);
}

/**
 * Downloads for signed-in staff: `GET /exports/cases.{xlsx|csv}?filter=<CaseFilter JSON>`,
 * `GET /exports/ledger.{xlsx|csv}?period=<LedgerPeriodInput JSON>&centerId=…`, and the printable
 * documents `GET /documents/cases/:caseId/:kind` and each of `printables`. Scope, masking and audit are the API's own.
 */
export function exportRoutes(
  schema: GraphQLSchema, contextFor: (req: Request) => Promise<HubContext>, printables: readonly PrintableDocument[] = [],
): Router {
  const router = Router();
  const handle = (work: (req: Request, res: Response, ctx: HubContext) => Promise<void>) => async (req: Request, res: Response) => {
    let ctx: HubContext | undefined;
    try {
      ctx = await contextFor(req);
      if (!ctx.viewer.authenticated) throw new RouteError(401, 'UNAUTHENTICATED', ctx.tokenProblem ?? '请先登录（Authorization: Bearer …）/ Sign in first');
      await work(req, res, ctx);
    } catch (error) {
      const known = error instanceof RouteError ? error
        : error instanceof QueryParamError ? new RouteError(error.status, error.code, error.message, { argument: error.argument })
        : error instanceof GraphQLError && typeof error.extensions.code === 'string' && error.extensions.code !== 'INTERNAL_SERVER_ERROR'
          ? new RouteError(error.extensions.code === 'FORBIDDEN' ? 403 : 400, error.extensions.code, error.message,
            typeof error.extensions.argument === 'string' ? { argument: error.extensions.argument } : {}) : undefined;
      if (res.headersSent) {
        // Mid-stream: the client must not mistake a cut-off file for a whole one.
        ctx?.log.error({ err: error }, 'export failed while streaming');
        res.destroy();
        return;
      }
      if (!known) ctx?.log.error({ err: error }, 'export failed');
      res.status(known?.status ?? 500).json({
        errors: [{ message: known?.message ?? '服务器内部错误，请稍后重试 / Internal server error', extensions: { code: known?.code ?? 'INTERNAL_SERVER_ERROR', ...known?.extensions } }],
      });
    } finally {
      if (ctx?.audit.pending) await ctx.audit.flush(ctx.em).catch((err: unknown) => ctx?.log.error({ err }, 'audit flush failed'));
    }
  };

  router.get('/exports/cases.:format', handle(async (req, res, ctx) => {
    const kind = format(req);
    const query = readQuery(req.query, ['filter', LINK_PARAM]);
    const filter = inputParam<CaseFilter>(schema, query.filter, 'filter', 'CaseFilter');
    const stamp = shanghaiDate(ctx.clock());
    const table = { columns: CASE_COLUMNS, rows: caseRows(ctx, filter) };
    ctx.log.info({ export: 'cases', format: kind }, 'export started');
    await send(res, `案件清单-${stamp}.${kind}`, kind,
      kind === 'xlsx' ? xlsxStream({ sheetName: '案件清单', title: await caseListTitle(ctx, filter), ...table }) : csvStream(table));
  }));

  router.get('/exports/ledger.:format', handle(async (req, res, ctx) => {
    const kind = format(req);
    const query = readQuery(req.query, ['period', 'centerId', LINK_PARAM]);
    const period = inputParam<LedgerPeriodInput>(schema, query.period, 'period', 'LedgerPeriodInput');
    if (!period) throw new RouteError(400, 'BAD_USER_INPUT', '缺少 period，如 {"kind":"YEAR","date":"2026-01-01"} / period is required');
    const centerId = query.centerId || null;
    const service = new LedgerService(ctx);
    const dims = Object.values(LedgerDimension);
    const scope = await service.scope(centerId);
    const ledgers = await Promise.all(dims.map((d) => service.ledgerOf(scope, period, d, FIGURES_ONLY)));
    const { from, to } = ledgers[0]!;
    const name = `台账-${from}至${to}.${kind}`;
    if (kind === 'xlsx') {
      const who = scope.root?.name ?? '全部中心';
      await send(res, name, kind, xlsxWorkbookStream(ledgers.map((l, i) => ({
        sheetName: sheetNameFrom(DIMENSION_ZH[dims[i]!]), title: `${who} 台账（${from} 至 ${to}，${DIMENSION_ZH[dims[i]!]}）`,
        columns: LEDGER_COLUMNS, ...ledgerTable(l),
      }))));
    } else {
      await send(res, name, kind, csvStream(ledgerCsvTable(ledgers.map((ledger, i) => ({ dimension: dims[i]!, ledger })))));
    }
  }));

  router.get('/documents/cases/:caseId/:kind', handle(async (req, res, ctx) => {
    readQuery(req.query, [LINK_PARAM]);
    const kind = String(req.params.kind);
    if (!DOCUMENT_KINDS.includes(kind as DocumentKind)) {
      throw new RouteError(404, 'NOT_FOUND', `未知的文书：${kind}；可用：${DOCUMENT_KINDS.join(', ')} / Unknown document`);
    }
    let html: string | null;
    try {
      html = await caseDocument(ctx, String(req.params.caseId), kind as DocumentKind);
    } catch (error) {
      if (error instanceof DocumentNotReady) throw new RouteError(409, 'CONFLICT', error.message);
      throw error;
    }
    if (html === null) throw new RouteError(404, 'NOT_FOUND', '案件不存在或您无权查看 / No such case, or not yours');
    await ctx.audit.flush(ctx.em);
    sendHtml(res, html);
  }));
  for (const printable of printables) {
    router.get(printable.path, handle(async (req, res, ctx) => {
      readQuery(req.query, [LINK_PARAM]);
      const html = await printable.render(ctx, String(req.params.id));
      if (html === null) throw new RouteError(404, 'NOT_FOUND', printable.notFound);
      sendHtml(res, html);
    }));
  }
  return router;
}
