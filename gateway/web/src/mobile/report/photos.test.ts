import { describe, expect, it } from 'vitest'
import { jpegName, needsShrinking, scaledSize } from './photos'

describe('photos', () => {
  it('shrinks the longest side to 2048 px and keeps the proportions', () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 2048, height: 1536 })
    expect(scaledSize(3024, 4032)).toEqual({ width: 1536, height: 2048 })
    expect(scaledSize(1600, 1200)).toEqual({ width: 1600, height: 1200 })
  })

  it('leaves a small photo as taken', () => {
    expect(needsShrinking(800_000, 1600, 1200)).toBe(false)
    expect(needsShrinking(3_000_000, 1600, 1200)).toBe(true)
    expect(needsShrinking(800_000, 4000, 3000)).toBe(true)
  })

  it('names a re-encoded photo for what it is', () => {
    expect(jpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg')
    expect(jpegName('现场.png')).toBe('现场.jpg')
    expect(jpegName('.png')).toBe('photo.jpg')
  })
})
