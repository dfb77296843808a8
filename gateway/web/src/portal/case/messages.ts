const zh = {
  case: {},
}

const en: typeof zh = {
  case: {},
}

export default { 'zh-CN': zh, en }
