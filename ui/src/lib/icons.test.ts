import { expect, test } from "vitest";
import { buildIndex, findBrand, iconFor } from "./icons.svelte";

const index = buildIndex([
  ["GitHub", "github", "181717"],
  ["Proton Mail", "protonmail", "6D4AFF", "ProtonMail"],
  ["Google", "google", "4285F4"],
  ["AliExpress", "aliexpress", "FF4747"],
]);

test("issuers find their brand by title, alias, slug, domain or first word", () => {
  expect(findBrand(index, "GitHub")?.slug).toBe("github");
  expect(findBrand(index, "github.com")?.slug).toBe("github");
  expect(findBrand(index, "Proton Mail")?.slug).toBe("protonmail");
  expect(findBrand(index, "protonmail")?.slug).toBe("protonmail");
  expect(findBrand(index, "Google Account")?.slug).toBe("google");
  expect(findBrand(index, "Zanzibar Bank")).toBeNull();
});

test("a custom image wins, then a brand name typed for the account, then the issuer, else a letter", () => {
  const png = "data:image/png;base64,iVBORw0KGgo=";
  expect(iconFor("GitHub", png, index)).toEqual({ kind: "image", src: png });
  expect(iconFor("Work account", "Google", index)).toMatchObject({ kind: "brand", brand: { slug: "google" } });
  expect(iconFor("AliExpress", null, index)).toMatchObject({ kind: "brand", brand: { hex: "FF4747" } });
  expect(iconFor("Zanzibar Bank", null, index)).toEqual({ kind: "letter" });
  // Before the index has loaded: letters.
  expect(iconFor("GitHub", null, null)).toEqual({ kind: "letter" });
  // Only our own PNG data URLs are images; anything else is a brand name.
  expect(iconFor("X", "javascript:alert(1)", index)).toEqual({ kind: "letter" });
});
