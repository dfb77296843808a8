const zh = {
  admin: {},
}

const en: typeof zh = {
  admin: {},
}

export default { 'zh-CN': zh, en }
