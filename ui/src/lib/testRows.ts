// What Rust sends, for the UI's tests: an ordinary TOTP account, changed where a test cares,
// and the default settings.
import type { AppSettings } from "../gen/AppSettings";
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

export const defaultSettings: AppSettings = {
  clipboardClearSeconds: 30,
  showNextWithinSeconds: 5,
  theme: "system",
  autoLockMinutes: 5,
  timeOffsetSeconds: 0,
  hideCodes: false,
  sort: "custom",
  startAtLogin: false,
  quickCopyShortcut: "Ctrl+Alt+S",
  quickCopyTypes: false,
  closeToTray: true,
  lockOnMinimise: false,
  quickCopyTipSeen: false,
  language: "",
};
