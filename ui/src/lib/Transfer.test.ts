import { afterEach, expect, test, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import ImportDialog from "./ImportDialog.svelte";
import ExportDialog from "./ExportDialog.svelte";
import type { ImportPreview } from "../gen/ImportPreview";
import { codeView } from "./testRows";
import { type } from "./testDom";

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  component = undefined;
  clearMocks();
  document.body.innerHTML = "";
});

function file(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  const f = new File([bytes], name);
  // jsdom's File has no arrayBuffer(); WebKit's has.
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.buffer });
  return f;
}

const preview: ImportPreview = {
  app: "Aegis",
  needsPassword: false,
  rows: [
    { label: "Deno: Mason", status: "new", kind: "totp", error: null, warnings: [] },
    { label: "SPDX: James", status: "duplicate", kind: "totp", error: null, warnings: [] },
    { label: "entry 3", status: "error", kind: null, error: "secret is empty", warnings: [] },
  ],
  warnings: ["Aegis icons are not imported: Sesame shows its own"],
  newCount: 1,
};

test("an encrypted export asks for its password, previews, then imports on confirmation", async () => {
  const calls: [string, unknown][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    if (cmd === "import_file") return { ...preview, needsPassword: true, rows: [], warnings: [], newCount: 0 };
    if (cmd === "import_password") {
      if ((args as { password: string }).password !== "test") throw { kind: "wrongPassword", message: "wrong password" };
      return preview;
    }
    if (cmd === "import_commit") return "Imported 1, skipped 1 duplicate, 1 could not be imported: entry 3 (secret is empty)";
  });
  const done = vi.fn();
  component = mount(ImportDialog, {
    target: document.body,
    props: { file: file("aegis.json", "{}"), onclose: () => {}, ondone: done },
  });
  await vi.waitFor(() => expect(document.querySelector("#import-password")).not.toBeNull());
  flushSync();
  expect(document.body.textContent).toContain("This Aegis export is encrypted");

  const field = document.querySelector<HTMLInputElement>("#import-password")!;
  field.value = "nope";
  field.dispatchEvent(new Event("input"));
  flushSync();
  field.form!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector("[role=alert]")?.textContent).toBe("wrong password"));

  field.value = "test";
  field.dispatchEvent(new Event("input"));
  flushSync();
  field.form!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector("#import-confirm")).not.toBeNull());
  flushSync();
  const text = document.body.textContent ?? "";
  expect(text).toContain("Import from Aegis");
  expect(text).toContain("already here");
  expect(text).toContain("cannot import · secret is empty");
  expect(text).toContain("icons are not imported");
  expect(document.querySelector("#import-confirm")?.textContent?.trim()).toBe("Import 1 account");
  expect(calls.some(([c]) => c === "import_commit")).toBe(false);

  document.querySelector<HTMLButtonElement>("#import-confirm")!.click();
  await vi.waitFor(() => expect(done).toHaveBeenCalledWith(expect.stringContaining("Imported 1")));
});

test("a KeePass database opens with its key file, with or without a password", async () => {
  const calls: string[] = [];
  mockIPC((cmd, args) => {
    calls.push(cmd);
    if (cmd === "import_file") return { ...preview, app: "KeePass", needsPassword: true, rows: [], warnings: [], newCount: 0 };
    if (cmd === "import_key_file") return null;
    if (cmd === "import_password") {
      expect((args as { password: string }).password).toBe("");
      return { ...preview, app: "KeePass" };
    }
  });
  component = mount(ImportDialog, {
    target: document.body,
    props: { file: file("codes.kdbx", "kdbx"), onclose: () => {}, ondone: () => {} },
  });
  await vi.waitFor(() => expect(document.querySelector("#import-key-file")).not.toBeNull());
  flushSync();
  const submit = document.querySelector<HTMLButtonElement>("form button[type=submit]")!;
  expect(submit.disabled).toBe(true);
  const key = document.querySelector<HTMLInputElement>("#import-key-file")!;
  Object.defineProperty(key, "files", { value: [file("codes.keyx", "key")] });
  key.dispatchEvent(new Event("change", { bubbles: true }));
  flushSync();
  expect(submit.disabled).toBe(false);
  submit.form!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector("#import-confirm")).not.toBeNull());
  expect(calls).toEqual(["import_file", "import_key_file", "import_password"]);
});

/** The export dialog's confirm button. */
const confirm = () => document.querySelector<HTMLButtonElement>("#export-confirm")!;

test("export: plain formats need the warning acknowledged, encrypted ones a repeated password", async () => {
  const sent: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "export_to") {
      sent.push(args);
      return { files: ["/tmp/backup.json"], count: 7, leftOut: [], warnings: [] };
    }
  });
  component = mount(ExportDialog, { target: document.body, props: { accounts: [], onclose: () => {} } });
  flushSync();
  type("#export-path", "/tmp/backup.json");
  type("#export-password", "secret");
  expect(confirm().disabled).toBe(true);
  type("#export-password2", "secret");
  expect(confirm().disabled).toBe(false);

  const aegis = document.querySelector<HTMLInputElement>("#format-aegis")!;
  aegis.click();
  flushSync();
  expect(document.querySelector("#export-password")).toBeNull();
  expect(confirm().disabled).toBe(true);
  document.querySelector<HTMLInputElement>("#export-plain-ok")!.click();
  flushSync();
  expect(confirm().disabled).toBe(false);
  confirm().form!.requestSubmit();
  await vi.waitFor(() => expect(document.body.textContent).toContain("Exported 7 accounts"));
  expect(sent).toEqual([{ format: "aegis", path: "/tmp/backup.json", password: null, entryId: null, profilePassword: null }]);
});

test("a password profile's export asks for its password too", async () => {
  const sent: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "export_to") {
      sent.push(args);
      return { files: ["/tmp/links.txt"], count: 1, leftOut: [], warnings: [] };
    }
  });
  component = mount(ExportDialog, { target: document.body, props: { accounts: [], ownerPassword: true, onclose: () => {} } });
  flushSync();
  document.querySelector<HTMLInputElement>("#format-uris")!.click();
  flushSync();
  document.querySelector<HTMLInputElement>("#export-plain-ok")!.click();
  flushSync();
  type("#export-path", "/tmp/links.txt");
  expect(confirm().disabled).toBe(true);
  type("#owner-password", "pw");
  expect(confirm().disabled).toBe(false);
  confirm().form!.requestSubmit();
  await vi.waitFor(() => expect(document.body.textContent).toContain("Exported 1 account"));
  expect(sent).toEqual([{ format: "uris", path: "/tmp/links.txt", password: null, entryId: null, profilePassword: "pw" }]);
});

test("the secret shows only on request, after the profile's password", async () => {
  const { default: EditDialog } = await import("./EditDialog.svelte");
  const asked: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "reveal_entry") {
      asked.push(args);
      if ((args as { password: string }).password !== "pw")
        throw { kind: "wrongPassword", message: "wrong password for profile Mum" };
      return {
        uri: "otpauth://totp/ACME:a?secret=JBSWY3DPEHPK3PXP",
        secret: "JBSWY3DPEHPK3PXP",
        qr: "data:image/png;base64,AAAA",
      };
    }
  });
  const entry = codeView({ id: "7" });
  component = mount(EditDialog, { target: document.body, props: { entry, needsPassword: true, onclose: () => {} } });
  flushSync();
  expect(document.body.textContent).not.toContain("JBSW");
  document.querySelector<HTMLButtonElement>("#reveal")!.click();
  flushSync();
  const field = document.querySelector<HTMLInputElement>("#reveal-password")!;
  field.value = "nope";
  field.dispatchEvent(new Event("input"));
  flushSync();
  field.form!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector("[role=alert]")?.textContent).toBe("wrong password for profile Mum"));
  expect(document.body.textContent).not.toContain("JBSW");
  field.value = "pw";
  field.dispatchEvent(new Event("input"));
  flushSync();
  field.form!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector("#revealed-secret")?.textContent).toBe("JBSW Y3DP EHPK 3PXP"));
  expect(document.querySelector<HTMLImageElement>("img.qr")?.src).toBe("data:image/png;base64,AAAA");
  expect(asked).toEqual([
    { id: "7", password: "nope" },
    { id: "7", password: "pw" },
  ]);
});
