const zh = {
  board: {
    title: '时限看板',
    subtitle: '本单位及下级单位即将到期和已超期的办理时限',
    view: {
      ATTENTION: '需处理（即将到期与已超期）',
      OVERDUE: '已超期',
      DUE_SOON: '即将到期',
      OPEN: '全部计时中',
    },
    state: '范围',
    clock: '时限类型',
    allClocks: '全部时限',
    center: '单位',
    allCenters: '本单位及下级',
    refresh: '刷新',
    updatedAt: '更新于 {time}',
    auto: '每15秒自动刷新',
    tiles: { overdue: '已超期', dueSoon: '即将到期', open: '计时中', paused: '已暂停' },
    col: { tone: '状态', clock: '时限', center: '单位', due: '届满时间', left: '剩余 / 超期', dispute: '案件' },
    empty: '当前没有即将到期或已超期的时限',
    emptyAll: '当前没有计时中的时限',
    total: '共 {n} 项',
  },
}

const en: typeof zh = {
  board: {
    title: 'Deadline board',
    subtitle: 'Deadlines due soon and overdue at your center and the centers below it',
    view: {
      ATTENTION: 'To act on (due soon and overdue)',
      OVERDUE: 'Overdue',
      DUE_SOON: 'Due soon',
      OPEN: 'All running',
    },
    state: 'Show',
    clock: 'Clock',
    allClocks: 'All clocks',
    center: 'Center',
    allCenters: 'Mine and below',
    refresh: 'Refresh',
    updatedAt: 'Updated {time}',
    auto: 'refreshes every 15 s',
    tiles: { overdue: 'Overdue', dueSoon: 'Due soon', open: 'Running', paused: 'Paused' },
    col: { tone: 'State', clock: 'Clock', center: 'Center', due: 'Due', left: 'Left / overdue', dispute: 'Case' },
    empty: 'Nothing is due soon or overdue',
    emptyAll: 'No clock is running',
    total: '{n} in all',
  },
}

export default { 'zh-CN': zh, en }
