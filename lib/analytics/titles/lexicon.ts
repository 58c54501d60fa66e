import { CATEGORY_WORDS } from '../sku-codes';

/**
 * The built-in shop vocabulary the title segmenter keeps whole. ICU's Chinese dictionary (what
 * Intl.Segmenter uses) splits shop words apart — 华|为, 羽|绒|服, 连|衣裙, 新|款 (algorithms.md §3.4) — so
 * these words are matched first and ICU only splits what is left. Kinds drive the suggestions: a missing
 * core or attribute word may be suggested; a brand never is (putting another brand's name in a title is
 * a trademark problem, not a keyword tip), nor a promotion word (清仓, 直播间专享 and 官方旗舰 describe one
 * listing's offer or store, and may be untrue on another), nor a filler word (适用).
 */
export type WordKind = 'core' | 'attribute' | 'brand' | 'promo' | 'filler';

/** Product words beyond the category words of the SKU codes (sku-codes/category-words.ts). */
const MORE_CORE = `
羽绒马甲 羽绒背心 棉袄 保暖内衣 秋衣 秋裤 卫裤 运动裤 工装裤 POLO衫 连体衣 套装 两件套 睡裙 防晒衣 皮衣 牛仔外套
蓝牙音箱 头戴式耳机 游戏耳机 降噪耳机 车载充电器 充电器头 平板电脑 保护壳 自拍杆 机械键盘 无线鼠标 鼠标垫 充电线
数据线 精华水 卸妆水 卸妆油 洁面乳 唇膏 遮瑕 散粉 腮红 粉饼 隔离霜 面部精华 安瓶 冻干粉 睡眠面膜 补水面膜 咖啡粉
挂耳咖啡 冻干咖啡 黑咖啡 速溶咖啡 花茶 普洱 乌龙茶 龙井 铁观音 每日坚果 奶粉 辣酱 牛肉酱 自热火锅 挂面 空调被
夏凉被 羽绒被 蚕丝被 乳胶枕 记忆枕 收纳箱 收纳盒 保鲜盒 炒锅 不粘锅 电饭煲 空气炸锅 榨汁机 电热水壶 加湿器
吸尘器 扫地机器人 吹风机 卷发棒 抽纸 湿巾 洗衣液 洗洁精 床上用品 被套 床单 安全座椅 爬行垫 学步鞋 吸管杯
婴儿推车 儿童水杯 连体衣 瑜伽垫 健腹轮 速干衣 冲锋裤 登山鞋 篮球鞋 老爹鞋 小白鞋 乐福鞋 洞洞鞋 托特包 帆布包
腋下包 猫罐头 宠物窝`;

/** Attribute, season, style, audience and material words: what sellers add around the core word. */
const ATTRIBUTES = `
新款 新品 春季 夏季 秋季 冬季 春秋 秋冬 春夏 四季 冬天 夏天 加厚 加绒 保暖 宽松 修身 显瘦 百搭 韩版 法式 复古
ins风 简约 休闲 时尚 气质 温柔风 高腰 短款 长款 中长款 小个子 大码 男士 女士 男款 女款 男女 情侣 学生 儿童
中老年 纯棉 全棉 精梳棉 长绒棉 水洗棉 真丝 羊毛 羊绒 雪纺 蕾丝 牛仔 针织 白鸭绒 白鹅绒 鸭绒 鹅绒 碎花 条纹 格子
纯色 印花 刺绣 圆领 V领 高领 连帽 收腰 垂感 阔腿 直筒 九分 七分 短袖 长袖 打底 外穿 内搭 无线 真无线 蓝牙 降噪
主动降噪 入耳式 头戴式 半入耳 超长续航 长续航 续航 快充 超级快充 闪充 适用 Type-C 补水 保湿 控油 修护 敏感肌
温和 清洁 滋润 持久 哑光 防水 中度烘焙 深度烘焙 现磨 手冲 挂耳 速溶 无糖 低脂 即食 独立包装 礼盒 家用 便携 迷你
大容量 轻便 透气 减震 防滑 耐磨 网面 加大 加长 可折叠 折叠 多功能 智能 静音 不锈钢 硅胶 全包 防摔 透明 软壳 磨砂
通勤 旅行 商务 亲肤 小粒 云南 玻尿酸 烘焙 水洗 宝宝 婴儿 孕妇 运动 跑步 户外 幼儿园 小学生 中学生 大学生 上班族`;

/** Offer, store and channel words. */
const PROMO = `
清仓 包邮 直播间 专享 直播间专享 官方 旗舰 旗舰店 官方旗舰 官方旗舰店 正品 原装 原装正品 爆款 热卖 特价 秒杀
福利 限时 折扣 特惠`;

/** Words that join others (适用华为, 男女通用) and say nothing on their own. */
const FILLER = `
适用 专用 通用 男女通用 同款 系列 款式`;

/** Brands and product lines often named in titles (as "适用华为" compatibility words too). */
const BRANDS = `
华为 苹果 小米 荣耀 OPPO vivo 三星 联想 戴尔 索尼 漫步者 倍思 绿联 安克 公牛 飞利浦 美的 格力 九阳 苏泊尔 耐克
阿迪达斯 李宁 安踏 特步 鸿星尔克 优衣库 波司登 雅鹿 鸭鸭 欧莱雅 兰蔻 雅诗兰黛 完美日记 花西子 百雀羚 自然堂
珀莱雅 薇诺娜 三只松鼠 良品铺子 百草味 雀巢 星巴克 伊利 蒙牛 罗莱 富安娜 水星家纺 南极人 恒源祥 iPhone iPad
MacBook AirPods`;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** ASCII letters lower-cased, nothing else touched (so lengths and CJK stay as they are). */
export function asciiLower(text: string): string {
  return HAS_UPPER.test(text) ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text;
}

const HAS_UPPER = /[A-Z]/;

function build(): Map<string, WordKind> {
  const map = new Map<string, WordKind>();
  const set = (list: Iterable<string>, kind: WordKind) => {
    for (const w of list) map.set(asciiLower(w), kind);
  };
  set(words(ATTRIBUTES), 'attribute');
  for (const list of Object.values(CATEGORY_WORDS)) set(list, 'core');
  set(words(MORE_CORE), 'core');
  set(words(BRANDS), 'brand');
  set(words(PROMO), 'promo');
  set(words(FILLER), 'filler');
  return map;
}

/**
 * Word (ASCII lower-cased) → kind: a few hundred shop words across all categories; later lists win, so a
 * word that is both an attribute and a product word (短袖) counts as a product word, and brands as brands.
 */
export const SHOP_WORDS: ReadonlyMap<string, WordKind> = build();

/**
 * Attribute words that exclude each other: a 短款 jacket must not be told to add 长款, a 冬季 one 夏季.
 * Suggestions skip a word when the title already holds another word of its group.
 */
export const EXCLUSIVE_GROUPS: readonly (readonly string[])[] = [
  ['长款', '短款', '中长款'],
  ['男款', '女款', '男士', '女士'],
  ['春季', '夏季', '秋季', '冬季', '春秋', '秋冬', '春夏', '冬天', '夏天', '四季'],
  ['加厚', '薄款'],
  ['宽松', '修身'],
  ['长袖', '短袖'],
  ['高腰', '低腰'],
];
