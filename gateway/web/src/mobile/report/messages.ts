const zh = {
  report: {},
}

const en: typeof zh = {
  report: {},
}

export default { 'zh-CN': zh, en }
