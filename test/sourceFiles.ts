/** Every .ts/.tsx file under a folder, at any depth: for tests that check a rule over the sources. */
import { readdirSync, statSync } from "fs";
import { join } from "path";

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
