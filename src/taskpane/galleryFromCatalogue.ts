/** The gallery's entries from the shared MKT catalogue (kept out of App so tests can pass their own). */
import { CATALOGUE } from "../core/catalogue";
import { galleryEntries } from "./state/galleryFromCatalogue";
import type { GalleryEntry } from "./state/catalogueSearch";

export function galleryFromCatalogue(): GalleryEntry[] {
  return galleryEntries(CATALOGUE);
}
