import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Codes of `userErrors`: problems the caller can fix by changing the input or reloading.
 * One enum for every module so that a client handles each code once.
 */
export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  INVALID = 'INVALID',
  TOO_LONG = 'TOO_LONG',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  NOT_FOUND = 'NOT_FOUND',
  TAKEN = 'TAKEN',
  CONFLICT = 'CONFLICT',
  ARCHIVED = 'ARCHIVED',
  IN_USE = 'IN_USE',
  CYCLE = 'CYCLE',
  INVALID_STATE = 'INVALID_STATE',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: '用户可修正的错误代码 / Codes of errors the caller can fix',
  valuesConfig: {
    REQUIRED: { description: '必填项缺失 / A required value is missing' },
    INVALID: { description: '格式或取值不合法 / The value is malformed or not allowed' },
    TOO_LONG: { description: '超过长度上限 / The value is longer than allowed' },
    OUT_OF_RANGE: { description: '超出允许范围 / The number or date is outside the allowed range' },
    NOT_FOUND: { description: '引用的对象不存在 / A referenced object does not exist' },
    TAKEN: { description: '与已有记录重复 / Another record already uses this value' },
    CONFLICT: { description: '数据已被他人修改，请刷新后重试 / Someone else changed this record; reload and retry' },
    ARCHIVED: { description: '对象已归档 / The object is archived' },
    IN_USE: { description: '对象仍被引用，无法归档 / The object is still in use' },
    CYCLE: { description: '会形成循环的上下级关系 / The change would make a cycle in the hierarchy' },
    INVALID_STATE: { description: '当前状态不允许此操作 / Not allowed in the current state' },
    OUT_OF_SCOPE: { description: '超出您的管辖范围 / Outside the scope of your roles' },
    INVALID_CREDENTIALS: { description: '用户名或密码错误 / Wrong username or password' },
    IDEMPOTENCY_KEY_REUSED: { description: '幂等键已用于另一份不同的提交 / The idempotency key was used for a different submission' },
  },
});

@ObjectType({ description: '用户可修正的错误 / An error the caller can fix' })
export class UserError {
  @Field(() => [String], {
    description: '出错的输入字段路径，如 ["input","divisionCode"] / Path to the input field at fault',
  })
  field!: string[];

  @Field({ description: '给用户看的说明（中文）/ Message for the user (Chinese)' })
  message!: string;

  @Field(() => UserErrorCode, { description: '错误代码 / Machine-readable code' })
  code!: UserErrorCode;
}

/**
 * A `userErrors.field` in its one form: a list of non-empty segments without dots
 * (`["input","parties","0","phone"]`, never `["input","parties.0.phone"]`).
 */
export function fieldPath(segments: readonly (string | number)[]): string[] {
  return segments.flatMap((s) => String(s).split('.')).filter((s) => s !== '');
}

/** Thrown by services for input the caller can fix; mutations turn it into `userErrors`. */
export class UserErrors extends Error {
  readonly errors: UserError[];
  constructor(errors: UserError[]) {
    errors = errors.map((e) => ({ ...e, field: fieldPath(e.field) }));
    super(errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
    this.errors = errors;
    this.name = 'UserErrors';
  }

  static of(field: string[], code: UserErrorCode, message: string): UserErrors {
    return new UserErrors([{ field, code, message }]);
  }
}

/** The fixed set of top-level error codes (`extensions.code`). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'CURSOR_EXPIRED'
  | 'INTERNAL_SERVER_ERROR';

export function hubError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = () => hubError('UNAUTHENTICATED', '请先登录 / Authentication required');
export const forbidden = (why = '无权执行此操作 / Not allowed') => hubError('FORBIDDEN', why);
export const badInput = (message: string, argument?: string) =>
  hubError('BAD_USER_INPUT', message, argument ? { argument } : {});

export const timedOut = (ms: number) =>
  hubError('TIMEOUT', `执行超时（超过 ${ms / 1000} 秒），请缩小查询范围 / The operation ran longer than ${ms} ms`);

/**
 * graphql-js's own refusals of a client's value while it coerces arguments at execution time (a null
 * variable reaching a non-null argument, a list item that does not coerce): the client's mistake, not
 * ours. Answers the argument's name, or undefined for any other error.
 */
const COERCION = /^Argument "(\w+)" (?:of required type "[^"]+" was (?:not provided|provided the variable)|of non-null type "[^"]+" must not be null|has invalid value )/;

export function coercionRefusal(error: unknown): GraphQLError | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return undefined;
  const argument = COERCION.exec(error.message)?.[1];
  return argument ? badInput(`参数 ${argument} 的值不合要求 / ${error.message}`, argument) : undefined;
}

/**
 * A service's `UserErrors` that escaped a field without a `userErrors` payload (a query, a subscription):
 * still the client's mistake. Answers `BAD_USER_INPUT` naming the first error's path in `argument`
 * (dotted) and `field` (segments), with every message; undefined for any other error.
 */
export function userErrorsRefusal(error: unknown): GraphQLError | undefined {
  if (!(error instanceof UserErrors) || error.errors.length === 0) return undefined;
  const first = error.errors[0]!;
  return hubError('BAD_USER_INPUT', error.errors.map((e) => e.message).join('；'), {
    argument: first.field.join('.'), field: first.field, reason: first.code,
  });
}
