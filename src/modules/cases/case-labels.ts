/** Chinese labels of case enums, for people reading exports, ledgers and printed forms. */
export const KIND_ZH: Record<string, string> = { DISPUTE: '矛盾纠纷', PETITION: '信访' };
export const CHANNEL_ZH: Record<string, string> = {
  WALK_IN: '窗口来访', PHONE: '电话', ONLINE: '网上', PETITION_LETTER: '来信', PETITION_VISIT: '来访', TRANSFER: '转办', GRID_REPORT: '网格员上报', LEADER_RECEPTION: '领导接访',
};
export const RISK_ZH: Record<string, string> = { NONE: '无', LOW: '低', MEDIUM: '中', HIGH: '高' };
