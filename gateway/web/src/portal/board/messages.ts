const zh = {
  board: {},
}

const en: typeof zh = {
  board: {},
}

export default { 'zh-CN': zh, en }
