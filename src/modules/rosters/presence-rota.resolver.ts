import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AUTHENTICATED, KEY } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { badInput, forbidden, UserError } from '../../shared/errors.js';
import { localId, toGlobalId } from '../../shared/ids.js';
import { DateScalar } from '../../shared/scalars.js';
import { ApiCapability } from '../access/api-key.entity.js';
import { Role } from '../../shared/role.js';
import { Center } from '../organisation/center.entity.js';
import { PresencePublication } from './presence-rota.entity.js';
import { PresenceRotaService, type PresenceRotaRow } from './presence-rota.service.js';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };

@InputType({ description: '调整轮驻部门某一天是否在岗（工作排班，发布后生效）/ Put one day on or off a rotating agency’s working rota' })
class PresenceDaySetInput {
  @Field(() => ID, { description: '轮驻的入驻记录 / The rotating stationing' }) stationingId!: string;
  @Field(() => DateScalar, { description: '日期（须在入驻期间内）/ Date, within the stationing' }) date!: string;
  @Field({ description: 'true：该日在岗；false：该日不在岗 / true: present that day; false: not' }) present!: boolean;
}

@InputType({ description: '发布某中心轮驻部门的在岗排班 / Publish a date range of a center’s rotating-agency rota' })
class PresencePublishInput {
  @Field(() => ID, { description: '中心 / Center' }) centerId!: string;
  @Field(() => DateScalar, { description: '起 / First day' }) startDate!: string;
  @Field(() => DateScalar, { description: '止（含，最多366天）/ Last day (at most 366 days)' }) endDate!: string;
  @Field(() => Int, { description: '您看到的最新发布序号（从未发布为0；见 presencePublicationNumber）/ The latest publication number you saw (0 if none)' }) expectedPublication!: number;
}

@ObjectType({ description: '轮驻排班中的一天 / One day of a rotating agency’s rota' })
class PresenceRotaDay {
  @Field(() => DateScalar, { description: '日期 / Date' }) date!: string;
  @Field(() => ID, { description: '入驻记录ID / Stationing ID' }) stationingId!: string;
  @Field(() => ID, { description: '部门ID / Agency ID' }) agencyId!: string;
  @Field({ description: '部门简称，如“林草局” / Agency short name' }) agencyName!: string;
  @Field({ description: '在工作排班中（草稿）/ On the working rota (draft)' }) planned!: boolean;
  @Field({ description: '已发布：只有已发布的在岗日计入当日看板和调解员推荐 / Published: only these count for the day board and the recommendation' }) published!: boolean;
}

@ObjectType({ description: '调整结果 / Result of setting one day' })
class PresenceDaySetPayload {
  @Field(() => PresenceRotaDay, { nullable: true, description: '调整后的该日 / The day after the change' }) day?: PresenceRotaDay | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '发布结果 / Result of publishing' })
class PresencePublishPayload {
  @Field(() => PresencePublication, { nullable: true, description: '发布记录 / The publication' }) publication?: PresencePublication | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

const view = (r: PresenceRotaRow): PresenceRotaDay => ({
  date: r.date, stationingId: r.stationing.globalId, agencyId: toGlobalId('Agency', r.stationing.agency.id),
  agencyName: r.stationing.agency.getEntity().shortName, planned: r.planned, published: r.published,
});

async function centerOf(ctx: HubContext, globalId: string): Promise<Center> {
  const center = await ctx.em.findOne(Center, { id: localId(globalId, 'Center') ?? -1 });
  if (!center) throw badInput('找不到该中心 / Unknown center', 'centerId');
  return center;
}

@Resolver()
export class PresenceRotaResolver {
  @Authorized(AUTHENTICATED, KEY.ROSTERS_READ)
  @Query(() => [PresenceRotaDay], {
    description: '某中心轮驻部门的排班（工作排班与已发布）；第三方密钥限其中心 / A center’s rotating-agency rota, working and published, in a range of at most 366 days; API keys: their centers only',
  })
  async presenceRota(
    @Arg('centerId', () => ID, { description: '中心 / Center' }) centerId: string,
    @Arg('from', () => DateScalar, { description: '起 / From' }) from: string,
    @Arg('to', () => DateScalar, { description: '止（含）/ Until, inclusive' }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<PresenceRotaDay[]> {
    const center = await centerOf(ctx, centerId);
    if (ctx.viewer.apiKey && !ctx.viewer.keyCan(ApiCapability.ROSTERS_READ, center)) throw forbidden('该密钥不能读取此中心 / Not this key’s center');
    return (await new PresenceRotaService(ctx).rota(center, from, to)).map(view);
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN, Role.LEADER)
  @Query(() => Int, { description: '某中心轮驻排班最新的发布序号（0 表示从未发布）/ Latest presence publication number of a center (0: never)' })
  async presencePublicationNumber(@Arg('centerId', () => ID, { description: '中心 / Center' }) centerId: string, @Ctx() ctx: HubContext): Promise<number> {
    return new PresenceRotaService(ctx).latest(await centerOf(ctx, centerId));
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => PresenceDaySetPayload, { description: '按日调整轮驻部门的工作排班（发布后才计入）/ Edit one day of a rotating agency’s working rota (counts once published)' })
  async presenceDaySet(@Arg('input', IN) input: PresenceDaySetInput, @Ctx() ctx: HubContext) {
    return { day: view(await new PresenceRotaService(ctx).setDay(input)) };
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => PresencePublishPayload, { description: '发布轮驻排班：当日看板、调解员推荐和日历订阅只看已发布的 / Publish the rotating-agency rota of a date range' })
  async presencePublish(@Arg('input', IN) input: PresencePublishInput, @Ctx() ctx: HubContext) {
    return { publication: await new PresenceRotaService(ctx).publish(input) };
  }
}
