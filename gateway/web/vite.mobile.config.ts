import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app } from './vite.shared.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
const base = app('mobile', '/m/', 5173)

/**
 * The grid mediators' app is an installable PWA: its service worker precaches the app shell so the
 * app opens without a signal. API answers are never cached (the outbox decides what to resend, and
 * stale case data on a shared phone would mislead): /api/ requests go to the network untouched.
 */
export default defineConfig({
  ...base,
  publicDir: resolve(here, 'src/mobile/public'),
  plugins: [
    ...(base.plugins ?? []),
    VitePWA({
      registerType: 'autoUpdate',
      // index.html gets a small script registering /m/sw.js with scope /m/ (main.ts stays as it is).
      injectRegister: 'script-defer',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // The manifest's icons are precached by the plugin itself; this one is for iOS home screens.
      includeAssets: ['apple-touch-icon.png'],
      manifest: {
        id: '/m/',
        name: '解纷·网格调解',
        short_name: '网格调解',
        description: '网格调解员现场上报纠纷、处理案件（离线时先保存，联网后自动提交）',
        lang: 'zh-CN',
        start_url: '/m/',
        scope: '/m/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1989fa',
        background_color: '#f7f8fa',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2}'],
        // Vant and the app are one large chunk: precache it all, or the app cannot open offline.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Deep links (/m/report, /m/cases/…) open the cached shell, as the gateway does online.
        navigateFallback: '/m/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/m\/assets\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
})
