// Lint rules for the page: JavaScript's and TypeScript's recommended sets and Svelte's, with the
// type information svelte-check also uses. Formatting is Prettier's alone.
import js from "@eslint/js";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./svelte.config.js";

export default ts.config(
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  // __SESAME_VERSION__: defined by vite.config.ts.
  { languageOptions: { globals: { ...globals.browser, ...globals.node, __SESAME_VERSION__: "readonly" } } },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: [".svelte"], parser: ts.parser, svelteConfig },
    },
  },
  { ignores: ["dist/", "src/gen/"] },
);
