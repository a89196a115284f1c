// Builds the app into the Python package (src/rerun/_viewer/static/), which is committed so users
// never need Node. Asset names carry no content hash: the build must be byte-for-byte reproducible
// from the locked sources (CI rebuilds and diffs), and stable names keep the committed diff small.
// The server sends the bundle with no-cache headers, so stale browser caches are not a concern.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: {
    outDir: "../src/rerun/_viewer/static",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        entryFileNames: "assets/app.js",
        chunkFileNames: "assets/[name].js",
        assetFileNames: "assets/[name][extname]",
      },
    },
  },
});
