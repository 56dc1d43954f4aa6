/**
 * Imported first by the functions entry. When office.js could not be loaded
 * (offline, blocked; the pane then says how to load the add-in), there is no
 * CustomFunctions to register with and no Excel to call the functions: the
 * associate calls the build appends to every *.functions.ts would only throw
 * "CustomFunctions is not defined" into the page. An inert stand-in lets the
 * module load and does nothing; inside Excel the real one is always there.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") scope.CustomFunctions = { associate() {} };
