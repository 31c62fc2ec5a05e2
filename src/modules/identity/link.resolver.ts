import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { UserError, UserErrorCode, UserErrors } from '../../shared/errors.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { LINK_PATH_MAX, LinkSigner, unsignable } from './links.js';

@InputType({ description: '生成可在浏览器中打开的链接 / Sign a link a browser can open' })
export class LinkSignInput {
  @Field({
    description: '要打开的地址（路径加查询参数，不含主机），限导出文件与打印文书，如 "/exports/cases.xlsx?filter={…}"、'
      + '"/documents/cases/<案件ID>/dispatch-form"；最多 4096 个字符 / The path and query to open, without the host: '
      + '/exports/… or /documents/cases/<id>/<kind>; at most 4096 characters',
  })
  path!: string;
}

@ObjectType({ description: '签名链接 / A signed link' })
export class LinkSignPayload {
  @Field(() => String, {
    nullable: true,
    description: '可直接在浏览器打开的相对地址（原地址加 link 参数）；仅限本人本会话，退出登录即失效 / The path with `link=` '
      + 'appended; opens as you, in this session only, until it expires or you sign out',
  })
  url?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: '链接失效时间（LINK_TTL，默认5分钟）/ When the link stops working (LINK_TTL, default 5 minutes)' })
  expiresAt?: Date;

  @Field(() => [UserError], { description: '可修正的错误（INVALID：不可签名的地址；TOO_LONG）/ Errors the caller can fix' })
  userErrors!: UserError[];
}

@Resolver()
export class LinkResolver {
  @Authorized(AUTHENTICATED)
  @Mutation(() => LinkSignPayload, {
    description: '为下载或打印文书生成短时有效的签名链接，供浏览器直接打开（无需 Authorization 头）；见 docs/console-links.md / '
      + 'Sign a short-lived link to a download or printable document that a browser opens without an Authorization header',
  })
  async linkSign(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: LinkSignInput, @Ctx() ctx: HubContext): Promise<LinkSignPayload> {
    const problem = unsignable(input.path);
    if (problem) throw UserErrors.of(['input', 'path'], input.path.length > LINK_PATH_MAX ? UserErrorCode.TOO_LONG : UserErrorCode.INVALID, problem);
    const { userId, sessionId } = ctx.viewer;
    const signed = await new LinkSigner(ctx.config.tokenSecret, ctx.config.linkTtlSeconds).sign({ userId: userId!, sessionId: sessionId! }, input.path, ctx.clock());
    return { ...signed, userErrors: [] };
  }
}
