import { Entity, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';

/**
 * Routing by category at a center and the centers below it (wage arrears → 人社局; grassland fence →
 * 林草局 with 司法局). The nearest rule up the center tree gives the dispatch *suggestion*; a dispatcher
 * confirms it.
 */
@ObjectType({ implements: Node, description: '分流规则：某类纠纷由谁牵头、谁协同 / Routing rule for a category at a center' })
@Entity()
@Unique({ properties: ['center', 'categoryCode'] })
export class RoutingRule extends HubEntity {
  @ManyToOne(() => Center, { ref: true })
  center!: Ref<Center>;

  @Field({ description: '类别代码 / Category code' })
  @Property({ length: 40 })
  categoryCode!: string;


  @ManyToOne(() => Agency, { ref: true })
  leadAgency!: Ref<Agency>;

  @ManyToMany(() => Agency, undefined, { owner: true, pivotTable: 'routing_rule_cooperating' })
  cooperatingAgencies = new Collection<Agency>(this);
}
