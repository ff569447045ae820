import { afterEach, expect, test, vi } from "vitest";
import { brandPath, iconFor } from "./icons";

const google = { title: "Google", slug: "google", hex: "4285F4" };

test("a custom image wins, then the brand Rust matched, else a letter", () => {
  const png = "data:image/png;base64,iVBORw0KGgo=";
  expect(iconFor(png, google)).toEqual({ kind: "image", src: png });
  expect(iconFor("Google", google)).toEqual({ kind: "brand", brand: google });
  expect(iconFor(null, google)).toEqual({ kind: "brand", brand: google });
  expect(iconFor(null, null)).toEqual({ kind: "letter" });
  // Only our own PNG data URLs are images; anything else is a brand name.
  expect(iconFor("javascript:alert(1)", null)).toEqual({ kind: "letter" });
});

afterEach(() => vi.unstubAllGlobals());

test("a brand's path is fetched from the page's assets once, however many rows show it", async () => {
  const fetch = vi.fn(
    async (url: string) => new Response(url === "icons/github.path" ? "M12 .297c-6.63 0" : "", { status: 200 }),
  );
  vi.stubGlobal("fetch", fetch);
  expect(brandPath("github")).toBeUndefined();
  expect(brandPath("github")).toBeUndefined();
  await vi.waitFor(() => expect(brandPath("github")).toBe("M12 .297c-6.63 0"));
  expect(fetch).toHaveBeenCalledTimes(1);
});

test("a path that cannot be read is null (the row shows a letter), never an error", async () => {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response("", { status: 404 })),
  );
  brandPath("no-such-brand");
  await vi.waitFor(() => expect(brandPath("no-such-brand")).toBeNull());
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => Promise.reject(new TypeError("Load failed"))),
  );
  brandPath("offline");
  await vi.waitFor(() => expect(brandPath("offline")).toBeNull());
});
