/**
 * Routing by category in each county (wage arrears → 人社局, grassland → 林草局 with 司法局 …), written as
 * routing_rule rows, and the lookup the case generator dispatches with: per county and category, the
 * lead and cooperating agency, who works the case there, and which mediators fit it.
 */
import type { Organisation } from './organisation.js';
import type { Ids, Staff } from './people.js';

/** Lead candidates in order of preference (agency keys), then cooperating candidates. */
const RULES: Record<string, [lead: string[], cooperating: string[]]> = {
  WAGE_ARREARS: [['hr'], ['labour', 'justice']],
  LABOUR_CONTRACT: [['labour', 'hr'], ['hr']],
  CONSTRUCTION_PAYMENT: [['construction', 'business', 'hr'], ['housing', 'hr']],
  TRAFFIC_ACCIDENT: [['traffic', 'police'], ['police']],
  PROPERTY_DAMAGE: [['people', 'justice'], []],
  LAND_GRASSLAND: [['forestry', 'grassland', 'land', 'justice'], ['justice']],
  NEIGHBOUR: [['people', 'justice'], ['justice']],
  MARRIAGE_FAMILY: [['family', 'people', 'justice'], ['psy']],
  MEDICAL: [['medical', 'justice'], []],
  CONSUMER: [['consumer', 'market', 'sanshi', 'legal'], []],
  PROPERTY_MANAGEMENT: [['property', 'housing', 'people'], ['housing']],
  OTHER: [['sanshi', 'legal'], []],
};

export interface RoutingRuleRow { id: number; center_id: number; category_code: string; lead_agency_id: number }
export interface RouteRow {
  ci: number; category_id: number;
  lead_id: number; lead_short: string; lead_staff: number[];
  coop_id: number | null; coop_short: string | null;
  petitions_id: number; petitions_short: string; petitions_staff: number[];
  court_id: number; court_name: string;
  med_ids: number[]; med_names: string[]; med_agency_ids: number[]; med_agency_shorts: string[]; med_users: number[];
}

export function buildRouting(org: Organisation, staff: Staff, categories: Map<string, number>, ids: Ids) {
  const rules: RoutingRuleRow[] = [];
  const cooperating: { routing_rule_id: number; agency_id: number }[] = [];
  const routes: RouteRow[] = [];
  for (const county of org.counties) {
    const byKey = new Map(county.agencies.map((a) => [a.key, a]));
    const petitions = byKey.get('petitions')!;
    const court = byKey.get('court')!;
    const mediators = org.mediators.filter((m) => m.ci === county.ci && m.active && !m.archived);
    for (const [code, categoryId] of categories) {
      const [leadKeys, coopKeys] = RULES[code] ?? [['legal'], []];
      const lead = leadKeys.map((k) => byKey.get(k)).find(Boolean) ?? byKey.get('legal')!;
      const coop = coopKeys.map((k) => byKey.get(k)).find((a) => a && a.id !== lead.id) ?? null;
      const rule: RoutingRuleRow = { id: ++ids.rule, center_id: county.center.id, category_code: code, lead_agency_id: lead.id };
      rules.push(rule);
      if (coop) cooperating.push({ routing_rule_id: rule.id, agency_id: coop.id });
      const specialists = mediators.filter((m) => m.specialties.includes(code));
      const ofLead = specialists.filter((m) => m.agency_id === lead.id);
      const pool = ofLead.length >= 2 ? ofLead : specialists.length ? specialists : mediators;
      const agencyOf = (id: number) => county.agencies.find((a) => a.id === id)!;
      routes.push({
        ci: county.ci, category_id: categoryId,
        lead_id: lead.id, lead_short: lead.short_name, lead_staff: staff.agencyStaff.get(lead.id)!,
        coop_id: coop?.id ?? null, coop_short: coop?.short_name ?? null,
        petitions_id: petitions.id, petitions_short: petitions.short_name, petitions_staff: staff.agencyStaff.get(petitions.id)!,
        court_id: court.id, court_name: court.name,
        med_ids: pool.map((m) => m.id), med_names: pool.map((m) => m.name), med_agency_ids: pool.map((m) => m.agency_id),
        med_agency_shorts: pool.map((m) => agencyOf(m.agency_id).short_name), med_users: pool.map((m) => staff.mediatorUser.get(m.id)!),
      });
    }
  }
  return { rules, cooperating, routes };
}
