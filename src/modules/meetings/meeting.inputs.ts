import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../shared/scalars.js';

@InputType({ description: '安排联席会议 / Schedule a joint review meeting' })
export class JointMeetingScheduleInput {
  @Field(() => ID, { description: '中心 / Center' }) centerId!: string;
  @Field({ description: '议题，如“第48周信访联席会议”（最多100字）/ Title (up to 100 characters)' }) title!: string;
  @Field(() => DateTimeScalar, { description: '召开时间 / When' }) scheduledAt!: Date;
  @Field({ description: '地点（最多100字）/ Place' }) place!: string;
  @Field(() => ID, { description: '主持领导（用户ID，须为本中心或上级的领导）/ Chair: a leader of the center or above (user ID)' }) chairId!: string;
  @Field(() => [ID], { description: '参会部门（最多30个）/ Attending agencies (at most 30)' }) agencyIds!: string[];
  @Field(() => [ID], { nullable: true, description: '参会人员（用户ID，最多50人）/ Attending people (user IDs, at most 50)' }) attendeeIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: '是否按疑难案件规则自动提出议程，默认是 / Propose the agenda from the hard-case rules; default true' }) proposeAgenda?: boolean | null;
}

@InputType({ description: '人工加入议程 / Add a case to the agenda by hand' })
export class JointMeetingAgendaAddInput {
  @Field(() => ID, { description: '会议ID / Meeting ID' }) meetingId!: string;
  @Field(() => Int, { description: '您看到的会议版本号 / The meeting version you saw' }) version!: number;
  @Field(() => ID, { description: '案件ID（须在本中心或下级）/ Case ID, of the center or below' }) caseId!: string;
  @Field({ description: '列入理由（最多300字）/ Why (up to 300 characters)' }) reason!: string;
}

@InputType({ description: '交办事项：责任单位（或责任人）与期限 / An instruction: owner and due date' })
export class DecisionInstructionInput {
  @Field({ description: '交办内容（最多1000字）/ What must be done' }) instructions!: string;
  @Field(() => ID, { nullable: true, description: '责任单位（部门ID）/ Owning agency' }) ownerAgencyId?: string | null;
  @Field(() => String, { nullable: true, description: '责任人或单位名称（无部门时必填）/ Owner’s name, required without an agency' }) owner?: string | null;
  @Field(() => DateScalar, { description: '完成期限：今天至一年内 / Due by: from today to a year ahead' }) dueDate!: string;
}

@InputType({ description: '记录会商决定（议程中的一个案件）/ Record the decision on one agenda case' })
export class JointMeetingDecisionRecordInput {
  @Field(() => ID, { description: '会议ID / Meeting ID' }) meetingId!: string;
  @Field(() => Int, { description: '您看到的会议版本号 / The meeting version you saw' }) version!: number;
  @Field(() => ID, { description: '议程中的案件ID / Case on the agenda' }) caseId!: string;
  @Field(() => Int, { description: '您看到的案件版本号 / The case version you saw' }) caseVersion!: number;
  @Field({ description: '会商意见（最多2000字）/ What was decided, in words' }) summary!: string;
  @Field(() => ID, { nullable: true, description: '由该部门牵头：待分流的案件据此分流，已分流的改派；须有分流权限；决定任一部分被拒绝则整体不生效 / The lead agency: a case waiting in the queue is dispatched to it, one already dispatched is reassigned; needs dispatch rights; if any part of the decision is refused, none of it is kept' }) leadAgencyId?: string | null;
  @Field(() => ID, { nullable: true, description: '确定包案领导（用户ID）/ Put this leader in charge (包案)' }) leaderInChargeId?: string | null;
  @Field(() => [DecisionInstructionInput], { nullable: true, description: '交办事项（每项生成一条督办，最多10项）/ Instructions, each becoming a supervision (at most 10)' }) instructions?: DecisionInstructionInput[] | null;
}
