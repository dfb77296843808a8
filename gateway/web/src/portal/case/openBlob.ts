/**
 * Shows a file fetched with the caller's token (attachments, the agreement PDF) in a new tab.
 * The tab is opened before the download starts, while the click still counts as the user's, so
 * popup blockers let it through; if it is blocked anyway, the file is saved instead.
 */
export async function openBlob(fetchBlob: () => Promise<Blob>, fileName: string): Promise<void> {
  const tab = window.open('', '_blank')
  try {
    const blob = await fetchBlob()
    const url = URL.createObjectURL(blob)
    window.setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000)
    if (tab) {
      tab.location.href = url
    } else {
      const a = document.createElement('a')
      a.href = url
      a.download = fileName
      a.click()
    }
  } catch (e) {
    tab?.close()
    throw e
  }
}
