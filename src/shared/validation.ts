import { isBlank, textProblem } from './boundary.js';
import { fieldPath, UserErrorCode, UserErrors, type UserError } from './errors.js';

/** Mainland mobile numbers: 11 digits starting 13–19. */
export const MOBILE = /^1[3-9]\d{9}$/;
/** Mobile, or a landline with area code (0477-8123456, 04778123456), or a service number (12345). */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{5})$/;

/** GB/T 2260 province-level prefixes (first two digits of a division code). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

/** True when `code` is a well-formed division code of `digits` length (6 county, 9 town, 12 village). */
export function isDivisionCode(code: string, digits: 6 | 9 | 12): boolean {
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return false;
  if (!PROVINCES.has(Number(code.slice(0, 2)))) return false;
  // A county-level code has a non-zero county part (xx xx 01..99); 150600 is a city, not a county.
  return code.slice(4, 6) !== '00';
}

/**
 * Collects every problem with one input before anything is saved, so the caller sees all of them at once.
 * Field paths are relative to `base` (usually `['input']`).
 */
export class Validator {
  readonly errors: UserError[] = [];
  constructor(private readonly base: string[] = ['input']) {}

  add(field: string | string[], code: UserErrorCode, message: string): this {
    this.errors.push({ field: fieldPath([...this.base, ...(Array.isArray(field) ? field : [field])]), code, message });
    return this;
  }

  check(ok: boolean, field: string | string[], code: UserErrorCode, message: string): boolean {
    if (!ok) this.add(field, code, message);
    return ok;
  }

  /** Trims; `required` refuses empty; `max` counts characters (a CJK character is one). */
  text(field: string | string[], value: string | null | undefined, label: string, opts: { required?: boolean; max: number; min?: number }): string | null | undefined {
    if (value === undefined || value === null) {
      if (opts.required) this.add(field, UserErrorCode.REQUIRED, `${label}不能为空`);
      return value;
    }
    const trimmed = value.trim();
    if (isBlank(trimmed)) {
      if (opts.required) this.add(field, UserErrorCode.REQUIRED, `${label}不能为空`);
      return opts.required ? trimmed : null;
    }
    const problem = textProblem(trimmed, opts.max);
    if (problem?.code === 'TOO_LONG') this.add(field, UserErrorCode.TOO_LONG, `${label}不能超过${opts.max}个字`);
    else if (problem) this.add(field, UserErrorCode.INVALID, `${label}${problem.message}`);
    else if (opts.min !== undefined && [...trimmed].length < opts.min) {
      this.add(field, UserErrorCode.INVALID, `${label}至少需要${opts.min}个字`);
    }
    return trimmed;
  }

  phone(field: string | string[], value: string | null | undefined, label: string, mobileOnly = false): string | null | undefined {
    if (value === undefined || value === null || value.trim() === '') return value === undefined ? undefined : null;
    const trimmed = value.trim().replace(/\s+/g, '');
    const ok = (mobileOnly ? MOBILE : PHONE).test(trimmed);
    this.check(ok, field, UserErrorCode.INVALID,
      mobileOnly ? `${label}不是有效的手机号码（11位，以13–19开头）` : `${label}不是有效的电话号码（手机号或带区号的座机号）`);
    return trimmed;
  }

  int(field: string | string[], value: number | null | undefined, label: string, min: number, max: number): void {
    if (value === undefined || value === null) return;
    this.check(Number.isInteger(value) && value >= min && value <= max, field, UserErrorCode.OUT_OF_RANGE,
      `${label}必须是${min}到${max}之间的整数`);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new UserErrors(this.errors);
  }
}

/** `%text%` for LIKE/ILIKE with the wildcard characters of `text` escaped. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
