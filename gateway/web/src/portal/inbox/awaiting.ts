import type { Deadline, DisputeView } from '../case/types'

/** Rules routing writes for a dispute moved from one center to another (not first routed there). */
const TRANSFER_RULES = new Set(['transfer-escalation', 'transfer-referral', 'auto-escalation', 'sla-escalation'])

/**
 * The disputes the caller's own center still has to acknowledge (签收): running CENTER_ACK clocks
 * held there, most pressing first. Clocks of centers below are left out: only the holding center's
 * staff may acknowledge.
 */
export function toAcknowledge(clocks: Deadline[], orgUnit: string | null): Deadline[] {
  if (!orgUnit) return []
  const seen = new Set<string>()
  return clocks
    .filter((d) => d.clock === 'CENTER_ACK' && d.centerCode === orgUnit && ['OPEN', 'PAUSED', 'OVERDUE'].includes(d.state))
    .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''))
    .filter((d) => !seen.has(d.disputeId) && seen.add(d.disputeId) !== undefined)
}

/** Whether the dispute came by transfer (移交转入) or is newly received (新收). */
export function arrival(view: Pick<DisputeView, 'routingTrace'> | null): 'transferred' | 'received' {
  return view?.routingTrace && TRANSFER_RULES.has(view.routingTrace.rule) ? 'transferred' : 'received'
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the answers. */
export async function mapLimited<A, B>(items: A[], limit: number, work: (a: A) => Promise<B>): Promise<B[]> {
  const out: B[] = new Array(items.length)
  let next = 0
  async function worker() {
    while (next < items.length) {
      const i = next++
      out[i] = await work(items[i] as A)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}
