const zh = {
  court: {},
}

const en: typeof zh = {
  court: {},
}

export default { 'zh-CN': zh, en }
