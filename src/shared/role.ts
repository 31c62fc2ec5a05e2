import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  DISPATCHER = 'DISPATCHER',
  AGENCY_STAFF = 'AGENCY_STAFF',
  MEDIATOR = 'MEDIATOR',
  SCHEDULER = 'SCHEDULER',
  LEADER = 'LEADER',
  AUDITOR = 'AUDITOR',
}

registerEnumType(Role, {
  name: 'Role',
  description: '角色；每个角色授予在某中心及其下级范围内 / A role, granted over a center subtree',
  valuesConfig: {
    ADMIN: { description: '管理员：维护组织机构、用户与授权 / Maintains organisation, users and grants' },
    DISPATCHER: { description: '受理分流员 / Reception and dispatch staff' },
    AGENCY_STAFF: { description: '入驻部门工作人员（限一个部门）/ Staff of one stationed agency' },
    MEDIATOR: { description: '调解员（限本人案件）/ A mediator, own cases only' },
    SCHEDULER: { description: '排班员 / Duty scheduler' },
    LEADER: { description: '领导（县级领导、楼长），督办 / Leader: supervises, receives petitioners' },
    AUDITOR: { description: '审计员：查看审计日志 / Reads audit logs' },
  },
});
