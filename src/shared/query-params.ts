/**
 * The one reader of the query string of the hub's own HTTP routes (exports, documents, calendar feeds):
 * each route names the parameters it takes; anything else, or a parameter given twice, is refused with
 * 400 naming it, instead of being ignored (`groupBy=NOPE` used to export the default) or read as missing
 * (two `centerId`s used to answer "centerId is required").
 */

/** A query string a route does not take: answered 400 BAD_USER_INPUT with `extensions.argument`. */
export class QueryParamError extends Error {
  readonly status = 400;
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly argument: string, message: string) {
    super(message);
  }

  /** The JSON body of the 400, in the form of the routes' other errors. */
  body(): { errors: { message: string; extensions: Record<string, unknown> }[] } {
    return { errors: [{ message: this.message, extensions: { code: this.code, argument: this.argument } }] };
  }
}

/**
 * The parameters of `query` (Express's parsed `req.query`), each given at most once and each one of
 * `allowed`; throws QueryParamError for the first that is not. An empty value counts as given.
 */
export function readQuery<K extends string>(query: Record<string, unknown>, allowed: readonly K[]): Partial<Record<K, string>> {
  const read: Partial<Record<K, string>> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!(allowed as readonly string[]).includes(name)) {
      const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
      const which = allowed.length ? `可用参数：${allowed.join(', ')} / allowed: ${allowed.join(', ')}` : '该地址不接受参数 / this address takes no parameters';
      throw new QueryParamError(name, `未知参数 ${shown}；${which} / Unknown parameter ${shown}`);
    }
    if (typeof value !== 'string') {
      throw new QueryParamError(name, `参数 ${name} 只能出现一次 / ${name} given twice`);
    }
    read[name as K] = value;
  }
  return read;
}
