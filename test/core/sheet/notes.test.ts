/** Wrapped text heights: lines counted word by word, as Excel wraps a cell. */
import { headedNotes, notesListSection, wrappedTextHeight } from "../../../src/core/sheet/notes";

/** 4.4 pt a character and 6 pt of padding: a width that holds exactly n characters on a line. */
const widthFor = (characters: number) => characters * 4.4 + 6;
const heightOf = (lines: number) => Math.ceil(lines * 13.5 + 4);

describe("wrappedTextHeight", () => {
  it.each([
    ["one short line", "Доля в трафике", 20, 1],
    ["exactly one full line", "aaaa bbbb", 9, 1],
    // Character count alone would say 2 lines (18 characters in 10); words need 3.
    ["a word that does not fit moves down whole", "aaaaaa bbbbbb cccc", 10, 3],
    ["a word longer than a line is broken", "x".repeat(25), 10, 3],
    ["a word filling its lines exactly", "x".repeat(20) + " y", 10, 3],
    ["paragraphs start new lines", "aa\nbb\ncc", 10, 3],
  ])("%s", (_, text, characters, lines) => {
    expect(wrappedTextHeight(text, widthFor(characters))).toBe(heightOf(lines));
  });
});

describe("headedNotes", () => {
  it("puts the heading in the row given, before the notes' own blocks, and keeps their merges and heights", () => {
    const notes = notesListSection(1, 5, ["First.", null], 7, 300);
    const section = headedNotes(1, 4, "How to solve", notes);
    expect(section.blocks[0]).toEqual({
      address: "A4:A4",
      cells: [["How to solve"]],
      role: "heading",
    });
    expect(section.blocks.slice(1)).toEqual(notes.blocks);
    expect(section.merges).toEqual(notes.merges);
    expect(section.rowHeights).toEqual(notes.rowHeights);
  });
});
