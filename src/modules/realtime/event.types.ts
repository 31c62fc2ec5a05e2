import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../shared/ids.js';
import { DateTimeScalar, JsonScalar } from '../../shared/scalars.js';
import type { LiveEvent } from '../../shared/event-log/event-hub.js';
import { toCursor } from '../../shared/event-log/cursor.js';

export enum EventTopicKind {
  CASE = 'CASE',
  ASSIGNMENT = 'ASSIGNMENT',
  SUPERVISION = 'SUPERVISION',
  ROSTER = 'ROSTER',
  MEETING = 'MEETING',
  SYSTEM = 'SYSTEM',
}
registerEnumType(EventTopicKind, {
  name: 'EventTopic',
  description: '事件主题 / What an event is about',
  valuesConfig: {
    CASE: { description: '案件的其他变化 / Other case changes' },
    ASSIGNMENT: { description: '分流、改派、上报、交办、撤回 / Assignments made or changed' },
    SUPERVISION: { description: '督办与延期 / Supervision and extensions' },
    ROSTER: { description: '排班变化 / Duty roster changes' },
    MEETING: { description: '联席会议：安排、议程、会商决定 / Joint review meetings: scheduled, agenda, decisions' },
    SYSTEM: { description: '订阅已就绪（首条消息，cursor 为当前位置）/ Subscription ready; the first message, cursor is the current position' },
  },
});

/** What subscribers receive; built from an event-log row. */
@ObjectType('HubEvent', { description: '实时事件（来自持久化事件日志）/ A real-time event from the durable event log' })
export class HubEventView {
  constructor(private readonly e: LiveEvent) {}

  @Field({ description: '续传游标：断线重连时传给 after，先补发错过的事件 / Resume cursor: pass as `after` when reconnecting' })
  get cursor(): string {
    return toCursor(this.e.seq);
  }

  @Field({ description: '全局递增序号（按提交顺序）/ Sequence number, in commit order' })
  get seq(): string {
    return String(this.e.seq);
  }

  @Field(() => EventTopicKind, { description: '主题 / Topic' })
  get topic(): EventTopicKind {
    return this.e.topic.toUpperCase() as EventTopicKind;
  }

  @Field({ description: '事件类型，如 DISPATCHED / Event type, e.g. DISPATCHED' })
  get type(): string {
    return this.e.type;
  }

  @Field(() => String, { nullable: true, description: '中文说明 / Label in Chinese' })
  get label(): string | null {
    return (this.e.payload.label as string | undefined) ?? null;
  }

  @Field(() => DateTimeScalar, { description: '发生时间 / When it happened' })
  get at(): Date {
    return this.e.at;
  }

  @Field(() => ID, { nullable: true, description: '案件ID / Case ID' })
  get caseId(): string | null {
    return this.e.caseId === null ? null : toGlobalId('Case', this.e.caseId);
  }

  @Field(() => String, { nullable: true, description: '案件编号 / Case number' })
  get caseNumber(): string | null {
    return (this.e.payload.number as string | undefined) ?? null;
  }

  @Field(() => String, { nullable: true, description: '案件标题 / Case title' })
  get caseTitle(): string | null {
    return (this.e.payload.title as string | undefined) ?? null;
  }

  @Field(() => String, { nullable: true, description: '事件后的案件状态 / Case status after the event' })
  get caseStatus(): string | null {
    return (this.e.payload.status as string | undefined) ?? null;
  }

  @Field(() => String, { nullable: true, description: '风险等级 / Risk level' })
  get riskLevel(): string | null {
    return (this.e.payload.riskLevel as string | undefined) ?? null;
  }

  @Field(() => ID, { nullable: true, description: '当前中心ID / Current center ID' })
  get centerId(): string | null {
    return this.e.centerId === null ? null : toGlobalId('Center', this.e.centerId);
  }

  @Field(() => JsonScalar, { description: '详情 / Details' })
  get details(): unknown {
    return this.e.payload.details ?? this.e.payload;
  }

  get raw(): LiveEvent {
    return this.e;
  }
}
