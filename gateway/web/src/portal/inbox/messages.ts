const zh = {
  inboxDesk: {
    tabs: { awaiting: '待签收', all: '全部案件' },
    awaitingHint: '本中心收到的新案件和移交转入的案件，请在时限内签收。',
    noOrgUnit: '您的账号未设所属单位，无法签收案件。',
    notStaff: '仅中心工作人员可以签收。',
    arrival: { received: '新收', transferred: '移交转入' },
    col: { id: '编号', arrival: '来源', category: '类别', summary: '摘要', due: '签收时限', action: '操作' },
    empty: '没有待签收的案件',
    refresh: '刷新',
    acknowledge: '签收',
    acknowledged: '已签收',
    done: '已签收',
    unreadable: '无法读取案件详情',
  },
}

const en: typeof zh = {
  inboxDesk: {
    tabs: { awaiting: 'To acknowledge', all: 'All cases' },
    awaitingHint: 'New and transferred-in cases of your center; acknowledge them within the deadline.',
    noOrgUnit: 'Your account has no org unit, so it cannot acknowledge cases.',
    notStaff: 'Only center staff acknowledge cases.',
    arrival: { received: 'New', transferred: 'Transferred in' },
    col: { id: 'Number', arrival: 'Came as', category: 'Category', summary: 'Summary', due: 'Acknowledge by', action: 'Action' },
    empty: 'Nothing to acknowledge',
    refresh: 'Refresh',
    acknowledge: 'Acknowledge',
    acknowledged: 'Acknowledged',
    done: 'Acknowledged',
    unreadable: 'Case details could not be read',
  },
}

export default { 'zh-CN': zh, en }
