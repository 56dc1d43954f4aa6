/**
 * withLaterTexts tells a part that could not be fetched (webpack's
 * ChunkLoadError: offline, the server gone) from a part whose code failed:
 * only the first becomes PartLoadError, which the pane words as "check the
 * network, then try again"; a bug keeps its own error, since fetching again
 * would not mend it.
 */
import { withLaterTexts } from "../../src/taskpane/lazyPart";
import { PartLoadError } from "../../src/taskpane/state/userFacingError";

function chunkLoadError(): Error {
  const error = new Error("Loading chunk 740 failed.");
  error.name = "ChunkLoadError";
  return error;
}

describe("withLaterTexts", () => {
  it("resolves with what load gives, once the later texts are here", async () => {
    await expect(withLaterTexts(() => Promise.resolve(42))()).resolves.toBe(42);
  });

  it("turns a chunk that could not be fetched into PartLoadError, keeping the cause", async () => {
    const cause = chunkLoadError();
    const failure = await withLaterTexts(() => Promise.reject(cause))().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PartLoadError);
    expect((failure as PartLoadError).reason).toBe(cause);
  });

  it("passes any other failure through unchanged", async () => {
    const bug = new TypeError("m.guidedPanel is not a function");
    await expect(withLaterTexts(() => Promise.reject(bug))()).rejects.toBe(bug);
  });
});
