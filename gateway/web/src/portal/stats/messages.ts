const zh = {
  stats: {},
}

const en: typeof zh = {
  stats: {},
}

export default { 'zh-CN': zh, en }
