// The catalogues and the page agree: every message in every language with the same
// placeholders, every message the code names in English, and no words a person reads written
// into a component instead of a catalogue.
import {
  parse as parseFluent,
  FunctionReference,
  Message,
  Pattern,
  Placeable,
  VariableReference,
  SelectExpression,
  Term,
} from "@fluent/syntax";
import { parse as parseSvelte } from "svelte/compiler";
import rust from "../../../crates/core/src/i18n.rs?raw";
import { expect, test } from "vitest";
import { LANGUAGES, setLanguage, t } from "./i18n.svelte";

const catalogues = import.meta.glob<string>("../../../locales/*/sesame.ftl", { query: "?raw", import: "default", eager: true });
const read = (language: string) => parseFluent(catalogues[`../../../locales/${language}/sesame.ftl`] ?? "", {});

/** The variables a pattern uses, in every variant of its selectors. */
function variables(pattern: Pattern | null, found = new Set<string>()): Set<string> {
  for (const element of pattern?.elements ?? []) {
    if (!(element instanceof Placeable)) continue;
    const e = element.expression;
    if (e instanceof VariableReference) found.add(e.id.name);
    if (e instanceof SelectExpression) {
      if (e.selector instanceof VariableReference) found.add(e.selector.id.name);
      for (const v of e.variants) variables(v.value, found);
    }
    if (e instanceof FunctionReference)
      for (const a of e.arguments.positional) if (a instanceof VariableReference) found.add(a.id.name);
  }
  return found;
}

function messages(language: string): Map<string, Set<string>> {
  const resource = read(language);
  const junk = resource.body.filter((e) => e.type === "Junk");
  expect(junk, `${language} has syntax errors`).toEqual([]);
  return new Map(
    resource.body.filter((e): e is Message => e instanceof Message).map((m) => [m.id.name, variables(m.value)] as const),
  );
}

const english = messages("en");

test("nine languages, as Rust lists them", () => {
  const listed = rust
    .match(/LANGUAGES: \[&str; \d+\] = \[([^\]]+)\]/)![1]!
    .match(/"[^"]+"/g)!
    .map((s) => JSON.parse(s));
  expect([...LANGUAGES].sort()).toEqual([...listed].sort());
  expect(listed).toEqual(expect.arrayContaining(["en", "ru", "es", "pt-BR", "fr", "de", "pl", "zh-CN", "ar"]));
});

// `core-*` messages are Rust's errors and notices, whose English is Rust's own (its Display, the
// CLI's words): every other catalogue has them, as Russian does (Rust's tests check them against
// the errors themselves).
const core = (all: Map<string, Set<string>>) => new Map([...all].filter(([id]) => id.startsWith("core-")));
const russianCore = core(messages("ru"));

test.each(LANGUAGES.filter((l) => l !== "en"))("%s has every message, with the same placeholders", (language) => {
  const theirs = messages(language);
  const page = new Map([...theirs].filter(([id]) => !id.startsWith("core-")));
  expect([...page.keys()].sort()).toEqual([...english.keys()].sort());
  for (const [id, vars] of english) expect([...page.get(id)!].sort(), `${language} ${id}`).toEqual([...vars].sort());
  const theirCore = core(theirs);
  expect([...theirCore.keys()].sort()).toEqual([...russianCore.keys()].sort());
  for (const [id, vars] of russianCore) expect([...theirCore.get(id)!].sort(), `${language} ${id}`).toEqual([...vars].sort());
});

test.each(LANGUAGES)("%s says whether a fluent speaker has reviewed it", (language) => {
  const reviewed = read(language).body.find((e): e is Term => e instanceof Term && e.id.name === "reviewed");
  const value = reviewed?.value.elements.map((e) => ("value" in e ? e.value : "")).join("");
  expect(["yes", "no"]).toContain(value);
});

// The page's own code (not the generated bindings, not the tests), by path.
const code = Object.entries(
  import.meta.glob<string>(["../**/*.svelte", "../**/*.ts", "!../gen/**", "!../**/*.test.ts"], {
    query: "?raw",
    import: "default",
    eager: true,
  }),
);

test("every message the code names is in the English catalogue", () => {
  const named = code.flatMap(([, source]) => [...source.matchAll(/\bt\(\s*"([a-z0-9-]+)"/g)].map((m) => m[1]!));
  expect(named.length).toBeGreaterThan(150);
  expect(named.filter((id) => !english.has(id))).toEqual([]);
});

// Attributes a person reads (or hears); and words that are the same in every language.
const READ = new Set(["title", "placeholder", "aria-label", "alt", "aria-description"]);
const UNTRANSLATED = new Set(["Ctrl+Alt+S", "SHA1", "SHA256", "SHA512", "•••", "×", "+"]);

/** Text a component writes itself where a person reads it. */
function literals(source: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; data?: string; name?: string; value?: unknown };
    if (n.type === "Text" && n.data && /\p{L}/u.test(n.data) && !UNTRANSLATED.has(n.data.trim())) found.push(n.data.trim());
    if (n.type === "Attribute" && n.name && READ.has(n.name) && Array.isArray(n.value)) {
      for (const part of n.value as { type: string; data?: string }[]) {
        if (part.type === "Text" && part.data && /\p{L}/u.test(part.data) && !UNTRANSLATED.has(part.data.trim()))
          found.push(`${n.name}="${part.data}"`);
      }
      return;
    }
    if (n.type === "Attribute" || n.type === "StyleDirective") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent" || key === "instance" || key === "module" || key === "css") continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") visit(value);
    }
  };
  visit(parseSvelte(source, { modern: false }).html);
  return found;
}

test("no component writes words a person reads; they come from the catalogues", () => {
  const svelte = code.filter(([path]) => path.endsWith(".svelte"));
  expect(svelte.length).toBeGreaterThan(20);
  const written = svelte.flatMap(([path, source]) => literals(source).map((l) => `${path}: ${l}`));
  expect(written).toEqual([]);
});

test("plurals follow each language's rules", async () => {
  const added = async (language: string, counts: number[]) => {
    await setLanguage(language);
    return counts.map((count) => t("accounts-added", { count }));
  };
  expect(await added("en", [1, 2])).toEqual(["Added 1 account.", "Added 2 accounts."]);
  // Russian and Polish: one, few, many.
  const ru = await added("ru", [1, 3, 5, 21]);
  expect(new Set(ru.map((s) => s.replace(/\d+/, "N"))).size).toBe(3);
  const pl = await added("pl", [1, 3, 5, 22]);
  expect(new Set(pl.map((s) => s.replace(/\d+/, "N"))).size).toBe(3);
  // Arabic: zero, one, two, few, many, other, each its own form.
  const ar = await added("ar", [0, 1, 2, 3, 11, 100]);
  expect(new Set(ar.map((s) => s.replace(/[\d\u0660-\u0669]+/, "N"))).size).toBe(6);
  expect(document.documentElement.dir).toBe("rtl");
  expect(document.documentElement.lang).toBe("ar");
  await setLanguage("en");
  expect(document.documentElement.dir).toBe("ltr");
});
