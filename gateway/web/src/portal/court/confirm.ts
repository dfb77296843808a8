import { ElMessageBox } from 'element-plus'

/**
 * Asks before a court write that cannot be undone; true when the clerk confirmed. The OK button
 * carries the class `court-confirm-ok` for browser tests (the box is not ours to add data-test to).
 */
export async function confirmed(message: string, title: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonClass: 'court-confirm-ok' })
    return true
  } catch {
    return false
  }
}
