/**
 * The one rule every text a client sends passes before anything reads it (GraphQL arguments at any
 * depth, route parameters, query strings, the headers the hub reads). PostgreSQL refuses NUL and lone
 * UTF-16 surrogates (a server fault if they reach SQL), the UTF-8 encoder silently replaces surrogates
 * with U+FFFD, and invisible or reordering characters make a name or a code look like another one.
 */

/** The longest text any field accepts (a case description is 5,000; headroom for notes). */
export const TEXT_MAX = 10_000;
/** Global ids, codes and keys are short; a long "id" is never a real one. */
export const ID_MAX = 200;

/**
 * C0 controls except tab, line feed and carriage return; DEL; C1 controls; the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: "Trojan Source" reordering);
 * the non-characters U+FFFE/U+FFFF. Marks LRM/RLM (U+200E/F) stay allowed for mixed-script names.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;
/** With the `u` flag a surrogate range matches only a surrogate that is not half of a pair. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** Whitespace, zero-width characters and the BOM: text made only of these is blank. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\u00ad\u180e]/gu;

export type TextProblemCode = 'INVALID' | 'TOO_LONG';

export interface TextProblem {
  code: TextProblemCode;
  /** Chinese for the person, English for the developer. */
  message: string;
}

/** What is wrong with `value` under the boundary rule, or null. `max` counts code points (a CJK character is one). */
export function textProblem(value: string, max = TEXT_MAX): TextProblem | null {
  if (LONE_SURROGATE.test(value)) return { code: 'INVALID', message: '含有不成对的 UTF-16 代理字符 / contains a lone UTF-16 surrogate' };
  if (FORBIDDEN.test(value)) return { code: 'INVALID', message: '含有不可见的控制字符 / contains a control or reordering character' };
  // Cheap bound first: code points never outnumber UTF-16 units.
  if (value.length > max && [...value].length > max) return { code: 'TOO_LONG', message: `超过 ${max} 个字 / longer than ${max} characters` };
  return null;
}

/** True when the text has nothing visible: empty, whitespace, or zero-width characters only. */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

/** A problem found at a path inside a client's value (segments like ["input","parties","0","name"]). */
export interface PathProblem {
  code: TextProblemCode;
  message: string;
  path: string[];
}

/** Every string inside a JSON-like value (objects, arrays) checked by `textProblem`, with its path. */
export function valueProblems(value: unknown, path: string[] = [], max = TEXT_MAX): PathProblem[] {
  if (typeof value === 'string') {
    const problem = textProblem(value, max);
    return problem ? [{ ...problem, path }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => valueProblems(item, [...path, String(i)], max));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(textProblem(key, ID_MAX) ? [{ code: 'INVALID' as const, message: '含有非法的字段名 / invalid key', path }] : []),
      ...valueProblems(item, [...path, key], max),
    ]);
  }
  return [];
}

/** A header value as the hub reads it (clients percent-encode Chinese), checked by the rule; null when fine or absent. */
export function headerProblem(raw: unknown): TextProblem | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'string') return { code: 'INVALID', message: '请求头只能出现一次 / header given more than once' };
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    /* read as sent */
  }
  return textProblem(text);
}

/** The request headers the hub reads as text (the rest are parsed by strict patterns or ignored). */
export const READ_HEADERS = ['x-access-reason'] as const;
