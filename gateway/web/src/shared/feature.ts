import type { RouteRecordRaw } from 'vue-router'

/** A feature's texts, each feature under its own top-level key (e.g. `board.title`). */
export interface MessageBundle {
  'zh-CN': Record<string, unknown>
  en: Record<string, unknown>
}

/** A menu entry in the app's shell, shown to callers holding one of `roles` (any role if empty). */
export interface MenuEntry {
  path: string
  /** i18n key of the label */
  label: string
  roles: string[]
}

/**
 * One screen or group of screens of an app: its routes, its texts and its menu entries. Each app's
 * main.ts lists its features; a feature lives in its own folder and touches nothing else.
 */
export interface Feature {
  routes: RouteRecordRaw[]
  messages?: MessageBundle
  menu?: MenuEntry[]
}

/** The menu entries a caller with these roles may see, in feature order. */
export function menuFor(features: Feature[], roles: string[]): MenuEntry[] {
  return features
    .flatMap((f) => f.menu ?? [])
    .filter((m) => m.roles.length === 0 || m.roles.some((r) => roles.includes(r)))
}
