import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // the same alias the app builds use (vite.shared.ts), so tested code imports shared code alike
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
})
