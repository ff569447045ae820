/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** Brand icons from simple-icons (CC0), emitted as their path data, which the page fetches only
 *  for the rows it shows, and an index of titles, aliases and colours that Rust matches issuers
 *  against (crates/service/src/brands.rs, given the embedded page's copy). */
function simpleIcons(): Plugin {
  return {
    name: "sesame-simple-icons",
    apply: "build",
    generateBundle() {
      const root = join(dirname(fileURLToPath(import.meta.url)), "node_modules/simple-icons");
      const data: { title: string; slug: string; hex: string; aliases?: { aka?: string[] } }[] = JSON.parse(
        readFileSync(join(root, "data/simple-icons.json"), "utf8"),
      );
      const index = data.map((d) => [d.title, d.slug, d.hex, ...(d.aliases?.aka ?? [])]);
      this.emitFile({ type: "asset", fileName: "icons/index.json", source: JSON.stringify(index) });
      // Each icon is one path on a 24 x 24 grid: the page draws it inline, which costs WebKit
      // less than an SVG document per brand (an image or mask of its own).
      for (const file of readdirSync(join(root, "icons"))) {
        const svg = readFileSync(join(root, "icons", file), "utf8");
        const paths = [...svg.matchAll(/<path d="([^"]+)"/g)];
        if (paths.length !== 1 || !svg.includes('viewBox="0 0 24 24"')) {
          this.error(`simple-icons ${file}: expected one path on a 24 x 24 grid`);
        }
        this.emitFile({ type: "asset", fileName: `icons/${file.replace(/\.svg$/, ".path")}`, source: paths[0]![1]! });
      }
    },
  };
}

/** The app's version, as the packages and `sesame --version` give it (tauri.conf.json). */
const version: string = JSON.parse(readFileSync(new URL("../tauri.conf.json", import.meta.url), "utf8")).version;

export default defineConfig({
  plugins: [svelte(), simpleIcons()],
  define: { __SESAME_VERSION__: JSON.stringify(version) },
  // Tauri serves the built files from its own protocol; relative paths keep them portable.
  base: "./",
  clearScreen: false,
  // The message catalogues are shared with Rust, beside the UI (locales/).
  // (The UI tests also read Rust's list of languages.)
  server: { fs: { allow: [".", "../locales", "../crates/core/src"] } },
  build: {
    target: "safari16",
    outDir: "dist",
    emptyOutDir: true,
    // One CSS file and no inline scripts, so the strict CSP holds without exceptions.
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
});
