// Rows as Rust sends them, for the UI's tests: an ordinary TOTP account, changed where a test
// cares.
import type { EntryView } from "../gen/EntryView";
import type { CodeView } from "./ipc";

export const entryView = (over: Partial<EntryView> = {}): EntryView => ({
  id: "1",
  issuer: "ACME",
  account: "a",
  kind: "totp",
  warnings: [],
  group: "",
  note: "",
  favorite: false,
  icon: null,
  brand: null,
  uses: 0,
  lastUsed: 0,
  params: { kind: "totp", algorithm: "SHA1", digits: 6, period: 30, counter: null },
  ...over,
});

export const codeView = (over: Partial<CodeView> = {}): CodeView => ({
  ...entryView(),
  code: "123456",
  nextCode: null,
  validFromMs: 0,
  validUntilMs: 30_000,
  ...over,
});
