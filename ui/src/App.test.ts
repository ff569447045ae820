import { afterEach, expect, test, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import App from "./App.svelte";
import type { AppStatus } from "./gen/AppStatus";
import type { CodeView } from "./lib/ipc";
import { codeView, defaultSettings } from "./lib/testRows";
import type { Push } from "./gen/Push";

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  clearMocks();
  document.body.innerHTML = "";
});

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Types `text` into the search field, as an input event, and lets the page update. */
function searchFor(text: string) {
  const search = document.querySelector<HTMLInputElement>("#search")!;
  search.value = text;
  search.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

// jsdom lays nothing out and has no ResizeObserver, which the list measures its box with: this
// one reports the scroller 360 px high (six rows), as WebKit would after its first layout.
const LIST_HEIGHT = 360;
vi.stubGlobal(
  "ResizeObserver",
  class {
    constructor(private readonly report: (entries: { target: Element }[]) => void) {}
    observe(element: Element) {
      Object.defineProperty(element, "clientHeight", {
        configurable: true,
        get: () => (element.classList.contains("scroller") ? LIST_HEIGHT : 0),
      });
      queueMicrotask(() => this.report([{ target: element }]));
    }
    unobserve() {}
    disconnect() {}
  },
);

function appStatus(over: Partial<AppStatus> = {}): AppStatus {
  return {
    profiles: [{ name: "default", password: false, keyring: true, recovery: true }],
    active: "default",
    locked: false,
    keyringAvailable: true,
    notice: null,
    problems: [],
    remindRecovery: false,
    integrityUnconfirmed: false,
    dataError: null,
    remindBackup: false,
    clockWarning: null,
    language: "en",
    ...over,
  };
}

/** The rows a snapshot makes; no time correction unless given. */
type Snap = { codes: CodeView[]; offsetMs?: number };

/** Answers the page's waiting `next_pushes` (set by `backend`). */
let tell: (pushes: Push[]) => void = () => {};

/** Answers `status`, `get_settings` and the subscription with `snap`, and keeps `next_pushes`
 *  waiting for `tell`; `more` handles the rest. */
function backend(snap: Snap, st: AppStatus | (() => AppStatus) = appStatus(), more?: (cmd: string, args: unknown) => unknown) {
  mockIPC((cmd, args) => {
    if (cmd === "status") return typeof st === "function" ? st() : st;
    if (cmd === "get_settings") return defaultSettings;
    // The rows are accounts and codes at once: Rust's first snapshot has both.
    if (cmd === "subscribe") return { id: 1, snapshot: { offsetMs: 0, ...snap, entries: snap.codes } };
    if (cmd === "next_pushes") return new Promise((answer) => (tell = answer));
    return more?.(cmd, args);
  });
}

/** What Rust answers for an image (or a link) holding one account. */
const preview = (issuer: string, account: string) => ({
  accounts: [
    {
      issuer,
      account,
      kind: "totp",
      digits: 6,
      period: 30,
      duplicate: false,
      batch: null,
      warnings: [],
    },
  ],
  others: [],
  problems: [],
});

function snapshot(now: number): Snap {
  return {
    codes: [
      codeView({
        account: "alice@example.com",
        nextCode: "654321",
        validFromMs: now - 10_000,
        validUntilMs: now + 20_000,
      }),
    ],
  };
}

test("shows pushed codes grouped, with a countdown", async () => {
  backend(snapshot(Date.now()));
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  expect(document.querySelector(".issuer")?.textContent).toBe("ACME");
  expect(document.querySelector(".code")?.textContent).toBe("123 456");
  const left = Number(document.querySelector(".seconds")?.textContent);
  expect(left).toBeGreaterThanOrEqual(19);
  expect(left).toBeLessThanOrEqual(21);
});

test("what Rust tells the page: new codes, quick copy opening and closing, a lock", async () => {
  let statusCalls = 0;
  backend(snapshot(Date.now()), () => (statusCalls++, appStatus()));
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  const rows = snapshot(Date.now() + 30_000).codes.map((c) => ({ ...c, code: "111222" }));
  tell([{ kind: "codes", snapshot: { entries: null, codes: rows, offsetMs: 0 } }]);
  await tick();
  flushSync();
  expect(document.querySelector(".code")?.textContent).toBe("111 222");

  tell([{ kind: "quick", open: { suggested: "1", title: "ACME - Sign in" } }]);
  await tick();
  flushSync();
  expect(document.querySelector("#quick-search")).not.toBeNull();
  expect(document.querySelector("#accounts")).toBeNull();
  tell([{ kind: "quickClosed" }]);
  await tick();
  flushSync();
  expect(document.querySelector("#quick-search")).toBeNull();
  expect(document.querySelector("#accounts")).not.toBeNull();

  const before = statusCalls;
  tell([{ kind: "status" }]);
  await tick();
  expect(statusCalls).toBe(before + 1);
});

test("an empty profile offers the ways people have their setup, in plain words", async () => {
  backend({ codes: [] });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  const empty = document.querySelector(".empty")!;
  expect(empty.querySelector("h2")?.textContent).toBe("Add your first account");
  // The likeliest first: the QR on the screen, a QR image, a key to type, another app.
  expect([...empty.querySelectorAll(".choices .what")].map((e) => e.textContent)).toEqual([
    "Scan the QR code on my screen",
    "Open a QR image…",
    "Type the setup key…",
    "Import from another app…",
  ]);
  // No protocol names, unless the person opens the advanced part.
  const advanced = empty.querySelector("details.link-add")!;
  expect(advanced.hasAttribute("open")).toBe(false);
  const read = [...empty.children].filter((e) => e !== advanced).map((e) => e.textContent);
  expect(read.join(" ")).not.toMatch(/otpauth|TOTP|URI|Base32/i);
  // One Add control in the header; no permanent add bar.
  expect(document.querySelectorAll("header #add").length).toBe(1);
});

test("adding sends the URI, clears the field and reports errors", async () => {
  const sent: unknown[] = [];
  backend({ codes: [] }, appStatus(), (cmd, args) => {
    if (cmd === "add_uri") {
      sent.push(args);
      const uri = (args as { uri: string }).uri;
      if (uri.includes("bad")) throw { kind: "invalid", message: "secret is empty" };
      return [{ id: "1", issuer: "ACME", account: "a", kind: "totp", warnings: [] }];
    }
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  const input = document.querySelector<HTMLInputElement>("input#uri")!;
  const form = document.querySelector<HTMLFormElement>("form.add")!;

  input.value = "otpauth://totp/bad?secret=";
  input.dispatchEvent(new Event("input"));
  form.requestSubmit();
  await tick();
  flushSync();
  expect(document.querySelector("#add-status")?.textContent).toBe("secret is empty");
  expect(input.value).toBe("otpauth://totp/bad?secret=");

  input.value = "otpauth://totp/ACME:a?secret=JBSWY3DPEHPK3PXP";
  input.dispatchEvent(new Event("input"));
  form.requestSubmit();
  await tick();
  flushSync();
  expect(sent).toEqual([{ uri: "otpauth://totp/bad?secret=" }, { uri: "otpauth://totp/ACME:a?secret=JBSWY3DPEHPK3PXP" }]);
  expect(input.value).toBe("");
  expect(document.querySelector("#notice")?.textContent).toBe("Added 1 account.");
});

test("a locked profile shows no account and asks for its password", async () => {
  const calls: unknown[] = [];
  backend(
    { codes: [] },
    appStatus({ profiles: [{ name: "Mum", password: true, keyring: false, recovery: false }], active: "Mum", locked: true }),
    (cmd, args) => {
      if (cmd.startsWith("plugin:")) return;
      calls.push([cmd, args]);
      if (cmd === "unlock") throw { kind: "wrongPassword", message: "wrong password for profile Mum" };
    },
  );
  app = mount(App, { target: document.body });
  // The lock screen comes in its own chunk.
  await vi.waitFor(() => expect(document.querySelector("#lock-title")?.textContent).toBe("Mum is locked"));
  expect(document.querySelector("li.row")).toBeNull();
  const field = document.querySelector<HTMLInputElement>("#unlock-secret")!;
  field.value = "nope";
  field.dispatchEvent(new Event("input"));
  field.form!.requestSubmit();
  await tick();
  flushSync();
  expect(calls).toEqual([["unlock", { profile: "Mum", password: "nope", recoveryKey: null }]]);
  expect(document.querySelector("#unlock-error")?.textContent).toBe("wrong password for profile Mum");
});

test("a missing keyring is explained on the lock screen", async () => {
  backend(
    { codes: [] },
    appStatus({
      locked: true,
      notice:
        "the key of profile default is missing from the keyring (or the keyring is locked); unlock it with its password or recovery key",
    }),
  );
  app = mount(App, { target: document.body });
  await vi.waitFor(() => expect(document.querySelector(".notice")?.textContent).toContain("missing from the keyring"));
  expect(document.querySelector("#unlock-secret")).not.toBeNull();
});

/** A drag event carrying files, as WebKit delivers it (jsdom has no DragEvent). */
function dragEvent(type: string, files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", {
    value: { types: ["Files"], files, dropEffect: "none" },
  });
  return event;
}

test("an image dropped on the window is scanned and previewed", async () => {
  const scanned: number[] = [];
  // mockIPC hands a raw body over as it was sent.
  backend({ codes: [] }, appStatus(), (cmd, args) => {
    if (cmd === "scan_image") {
      scanned.push((args as Uint8Array).length);
      return preview("Shop", "buyer@example.com");
    }
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  const png = new File([bytes], "enrol.png", { type: "image/png" });
  // jsdom's File has no arrayBuffer(); WebKit's has.
  Object.defineProperty(png, "arrayBuffer", { value: async () => bytes.buffer });
  const over = dragEvent("dragover", [png]);
  window.dispatchEvent(over);
  flushSync();
  expect(over.defaultPrevented).toBe(true);
  expect(document.querySelector(".drop")?.textContent).toContain("Drop a QR image");
  const drop = dragEvent("drop", [png]);
  window.dispatchEvent(drop);
  expect(drop.defaultPrevented).toBe(true);
  await vi.waitFor(() => expect(scanned).toEqual([7]));
  await tick();
  flushSync();
  expect(document.querySelector(".drop")).toBeNull();
  await vi.waitFor(() => expect(document.querySelector("[role=dialog]")?.textContent).toContain("buyer@example.com"));
});

test("a lock Rust reports closes every view of the profile, and unlocking brings none back", async () => {
  let locked = false;
  let link = true;
  const status = () => appStatus({ locked });
  backend(snapshot(Date.now()), status, (cmd) => {
    // Rust hands a link over once.
    if (cmd === "take_link_preview" && link) {
      link = false;
      return preview("Shop", "buyer@example.com");
    }
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  tell([{ kind: "link" }]);
  await vi.waitFor(() => expect(document.querySelector("[role=dialog]")?.textContent).toContain("buyer@example.com"));
  // The screen locks: Rust locks the profile and tells the page.
  locked = true;
  await tick();
  tell([{ kind: "codes", snapshot: { entries: null, codes: [], offsetMs: 0 } }, { kind: "status" }]);
  await vi.waitFor(() => expect(document.querySelector("#lock-title")).not.toBeNull());
  flushSync();
  expect(document.querySelector("[role=dialog]")).toBeNull();
  expect(document.body.innerHTML).not.toContain("buyer@example.com");
  expect(document.body.innerHTML).not.toContain("ACME");
  locked = false;
  await tick();
  tell([{ kind: "status" }]);
  await vi.waitFor(() => expect(document.querySelector("#lock-title")).toBeNull());
  flushSync();
  expect(document.querySelector("[role=dialog]")).toBeNull();
});

test("search filters as you type; arrows and Enter copy the chosen account through Rust", async () => {
  const copied: unknown[] = [];
  const now = Date.now();
  const row = (id: string, issuer: string) =>
    codeView({
      id,
      issuer,
      account: "me",
      code: "111222",
      nextCode: "333444",
      validFromMs: now - 1000,
      validUntilMs: now + 29_000,
    });
  backend({ codes: [row("1", "Amazon"), row("2", "AliExpress"), row("3", "Apple")] }, appStatus(), (cmd, args) => {
    if (cmd === "copy_code") {
      copied.push(args);
      return { code: "111222", clearSeconds: 30 };
    }
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  const search = document.querySelector<HTMLInputElement>("#search")!;
  expect(document.activeElement).toBe(search);
  searchFor("a");
  expect([...document.querySelectorAll(".issuer")].map((e) => e.textContent)).toEqual(["Amazon", "AliExpress", "Apple"]);
  searchFor("ali");
  expect([...document.querySelectorAll(".issuer")].map((e) => e.textContent)).toEqual(["AliExpress"]);
  searchFor("ap");
  search.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  await vi.waitFor(() => expect(copied).toEqual([{ id: "3" }]));
  await tick();
  flushSync();
  expect(document.querySelector(".copied")?.textContent).toBe("Copied");
  expect(document.body.textContent).toContain("the clipboard clears in 30 s");
  search.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  flushSync();
  expect(document.querySelectorAll("li.row").length).toBe(3);
  // Ctrl+N opens Add, its first choice focused; Escape closes it, and Ctrl+F goes to search.
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "n", ctrlKey: true }));
  flushSync();
  expect(document.querySelector("#dialog-title")?.textContent).toBe("Add an account");
  expect(document.activeElement?.id).toBe("scan-screen");
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
  flushSync();
  expect(document.querySelector("[role=dialog]")).toBeNull();
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "f", ctrlKey: true }));
  expect(document.activeElement?.id).toBe("search");
});

test("the next code shows in the window's last seconds", async () => {
  const now = Date.now();
  backend({
    codes: [
      codeView({
        issuer: "Bank",
        account: "me",
        code: "111222",
        nextCode: "333444",
        validFromMs: now - 27_000,
        validUntilMs: now + 3_000,
      }),
    ],
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  expect(document.querySelector(".next-code")?.textContent).toBe("next 333 444");
});

test("an otpauth link Sesame was opened with shows its add preview", async () => {
  backend({ codes: [] }, appStatus(), (cmd) => {
    if (cmd === "take_link_preview") {
      return preview("Forum", "reader");
    }
  });
  app = mount(App, { target: document.body });
  await vi.waitFor(() => expect(document.querySelector("[role=dialog]")?.textContent).toContain("Forum"));
});

test("the countdown runs on the corrected clock", async () => {
  const now = Date.now();
  // The machine's clock is 100 s behind: the window the corrected clock is in ends 10 s from it.
  backend({
    codes: [
      codeView({
        issuer: "Bank",
        account: "me",
        code: "111222",
        nextCode: "333444",
        validFromMs: now + 80_000,
        validUntilMs: now + 110_000,
      }),
    ],
    offsetMs: 100_000,
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  expect(Number(document.querySelector(".seconds")?.textContent)).toBe(10);
});

function many(n: number, now: number): Snap {
  const base = snapshot(now).codes[0]!;
  return { codes: Array.from({ length: n }, (_, i) => ({ ...base, id: String(i + 1), issuer: `Issuer ${i + 1}` })) };
}

test("2,000 accounts: only the rows the list shows are in the page, it scrolls, and search finds any", async () => {
  backend(many(2000, Date.now()));
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  // The six rows in view, and one more for scrolling.
  expect(document.querySelectorAll("li.row").length).toBe(LIST_HEIGHT / 60 + 1);
  searchFor("Issuer 1999");
  expect([...document.querySelectorAll("li.row .issuer")].map((e) => e.textContent)).toEqual(["Issuer 1999"]);
  searchFor("");
  // Scrolled to the 601st account: one row above it, six in view, one below.
  const scroller = document.querySelector<HTMLElement>(".scroller")!;
  Object.defineProperty(scroller, "scrollTop", { configurable: true, writable: true, value: 600 * 60 });
  scroller.dispatchEvent(new Event("scroll"));
  flushSync();
  const issuers = [...document.querySelectorAll("li.row .issuer")].map((e) => e.textContent);
  expect(issuers).toEqual(Array.from({ length: 8 }, (_, i) => `Issuer ${600 + i}`));
  // Each drawn row says where it is in the whole list, for screen readers.
  const first = document.querySelector("li.row")!;
  expect([first.getAttribute("aria-posinset"), first.getAttribute("aria-setsize")]).toEqual(["600", "2000"]);
});

test("a row dropped on another moves there in the person's order", async () => {
  const sent: unknown[] = [];
  backend(many(4, Date.now()), appStatus(), (cmd, args) => {
    if (cmd === "reorder_entries") sent.push(args);
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  const rows = document.querySelectorAll<HTMLElement>("li.row");
  expect(rows[0]!.getAttribute("draggable")).toBe("true");
  rows[0]!.dispatchEvent(new Event("dragstart", { bubbles: true }));
  const over = new Event("dragover", { bubbles: true, cancelable: true });
  rows[2]!.dispatchEvent(over);
  expect(over.defaultPrevented).toBe(true);
  rows[2]!.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
  await tick();
  expect(sent).toEqual([{ ids: ["2", "3", "1", "4"] }]);
});

test("an HOTP code stays with its account when the list changes under it", async () => {
  const now = Date.now();
  const hotp = (id: string, issuer: string): CodeView => ({
    ...snapshot(now).codes[0]!,
    id,
    issuer,
    kind: "hotp",
    code: "",
    nextCode: null,
    validFromMs: null,
    validUntilMs: null,
    params: { kind: "hotp", algorithm: "SHA1", digits: 6, period: null, counter: 3 },
  });
  backend({ codes: [hotp("1", "Bank"), hotp("2", "Broker")] }, appStatus(), (cmd) => {
    if (cmd === "next_hotp") return "246810";
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  document.querySelector<HTMLButtonElement>("button.next")!.click();
  await tick();
  flushSync();
  expect([...document.querySelectorAll("li.row .code")].map((c) => c.textContent)).toEqual(["246 810", "••• •••"]);
  // "Broker" alone: it takes the first row's place, without Bank's code.
  searchFor("broker");
  expect([...document.querySelectorAll("li.row .code")].map((c) => c.textContent)).toEqual(["••• •••"]);
  searchFor("");
  expect([...document.querySelectorAll("li.row .code")].map((c) => c.textContent)).toEqual(["246 810", "••• •••"]);
});

test("no empty state before the first codes come", async () => {
  mockIPC((cmd) => {
    if (cmd === "status") return appStatus();
    if (cmd === "subscribe" || cmd === "next_pushes") return new Promise(() => {});
  });
  app = mount(App, { target: document.body });
  await tick();
  flushSync();
  expect(document.querySelector("header #add")).not.toBeNull();
  expect(document.querySelector(".empty")).toBeNull();
});
