import { expect, test } from "vitest";
import { iconFor } from "./icons";

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
