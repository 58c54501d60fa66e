/**
 * Strings of the side panel's shared parts added with the 设置 tab: the title draft box, the live-update
 * indicator, the empty states' console links and the 经营 tab's three things to do today. Chinese first.
 */
export const PANEL_MESSAGES = {
  zh: {
    draftTitle: '试写新标题',
    draftLabel: '新标题',
    draftPlatform: '发布平台',
    draftPlaceholder: '输入标题，边写边检查',
    draftHelp: '输入一个还没上架的标题：按所选平台检查长度、广告法用词、重复词和字符，并给出同类热销标题常用的词。',
    draftContext: '按标题里的词判断：类目「{category}」、商品词「{goods}」；建议来自同类同品的 {peers} 个已上架标题及其近 30 天销售额。',
    draftContextNoGoods: '按标题里的词判断：类目「{category}」，没有识别出商品词（如 羽绒服、连衣裙）；建议来自同类目中同样没有商品词的 {peers} 个标题。',
    openListsOrders: '在浏览器中打开并登录以下订单列表页，ShopLens 会读取当前页（翻页、筛选后也会读取）：',
    openListsProducts: '在浏览器中打开并登录以下商品列表页，ShopLens 会读取当前页（翻页、滚动后也会读取）：',
    openListsBoth: '在浏览器中打开并登录以下订单列表页或商品列表页，ShopLens 会读取当前页：',
    updating: '更新中…',
  },
  en: {
    draftTitle: 'Try a new title',
    draftLabel: 'New title',
    draftPlatform: 'Platform',
    draftPlaceholder: 'Type a title; it is checked as you write',
    draftHelp: 'Type a title not yet listed: it is checked for the chosen platform’s length limit, Advertising-Law terms, repeated words and characters, with the words similar best sellers use.',
    draftContext: 'From its words: category “{category}”, goods word “{goods}”; suggestions come from the {peers} listed titles of the same category and goods and their 30-day sales.',
    draftContextNoGoods: 'From its words: category “{category}”, no goods word found (such as 羽绒服, 连衣裙); suggestions come from the {peers} titles of that category without one either.',
    openListsOrders: 'Open and sign in to these order lists in the browser; ShopLens reads the page shown (and again after paging or filtering):',
    openListsProducts: 'Open and sign in to these product lists in the browser; ShopLens reads the page shown (and again after paging or scrolling):',
    openListsBoth: 'Open and sign in to these order or product lists in the browser; ShopLens reads the page shown:',
    updating: 'Updating…',
  },
} as const;
