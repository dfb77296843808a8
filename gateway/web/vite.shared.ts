import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { UserConfig } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))

/**
 * One Vite build per app, each with its own base path. The Maven build sets JIEFEN_WEB_OUT to the
 * gateway's target/classes/META-INF/resources so Quarkus serves the result; alone it writes dist/.
 */
export function app(name: 'mobile' | 'portal', base: '/m/' | '/portal/', port: number): UserConfig {
  const out = process.env.JIEFEN_WEB_OUT ?? resolve(here, 'dist')
  return {
    root: resolve(here, 'src', name),
    base,
    plugins: [vue()],
    resolve: { alias: { '@shared': resolve(here, 'src/shared') } },
    build: {
      outDir: resolve(out, base.replaceAll('/', '')),
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
    },
    server: {
      port,
      strictPort: true,
      proxy: { '/api': process.env.JIEFEN_GATEWAY ?? 'http://localhost:8080' },
    },
  }
}
