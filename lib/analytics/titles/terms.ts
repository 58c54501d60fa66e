/**
 * Advertising-Law terms checked in titles (algorithms.md §3.2, competitors.md §7), graded:
 * - P0 banned: absolute terms (《广告法》第九条第（三）项, fines of ¥200k–1M under 第五十七条), disease
 *   claims for ordinary goods (第十七条), 驰名商标 (《商标法》第十四条第五款), 免检 (abolished in 2008);
 * - P1 needs a qualification the seller must hold and show: 特供/专供, patents, special-cosmetic and
 *   health-food claims, organic/green-food labels;
 * - P2 must be true and provable, or it is false advertising (第四条, 第十一条, 第二十八条): sales
 *   rankings, 正品保证, 纯天然, 100%, reference prices.
 * 驰名商标 and 质量免检 are P0 rather than P1: the law forbids the first in advertising outright and the
 * second no longer exists, so no qualification makes them usable.
 */
export type Grade = 'P0' | 'P1' | 'P2';

/** The law or rule a term breaks, in Chinese and English. */
export interface Clause {
  zh: string;
  en: string;
}

/** One checked term; `unlessNext` lists continuations that make it an ordinary word (第一次, 最近). */
export interface BannedTerm {
  term: string;
  grade: Grade;
  clause: Clause;
  replacement: { zh: string; en: string };
  unlessNext?: readonly string[];
}

const clause = (zh: string, en: string): Clause => ({ zh, en });
const ABSOLUTE = clause(
  '《广告法》第九条第（三）项：不得使用“国家级”“最高级”“最佳”等用语（第五十七条：处二十万元以上一百万元以下罚款）',
  'Advertising Law art. 9(3): no "national-level", "highest", "best" or similar terms (art. 57: fines of ¥200k–1M)',
);
const DISEASE = clause(
  '《广告法》第十七条：除医疗、药品、医疗器械广告外，不得涉及疾病治疗功能',
  'Advertising Law art. 17: only medical, drug and device ads may claim to treat disease',
);
const TRADEMARK = clause(
  '《商标法》第十四条第五款：不得将“驰名商标”字样用于商品、包装或广告宣传',
  'Trademark Law art. 14(5): "well-known trademark" may not appear on goods, packaging or ads',
);
const EXEMPT = clause(
  '产品免检制度已于 2008 年废止，宣称免检属虚假宣传（《广告法》第四条、第二十八条）',
  'Inspection exemption was abolished in 2008; claiming it is false advertising (arts. 4, 28)',
);
const STATE = clause(
  '《广告法》第九条第（二）项：不得使用或变相使用国家机关、国家机关工作人员的名义或形象',
  'Advertising Law art. 9(2): no use, direct or implied, of state organs or officials',
);
const PATENT = clause(
  '《广告法》第十二条：涉及专利须标明专利号和专利种类；未授权的专利申请不得宣传',
  'Advertising Law art. 12: state the patent number and type; pending applications may not be advertised',
);
const COSMETIC = clause(
  '《化妆品监督管理条例》第十六条：美白、祛斑、防脱发等属特殊化妆品，须取得注册证（国妆特字）',
  'Cosmetics Regulation art. 16: whitening, spot and hair-loss claims need special-cosmetic registration',
);
const HEALTH = clause(
  '《广告法》第十八条：保健功能须有保健食品批准（蓝帽子）且不得夸大',
  'Advertising Law art. 18: health functions need health-food approval and may not be overstated',
);
const LABEL = clause(
  '有机、绿色食品等标志须取得相应认证方可使用（《广告法》第四条、第二十八条）',
  'Organic and green-food labels need the matching certification (arts. 4, 28)',
);
const PROVABLE = clause(
  '《广告法》第四条、第十一条：宣传须真实，数据、排名须准确并表明出处，否则属虚假广告（第二十八条）',
  'Advertising Law arts. 4, 11: claims must be true, figures and rankings sourced, else false advertising (art. 28)',
);
const PRICE = clause(
  '《明码标价和禁止价格欺诈规定》第十九条：“原价”须是降价前七日内的最低成交价',
  'Price Fraud Rules art. 19: an "original price" must be the lowest price of the 7 days before the cut',
);

const advice = (zh: string, en: string) => ({ zh, en });
const REMOVE = advice('删除该词', 'remove it');
const RANKING = advice('删除，或写明可证实的排名、来源和时间', 'remove, or give a provable ranking with source and date');
const SCOPE = advice('删除，或写明可证实的范围和时间', 'remove, or give provable scope and date');
const SPECIAL_COSMETIC = advice('无注册证则删除；有则写明国妆特字号', 'remove unless registered; then cite the number');
const CERTIFIED = advice('无认证则删除', 'remove unless certified');
const WITH_PROOF = advice('确有证据再用，并写明依据（检测报告、授权书、统计来源）', 'keep only with proof, and cite it');
const NO_CURE = advice('删除疗效用语', 'remove the treatment claim');
const NO_EXEMPT = advice('删除，可写“质检合格”并附检测报告', 'remove; say inspected, with the report');
const CHANNEL = advice('删除；渠道专款写明渠道，且不得涉及国家机关', 'remove; name the channel, never a state organ');

/** Terms sharing a grade, clause and advice. */
function terms(grade: Grade, c: Clause, replacement: BannedTerm['replacement'], list: string[]): BannedTerm[] {
  return list.map((term) => ({ term, grade, clause: c, replacement }));
}

/** An absolute term (P0, 第九条第（三）项). */
function absolute(term: string, replacement = REMOVE, unlessNext?: string[]): BannedTerm {
  return { term, grade: 'P0', clause: ABSOLUTE, replacement, ...(unlessNext ? { unlessNext } : {}) };
}

/** Continuations after which 第一 counts something rather than ranks it (第一次, 第一件半价, 第一时间发货). */
const ORDINAL = ['次', '件', '步', '天', '代', '批', '单', '期', '季', '时间', '眼', '口', '层'];

/** Every checked term; compliance.ts matches the longest at each place. */
export const BANNED_TERMS: readonly BannedTerm[] = [
  // 最: every 最… is absolute except time words (最近/最后/最终/最初), which claim nothing about the goods.
  absolute('最', advice('删除“最”字句，或改为可证实的描述', 'remove the 最 phrase or state a provable fact'), ['近', '后', '终', '初']),
  absolute('最佳', advice('改为“优选”“出色”', 'use 优选 / 出色')),
  absolute('最好', advice('改为“优质”', 'use 优质')),
  absolute('最低价', advice('改为“优惠价”并写明活动', 'use 优惠价 with the promotion named')),
  absolute('最高级'),
  absolute('国家级', advice('删除，或写明具体认证名称', 'remove, or name the actual certification')),
  absolute('世界级'),
  absolute('全球级'),
  absolute('第一', RANKING, ORDINAL),
  absolute('NO.1', RANKING),
  absolute('NO1', RANKING),
  absolute('TOP1', RANKING),
  absolute('唯一'),
  absolute('独一无二', advice('改为“特色”', 'use 特色')),
  absolute('顶级', advice('改为“高品质”“精选”', 'use 高品质 / 精选')),
  absolute('顶尖', advice('改为“优质”', 'use 优质')),
  absolute('极品', advice('改为“精选”“优选”', 'use 精选 / 优选')),
  absolute('独家', advice('删除，或写明可证实的独家授权', 'remove, or cite the exclusive licence')),
  absolute('首个', SCOPE),
  absolute('首家', SCOPE),
  absolute('万能', advice('改为“多用途”“多功能”', 'use 多用途 / 多功能'), ['胶', '表', '轮']),
  ...['绝对', '无敌', '终极', '史无前例', '绝无仅有', '无与伦比'].map((t) => absolute(t)),
  absolute('至尊', advice('改为“尊享”', 'use 尊享')),
  ...terms('P0', DISEASE, NO_CURE, ['治疗', '治愈', '根治', '消炎', '抗癌', '降血压', '降血糖']),
  ...terms('P0', TRADEMARK, advice('删除（可写“注册商标”）', 'remove it (say registered trademark)'), ['驰名商标']),
  ...terms('P0', EXEMPT, NO_EXEMPT, ['质量免检', '国家免检', '免检']),
  ...terms('P1', STATE, CHANNEL, ['特供', '专供']),
  ...terms('P1', PATENT, advice('写明专利种类和专利号', 'give the patent type and number'), ['专利']),
  ...terms('P1', COSMETIC, SPECIAL_COSMETIC, ['美白', '祛斑', '淡斑', '生发']),
  // 防脱落 / 防脱扣 (a strap that does not come off) is not a hair-loss claim.
  { term: '防脱', grade: 'P1', clause: COSMETIC, replacement: SPECIAL_COSMETIC, unlessNext: ['落', '扣'] },
  ...terms('P1', HEALTH, advice('非保健食品删除', 'remove unless an approved health food'), ['增强免疫力', '提高免疫力']),
  // 有机玻璃 is acrylic glass, not an organic claim.
  { term: '有机', grade: 'P1', clause: LABEL, replacement: CERTIFIED, unlessNext: ['玻璃'] },
  ...terms('P1', LABEL, CERTIFIED, ['绿色食品']),
  ...terms('P2', PROVABLE, WITH_PROOF, ['销量领先', '销量冠军', '销冠', '正品保证', '纯天然', '100%', '无添加', '零添加']),
  ...terms('P2', PROVABLE, advice('写明上市年份，如“2025新款”', 'give the year, e.g. 2025新款'), ['最新']),
  ...terms('P2', PROVABLE, advice('改为具体参数', 'state the actual spec'), ['极致']),
  ...terms('P2', PRICE, advice('确为前七日最低成交价再用', 'use only for the lowest price of the last 7 days'), ['原价']),
];
