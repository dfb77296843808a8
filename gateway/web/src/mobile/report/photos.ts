/**
 * Photos from the phone's camera, made small enough to get through a bad signal. Intake accepts
 * JPEG, PNG, HEIC/HEIF, WebP and PDF up to 10 MiB each and 30 per dispute
 * (services/intake application.properties, jiefen.intake.attachments.*), judged by the bytes.
 */
export const SERVER_MAX_BYTES = 10 * 1024 * 1024
export const MAX_PHOTOS = 9
/** Longest side after resizing: still readable for a crack in a wall or a document on a table. */
export const MAX_SIDE = 2048
/** Smaller than this and not too large in pixels: sent as taken. */
export const KEEP_BELOW_BYTES = 1024 * 1024
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'image/heif', 'image/webp']

/** The size to draw a photo at so its longest side is at most `max`. */
export function scaledSize(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const longest = Math.max(width, height)
  if (longest <= max) return { width, height }
  const ratio = max / longest
  return { width: Math.round(width * ratio), height: Math.round(height * ratio) }
}

export function needsShrinking(size: number, width: number, height: number): boolean {
  return size > KEEP_BELOW_BYTES || Math.max(width, height) > MAX_SIDE
}

/** `photo.jpg` for a re-encoded `IMG_0001.HEIC`: the name says what the bytes are. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '') || 'photo'
  return `${base}.jpg`
}

export type PreparedPhoto = { blob: Blob; name: string; type: string } | { problem: 'type' | 'size' }

/**
 * Reads a picked photo and re-encodes it as a JPEG at most 2048 px on its longest side when it is
 * large. Done once, when picked: the queued bytes never change, so a resend of the same photo is
 * recognised by the server (it dedupes attachments by content hash) and not stored twice.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  const type = file.type || 'application/octet-stream'
  if (!ACCEPTED_TYPES.includes(type) && !type.startsWith('image/')) return { problem: 'type' }
  let bitmap: ImageBitmap | null = null
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    // The browser cannot decode it (HEIC outside Safari): send as taken if the server takes it.
  }
  if (!bitmap) {
    if (!ACCEPTED_TYPES.includes(type)) return { problem: 'type' }
    return file.size <= SERVER_MAX_BYTES ? { blob: file, name: file.name, type } : { problem: 'size' }
  }
  try {
    if (ACCEPTED_TYPES.includes(type) && !needsShrinking(file.size, bitmap.width, bitmap.height)) {
      return { blob: file, name: file.name, type }
    }
    const { width, height } = scaledSize(bitmap.width, bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height)
    const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82))
    if (jpeg && (jpeg.size < file.size || !ACCEPTED_TYPES.includes(type))) {
      return { blob: jpeg, name: jpegName(file.name), type: 'image/jpeg' }
    }
    if (!ACCEPTED_TYPES.includes(type)) return { problem: 'type' }
    return file.size <= SERVER_MAX_BYTES ? { blob: file, name: file.name, type } : { problem: 'size' }
  } finally {
    bitmap.close()
  }
}
