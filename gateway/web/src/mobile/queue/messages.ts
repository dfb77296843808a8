const zh = {
  queue: {},
}

const en: typeof zh = {
  queue: {},
}

export default { 'zh-CN': zh, en }
