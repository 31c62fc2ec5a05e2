/**
 * Text templates for generated cases. Placeholders, filled in SQL: {A} first applicant, {R} first
 * respondent (or 对方), {N} people the applicants stand for, {M} amount (e.g. 3.5万元), {P} place,
 * {T} town or county where it happened.
 */

export interface CategoryTexts {
  titles: string[];
  descriptions: string[];
  /** Share of cases of this category that are petitions (信访). */
  petitionShare: number;
  /** Share of respondents that are organisations. */
  respondentOrg: number;
  /** Organisation groups (see ORG_GROUPS) respondents are drawn from. */
  orgGroups: string[];
  /** Amount in dispute: share with an amount, and the range in CNY (log-uniform). */
  amount: [share: number, min: number, max: number];
  /** Case mix weights, rural banners/counties and urban districts. */
  weight: [rural: number, urban: number];
}

export const CATEGORY_TEXTS: Record<string, CategoryTexts> = {
  WAGE_ARREARS: {
    titles: ['{N}名务工人员讨要工资', '{R}拖欠{A}等人劳务费', '农民工讨薪：{T}某工地拖欠工资', '{A}反映被拖欠工资{M}'],
    descriptions: [
      '{A}等{N}人在{P}务工，工程完工后用工方{R}以资金周转困难为由迟迟未结算工资，共计约{M}，务工人员情绪激动，请求帮助追讨。',
      '{A}反映其在{R}务工期间的工资{M}至今未付，多次讨要无果，请求综治中心协调解决。',
      '{T}某项目{N}名务工人员聚集讨薪，称包工头失联，总包单位{R}拒不垫付，涉及工资约{M}。',
    ],
    petitionShare: 0.5, respondentOrg: 0.85, orgGroups: ['construction', 'construction', 'energy', 'agri', 'retail'],
    amount: [0.95, 3_000, 1_200_000], weight: [12, 11],
  },
  CONSTRUCTION_PAYMENT: {
    titles: ['{R}拖欠工程款纠纷', '{A}追讨工程款{M}', '{T}某工程项目工程款结算纠纷'],
    descriptions: [
      '{A}承建{R}位于{P}的工程，工程已竣工验收，对方尚欠工程款{M}未付，双方对结算金额存在争议。',
      '{A}通过综治中心小程序申报：{R}拖欠其工程款{M}，多次催要未果，希望帮助调解追回。',
    ],
    petitionShare: 0.35, respondentOrg: 0.95, orgGroups: ['construction', 'estate', 'energy'],
    amount: [1, 30_000, 5_000_000], weight: [6, 6],
  },
  TRAFFIC_ACCIDENT: {
    titles: ['交通事故赔偿纠纷', '{A}与{R}交通事故损害赔偿', '{P}交通事故赔偿协商'],
    descriptions: [
      '{A}驾驶车辆在{P}与{R}发生交通事故，交警已出具事故认定书，双方就医疗费、误工费等赔偿金额（约{M}）协商不成。',
      '{A}家属因事故赔偿金额与负主要责任的{R}产生激烈争执，请求调解。',
    ],
    petitionShare: 0.1, respondentOrg: 0.2, orgGroups: ['transport'],
    amount: [0.9, 2_000, 800_000], weight: [7, 8],
  },
  PROPERTY_DAMAGE: {
    titles: ['财产损害赔偿纠纷', '{R}施工损坏{A}财产', '牲畜、围栏损失赔偿纠纷'],
    descriptions: [
      '{R}在{P}施工作业时损坏{A}的草场围栏及房屋，双方就赔偿金额{M}争执不下。',
      '{A}反映其牲畜被{R}车辆撞死，要求赔偿损失约{M}，对方认为赔偿过高。',
    ],
    petitionShare: 0.25, respondentOrg: 0.45, orgGroups: ['energy', 'construction', 'transport'],
    amount: [0.85, 500, 200_000], weight: [8, 6],
  },
  LAND_GRASSLAND: {
    titles: ['草场边界纠纷', '{A}反映征地补偿款发放问题', '草原承包经营权纠纷', '{T}草牧场使用权争议'],
    descriptions: [
      '{A}与{R}因{P}草场边界及围栏位置发生争执，双方各执一词，矛盾有激化风险。',
      '{A}等{N}户牧民反映{P}征地补偿款未足额发放，要求核查补偿标准并落实到户。',
      '{A}反映{R}占用其承包草场放牧，破坏草原植被，请求依法处理。',
    ],
    petitionShare: 0.65, respondentOrg: 0.35, orgGroups: ['village', 'village', 'energy', 'agri'],
    amount: [0.4, 3_000, 600_000], weight: [14, 3],
  },
  NEIGHBOUR: {
    titles: ['邻里纠纷', '{A}与{R}邻里通行纠纷', '宅基地相邻关系纠纷', '邻居漏水纠纷'],
    descriptions: [
      '{A}与邻居{R}因{P}通行道路、排水等问题长期不和，近日发生口角，请求调解。',
      '{A}反映楼上邻居{R}家中漏水导致其房屋受损，双方协商未果。',
    ],
    petitionShare: 0.3, respondentOrg: 0, orgGroups: ['village'],
    amount: [0.25, 200, 30_000], weight: [17, 18],
  },
  MARRIAGE_FAMILY: {
    titles: ['婚姻家庭纠纷', '离婚后子女抚养费纠纷', '赡养纠纷', '家庭财产分割纠纷'],
    descriptions: [
      '{A}称与{R}离婚后，对方未按约定支付子女抚养费，请求调解。',
      '{A}年迈多病，反映子女{R}等人互相推诿，不尽赡养义务。',
      '{A}与{R}因家庭财产分割发生争执，矛盾有激化倾向。',
    ],
    petitionShare: 0.15, respondentOrg: 0, orgGroups: ['village'],
    amount: [0.3, 1_000, 300_000], weight: [12, 13],
  },
  MEDICAL: {
    titles: ['医疗纠纷', '{A}家属与{R}医疗损害纠纷'],
    descriptions: ['{A}在{R}治疗后出现并发症，家属认为院方存在过错，要求赔偿约{M}。'],
    petitionShare: 0.3, respondentOrg: 0.95, orgGroups: ['medical'],
    amount: [0.85, 5_000, 1_000_000], weight: [2, 3],
  },
  CONSUMER: {
    titles: ['消费纠纷', '{A}与{R}买卖合同纠纷', '预付卡退费纠纷'],
    descriptions: ['{A}在{R}购买的商品存在质量问题，要求退换货并赔偿{M}，商家拒绝。', '{A}等人反映{R}突然停业，预付卡余额无法退还。'],
    petitionShare: 0.2, respondentOrg: 0.9, orgGroups: ['retail'],
    amount: [0.9, 100, 100_000], weight: [4, 7],
  },
  LABOUR_CONTRACT: {
    titles: ['劳动合同纠纷', '{A}与{R}解除劳动合同补偿纠纷', '工伤待遇纠纷'],
    descriptions: ['{A}在{R}工作期间受伤，双方就工伤待遇及经济补偿{M}协商不成。', '{A}被{R}辞退，要求支付经济补偿金约{M}。'],
    petitionShare: 0.3, respondentOrg: 0.95, orgGroups: ['energy', 'retail', 'construction', 'other'],
    amount: [0.9, 2_000, 300_000], weight: [6, 7],
  },
  PROPERTY_MANAGEMENT: {
    titles: ['物业纠纷', '小区物业费与停车位纠纷', '{A}等业主与{R}物业服务纠纷'],
    descriptions: ['{A}等{N}名业主反映{R}服务不到位、乱收停车费，业主拒交物业费，双方矛盾激化。', '{P}小区供暖不达标，业主{A}等要求{R}退还部分取暖费。'],
    petitionShare: 0.4, respondentOrg: 1, orgGroups: ['property'],
    amount: [0.5, 500, 200_000], weight: [3, 11],
  },
  OTHER: {
    titles: ['其他矛盾纠纷', '{A}反映的问题', '合同纠纷'],
    descriptions: ['{A}反映与{R}之间的纠纷，涉及金额约{M}，请求综治中心协调处理。', '{A}来访反映{P}相关问题，要求有关部门依法处理。'],
    petitionShare: 0.6, respondentOrg: 0.4, orgGroups: ['other', 'retail', 'village'],
    amount: [0.4, 500, 500_000], weight: [6, 6],
  },
};

/** Defaults for a category the generator does not know (an admin added it). */
export const FALLBACK_TEXTS: CategoryTexts = { ...CATEGORY_TEXTS.OTHER!, weight: [1, 1] };

export const PHRASES = {
  dispatchNotes: ['按分流规则分流', '牵头部门负责，限期办结', '涉及多部门，请协同办理', '当事人情绪激动，请尽快联系', '请调解员当日联系当事人'],
  reassignReasons: ['调解员工作量已满，改派其他调解员', '案情涉及专业问题，改派专业调解组织', '原牵头部门职责不符，重新指定牵头部门', '当事人申请回避'],
  rejectReasons: ['不属于本机关职权范围，已告知向有权机关提出', '已经或者依法应当通过诉讼、仲裁、行政复议解决', '重复信访，已依法作出处理意见', '诉求已有处理结论且无新的事实和理由'],
  withdrawReasons: ['双方已自行和解', '申请人已向法院起诉', '申请人主动撤回申请', '对方已履行，申请人不再要求调解'],
  escalateReasons: ['案情复杂，需旗县级多部门联合调处', '涉及人数较多，上报旗县综治中心', '跨苏木镇纠纷，需上级统筹'],
  delegateReasons: ['属地管理，交由镇综治中心就近化解', '当事人均在该镇居住，便于就地调解', '小事不出村、大事不出镇，交办属地处理'],
  extensionReasons: ['对方借故拖延履行，需延期跟进督促', '需等待伤情鉴定结果', '涉及多方主体，需进一步核实事实', '当事人外出务工，需协调时间再次调解'],
  extensionRejected: ['理由不充分，请按期办结', '请在原期限内加快办理'],
  extensionApproved: ['同意延期，请告知当事人', '同意延期跟进，督促履约', '同意，请按期办结'],
  supervisionInstructions: ['请牵头部门加快办理，三日内反馈进展', '群众反映强烈，请主要负责同志亲自过问', '涉稳风险较高，请制定化解方案并报告', '请会同协同部门联合调处'],
  supervisionResponses: ['已化解，当事人表示满意', '已联系双方当事人，正在组织调解', '已按要求加快办理，预计近期化解', '已向领导汇报并落实化解措施', '已延期，正在跟进履行'],
  sessionNotes: {
    FACE_TO_FACE: ['组织双方面对面调解，释法明理，双方初步达成一致意见。', '当面核对事实与证据，讲解相关法律规定，双方同意进一步协商。'],
    SEPARATE: ['背对背分别做双方工作，缓和情绪，缩小分歧。', '分别听取双方诉求，逐项核算争议金额。'],
    PHONE: ['电话联系双方，释明法律后果，对方同意协商解决。', '电话调解，双方同意按调解方案履行。'],
    VIDEO: ['视频连线外地当事人，远程确认调解方案。', '通过视频连线组织三方调解。'],
  } as Record<string, string[]>,
  agreementTerms: ['{R}于约定日期前向{A}支付{M}，双方再无其他争议。', '双方自愿达成协议：{R}分期支付{M}，{A}放弃其他请求。', '{R}一次性赔偿{A}各项损失共计{M}。'],
  paymentNotes: ['银行转账', '微信转账', '现金支付', '对公转账', '支付宝转账'],
  resolveNotes: ['经调解双方达成协议，纠纷化解。', '双方当场履行，矛盾化解。', '经多轮调解，当事人达成和解。', '问题已依法依规解决，当事人认可。'],
  failNotes: ['双方分歧较大，调解不成，已引导通过法律途径解决。', '对方拒不配合调解，已告知当事人申请仲裁或起诉。', '经多次调解未能达成一致，已引导至其他途径。'],
  commentsGood: ['办事效率高，非常感谢', '调解员很耐心，问题解决了', '有事找综治中心，心里踏实', '没想到这么快就解决了'],
  commentsBad: ['对结果不满意，赔偿太少', '处理时间太长', '对方至今未完全履行'],
  withoutFeedback: ['多次电话联系未接通', '当事人已外出务工，无法联系', '当事人拒绝回访'],
  closeNotes: ['回访满意，办结。', '案结事了，办结。', '已回访，办结归档。'],
  riskReasons: ['涉及人数较多，情绪激动，极易引发群体事件', '当事人扬言越级上访', '矛盾有激化风险，需重点关注'],
  participants: ['{H}、{A}、{R}', '{H}、{A}及其家属、{R}', '{H}、{A}、{R}、村（嘎查）干部'],
};
