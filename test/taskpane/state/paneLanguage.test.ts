import {
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  rememberLanguage,
  type LanguageStore,
} from "../../../src/taskpane/state/paneLanguage";

function memoryStore(
  initial: Record<string, string> = {}
): LanguageStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const blocked: LanguageStore = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

describe("the pane's language", () => {
  it.each([
    ["ru-RU", "ru"],
    ["kk-KZ", "kk"],
    ["en-GB", "en"],
    ["de-DE", "en"],
    [undefined, "en"],
  ])("follows Office's display language %s -> %s", (display, locale) => {
    expect(initialLanguage(memoryStore(), display)).toBe(locale);
  });

  it("prefers the language the user picked, remembered across sessions", () => {
    const store = memoryStore();
    rememberLanguage(store, "kk");
    expect(store.data.get(LANGUAGE_STORAGE_KEY)).toBe("kk");
    expect(initialLanguage(store, "ru-RU")).toBe("kk");
  });

  it("ignores a stored value that is no language of the add-in", () => {
    expect(initialLanguage(memoryStore({ [LANGUAGE_STORAGE_KEY]: "fr" }), "ru-RU")).toBe("ru");
  });

  it("works without storage (blocked or missing)", () => {
    expect(initialLanguage(blocked, "kk-KZ")).toBe("kk");
    expect(() => rememberLanguage(blocked, "ru")).not.toThrow();
    expect(initialLanguage(undefined, "ru-RU")).toBe("ru");
  });
});
