// What the main window knows of Rust's state (the status, the settings, the codes Rust pushes,
// the last problem to show) and which of the profile's views are open. One store per window
// (the tests mount many), made by App.svelte and handed to the parts that read or change it.
import type { AppSettings } from "../gen/AppSettings";
import type { AppStatus } from "../gen/AppStatus";
import type { QuickOpen } from "../gen/QuickOpen";
import type { ScanPreview } from "../gen/ScanPreview";
import type { Transfer, Which } from "./dialogs";
import { errorMessage, status as fetchStatus, type CodeView } from "./ipc";
import { language, setLanguage } from "./i18n.svelte";
import { setTheme } from "./theme";

export class AppStore {
  // Replaced whole by each push from Rust, never changed in place: no deep proxies needed.
  codes: CodeView[] = $state.raw([]);
  /** The first codes came: until then the list is not known to be empty. */
  haveCodes = $state(false);
  offsetMs = $state(0);
  status: AppStatus | null = $state(null);
  settings: AppSettings | null = $state(null);
  problem = $state("");
  /** Quick copy: the window is a small search box until Rust says it closed. */
  quick: QuickOpen | null = $state(null);

  /** The open profile has a password: what exposes its secrets asks for it again. */
  ownerPassword = $derived.by(() => {
    const s = this.status;
    return !!s?.profiles.find((p) => p.name === s.active)?.password;
  });

  readonly views = new ProfileViews();

  setStatus = (s: AppStatus) => {
    const before = this.status;
    this.status = s;
    this.problem = "";
    // The language changed in Settings.
    if (s.language !== language()) void setLanguage(s.language);
    // A lock (whatever asked for it) or another profile: nothing of the one open stays on screen.
    if (before && ((s.locked && !before.locked) || s.active !== before.active)) this.views.closeAll();
  };

  refresh = () => fetchStatus().then(this.setStatus);

  applySettings = (s: AppSettings) => {
    this.settings = s;
    setTheme(s.theme);
  };

  fail = (e: unknown) => {
    this.problem = errorMessage(e);
  };
}

/** The views that show something of the open profile, each closed when the profile locks or
 *  another takes its place, with what they hold. */
export class ProfileViews {
  /** The Add dialog (the first screen shows its choices without one). */
  adding = $state(false);
  scanPreview: ScanPreview | null = $state(null);
  /** The last thing done (saved, copied, imported), said once to screen readers. */
  notice = $state("");
  transfer: Transfer = $state(null);
  importing: File | null = $state(null);
  dialog: Which = $state(null);
  editing: CodeView | null = $state(null);
  settingsOpen = $state(false);
  /** The row that says "Copied" for a moment. */
  copiedId: string | null = $state(null);
  /** The account just removed, offered back for a few seconds. */
  removed: { name: string; timer: ReturnType<typeof setTimeout> } | null = $state(null);

  preview = (p: ScanPreview) => {
    this.scanPreview = p;
    this.notice = "";
  };

  offerUndo = (name: string) => {
    this.forgetRemoved();
    this.removed = { name, timer: setTimeout(() => (this.removed = null), 10_000) };
  };

  forgetRemoved = () => {
    if (this.removed) clearTimeout(this.removed.timer);
    this.removed = null;
  };

  closeAll = () => {
    this.adding = false;
    this.scanPreview = null;
    this.notice = "";
    this.transfer = null;
    this.importing = null;
    this.dialog = null;
    this.editing = null;
    this.settingsOpen = false;
    this.copiedId = null;
    this.forgetRemoved();
  };
}
