// The words the page shows, from the Fluent catalogues in /locales (shared with Rust, which
// formats the tray's and its own messages from them). English is in the page; another language
// is its own chunk, loaded once the status says which one the person reads. Plurals, numbers and
// dates follow the language through Intl, which Fluent uses.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import english from "../../../locales/en/sesame.ftl?raw";

const catalogues = import.meta.glob<string>(["../../../locales/*/sesame.ftl", "!../../../locales/en/*"], {
  query: "?raw",
  import: "default",
});

/** Every language with a catalogue, as Rust's `i18n::LANGUAGES` lists them. */
export const LANGUAGES = ["en", ...Object.keys(catalogues).map((path) => path.split("/").at(-2)!)];

/** Arabic and other right-to-left languages mirror the whole window. */
export const rightToLeft = (tag: string) => ["ar", "fa", "he", "ur"].includes(tag.split("-")[0]!);

function bundleOf(language: string, source: string): FluentBundle {
  // Names inside a message are isolated in right-to-left text, so that a Latin name keeps its
  // place; elsewhere the marks would only get in the way (of copying, of searching the page).
  const bundle = new FluentBundle(language, { useIsolating: rightToLeft(language) });
  bundle.addResource(new FluentResource(source));
  return bundle;
}

const fallback = bundleOf("en", english);
let bundle = $state.raw(fallback);

/** The language shown now. */
export const language = () => bundle.locales[0] ?? "en";

/** The message `id` in the person's language (English where it lacks one). Reactive: what
 *  shows it is redrawn when the language changes. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const b of [bundle, fallback]) {
    const message = b.getMessage(id);
    if (message?.value) return b.formatPattern(message.value, args);
  }
  return id;
}

/** Shows the page in `tag` (one of LANGUAGES), mirrored for a right-to-left one. */
export async function setLanguage(tag: string) {
  const load = catalogues[`../../../locales/${tag}/sesame.ftl`];
  bundle = load ? bundleOf(tag, await load()) : fallback;
  document.documentElement.lang = language();
  document.documentElement.dir = rightToLeft(language()) ? "rtl" : "ltr";
}

/** A language's own name for itself ("Русский"), for the language setting. */
export function nativeName(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
