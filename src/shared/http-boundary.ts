import type { ErrorRequestHandler, RequestHandler } from 'express';
import { headerProblem, ID_MAX, READ_HEADERS, textProblem, valueProblems, type PathProblem } from './boundary.js';
import type { Logger } from './logger.js';

const refuse = (problem: PathProblem) => ({
  errors: [{
    message: `${problem.path.join('.')}：${problem.message}`,
    extensions: { code: 'BAD_USER_INPUT', argument: problem.path.join('.'), field: problem.path, reason: problem.code },
  }],
});

/** Every text of an HTTP request by the boundary rule: path segments, query values (JSON ones walked inside), read headers. */
export function requestProblems(path: string, query: Record<string, unknown>, headers: Record<string, unknown>, withQuery: boolean): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const [i, raw] of path.split('/').entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      problems.push({ code: 'INVALID', message: '路径含有不完整的百分号编码 / malformed percent-encoding', path: ['path', String(i)] });
      continue;
    }
    const problem = textProblem(segment, ID_MAX);
    if (problem) problems.push({ ...problem, path: ['path', String(i)] });
  }
  if (withQuery) {
    for (const [name, value] of Object.entries(query)) {
      problems.push(...valueProblems(value, [name]));
      // JSON parameters (filters, periods) carry text inside escapes such as \u0000: walk it too.
      if (typeof value === 'string' && /^\s*[[{"]/.test(value)) {
        try {
          problems.push(...valueProblems(JSON.parse(value) as unknown, [name]));
        } catch {
          /* not JSON: the route says so itself */
        }
      }
    }
  }
  for (const header of READ_HEADERS) {
    const problem = headerProblem(headers[header]);
    if (problem) problems.push({ ...problem, path: ['headers', header] });
  }
  return problems;
}

/**
 * The boundary rule at the HTTP door, before any route reads the request: 400 with a JSON error naming
 * the part at fault. `graphqlPath`'s query string is left to GraphQL (its variables are checked per argument).
 */
export function httpBoundary(graphqlPath: string): RequestHandler {
  return (req, res, next) => {
    const problems = requestProblems(req.path, req.query as Record<string, unknown>, req.headers, req.path !== graphqlPath);
    if (problems.length > 0) return void res.status(400).json(refuse(problems[0]!));
    next();
  };
}

/** Unknown routes answer JSON, not Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ errors: [{ message: `没有这个地址 / No route ${req.method} ${req.path.slice(0, ID_MAX)}`, extensions: { code: 'NOT_FOUND' } }] });
};

/**
 * The last Express handler: a client's fault (malformed JSON, a body too large, bad percent-encoding)
 * answers its 4xx status, anything else 500; always JSON, never a stack or an HTML page, in any mode.
 */
export function jsonErrors(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
    const client = typeof status === 'number' && status >= 400 && status < 500;
    if (!client) log.error({ err: error, path: req.path }, 'request failed');
    if (res.headersSent) return void res.destroy();
    res.status(client ? status : 500).json({
      errors: [client
        ? { message: `请求不合要求 / ${(error as Error).message ?? 'Bad request'}`, extensions: { code: status === 413 ? 'BAD_REQUEST' : 'BAD_USER_INPUT' } }
        : { message: '服务器内部错误，请稍后重试 / Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}
