import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Center } from './center.entity.js';

/** The "1+4+N" kinds: the 4 integrated centers and the N forces. */
export enum AgencyKind {
  RECEPTION_CENTER = 'RECEPTION_CENTER',
  LITIGATION_SERVICE = 'LITIGATION_SERVICE',
  PROCURATORATE_SERVICE = 'PROCURATORATE_SERVICE',
  PUBLIC_LEGAL_SERVICE = 'PUBLIC_LEGAL_SERVICE',
  PETITIONS = 'PETITIONS',
  COURT = 'COURT',
  PROCURATORATE = 'PROCURATORATE',
  JUSTICE = 'JUSTICE',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  FORESTRY_GRASSLAND = 'FORESTRY_GRASSLAND',
  POLICE = 'POLICE',
  LAW_SOCIETY = 'LAW_SOCIETY',
  PSYCHOLOGICAL_SERVICE = 'PSYCHOLOGICAL_SERVICE',
  MEDIATION_COMMITTEE = 'MEDIATION_COMMITTEE',
  OTHER = 'OTHER',
}

export enum AgencyGroup {
  INTEGRATED_CENTER = 'INTEGRATED_CENTER',
  FORCE = 'FORCE',
}

const INTEGRATED = new Set([
  AgencyKind.RECEPTION_CENTER,
  AgencyKind.LITIGATION_SERVICE,
  AgencyKind.PROCURATORATE_SERVICE,
  AgencyKind.PUBLIC_LEGAL_SERVICE,
]);

export function agencyGroup(kind: AgencyKind): AgencyGroup {
  return INTEGRATED.has(kind) ? AgencyGroup.INTEGRATED_CENTER : AgencyGroup.FORCE;
}

registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: '部门/力量类型（“1+4+N”）/ Kind of agency in the "1+4+N" model',
  valuesConfig: {
    RECEPTION_CENTER: { description: '一站式群众接待中心 / One-stop reception center' },
    LITIGATION_SERVICE: { description: '诉讼服务中心 / Litigation service center' },
    PROCURATORATE_SERVICE: { description: '检察服务中心 / Procuratorate service center' },
    PUBLIC_LEGAL_SERVICE: { description: '公共法律服务中心 / Public legal service center' },
    PETITIONS: { description: '信访局 / Petitions bureau' },
    COURT: { description: '人民法院 / Court' },
    PROCURATORATE: { description: '检察院 / Procuratorate' },
    JUSTICE: { description: '司法局 / Justice bureau' },
    HUMAN_RESOURCES: { description: '人力资源和社会保障局 / HR and social security bureau' },
    FORESTRY_GRASSLAND: { description: '林业和草原局 / Forestry and grassland bureau' },
    POLICE: { description: '公安 / Police' },
    LAW_SOCIETY: { description: '法学会 / Law society' },
    PSYCHOLOGICAL_SERVICE: { description: '心理服务组织 / Psychological services' },
    MEDIATION_COMMITTEE: { description: '专业/行业调解委员会 / Professional or industry mediation committee' },
    OTHER: { description: '其他 / Other' },
  },
});

registerEnumType(AgencyGroup, {
  name: 'AgencyGroup',
  description: '“4个中心”或“N方力量” / One of the 4 integrated centers, or one of the N forces',
  valuesConfig: {
    INTEGRATED_CENTER: { description: '4个中心之一 / One of the 4 integrated centers' },
    FORCE: { description: 'N方力量之一 / One of the N forces' },
  },
});

@ObjectType({
  implements: Node,
  description: '部门或力量（人社局、林草局、法院、调解委员会……）/ An agency or force, e.g. HR bureau, court, mediation committee',
})
@Entity()
export class Agency extends HubEntity {
  @Field({ description: '全称，如“杭锦旗人力资源和社会保障局” / Full name' })
  @Property({ length: 100 })
  name!: string;

  @Field({ description: '简称，如“人社局” / Short name' })
  @Property({ length: 30 })
  shortName!: string;

  @Field(() => AgencyKind, { description: '类型 / Kind' })
  @Enum(() => AgencyKind)
  kind!: AgencyKind;

  /** The center whose administration the agency belongs to (杭锦旗人社局 → 杭锦旗综治中心). */
  @ManyToOne(() => Center, { ref: true, index: true })
  center!: Ref<Center>;

  @Field(() => String, { nullable: true, description: '联系电话 / Contact phone' })
  @Property({ length: 30, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true, description: '职责简介 / What the agency handles' })
  @Property({ length: 500, nullable: true })
  description: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: '归档时间 / When archived' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Field(() => AgencyGroup, { description: '属“4个中心”还是“N方力量” / Integrated center or force' })
  get group(): Opt<AgencyGroup> {
    return agencyGroup(this.kind);
  }
}
