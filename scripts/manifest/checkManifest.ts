/**
 * Offline checks of the add-in's XML manifest: the mistakes that make Excel
 * refuse or silently half-load an add-in, found without Microsoft's online
 * validation service (which this project's machines cannot reach).
 *
 * Checked: well-formed XML; every element in one of the manifest's declared
 * schema namespaces and the required top-level elements present; a GUID id;
 * every `resid` resolving to a resource of the right kind; every URL https;
 * every icon file present, a PNG, and of the size it is declared at; the
 * shared-runtime wiring (one long-lived runtime whose page is also the custom
 * functions page, the function file and the task pane); the custom-function
 * namespace; string lengths within the schema's limits; locale overrides
 * (checkOverrides.ts).
 */
import { DOMParser } from "@xmldom/xmldom";
import { checkOverrides } from "./checkOverrides";

// xmldom implements the W3C DOM; the checks use the standard DOM types for it.
type XmlElement = Element;

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  versionOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** Limits from the manifest schema (ShortString 125, LongString 250, URL 2048 characters). */
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;
const MAX_URL = 2048;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface ManifestCheckOptions {
  /** The custom-function namespace the manifest must declare. */
  expectedNamespace: string;
  /**
   * Reads the file an icon URL is served from, or returns null when it does not exist.
   * Lets the check map https://localhost:3000/assets/x.png to assets/x.png in the repo.
   */
  readIcon(url: string): Uint8Array | null;
}

type ResourceKind = "image" | "url" | "shortString" | "longString";

function elements(root: XmlElement | Document, namespace: string, localName: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

function xsiType(element: XmlElement): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Returns a list of problems; an empty list means the manifest passed every check. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const parseErrors: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(`XML is not well formed: ${message}`);
      },
    }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch (error) {
    // xmldom reports fatal errors through onError and then throws; keep the first message.
    return parseErrors.length > 0 ? parseErrors : [`XML is not well formed: ${String(error)}`];
  }
  if (parseErrors.length > 0) return parseErrors;

  const root: XmlElement = doc.documentElement;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== NS.officeApp) {
    return [`the root element must be OfficeApp in ${NS.officeApp}`];
  }
  if (xsiType(root) !== "TaskPaneApp") problems.push('OfficeApp must have xsi:type="TaskPaneApp"');

  // Every element must belong to one of the schemas the manifest is written against.
  const known = new Set<string>([NS.officeApp, NS.basicTypes, NS.versionOverrides]);
  for (const element of elements(doc, "*", "*")) {
    if (!known.has(element.namespaceURI ?? "")) {
      problems.push(
        `<${element.tagName}> is in namespace "${element.namespaceURI ?? "(none)"}", not a manifest schema namespace`
      );
    }
  }

  const topLevel = (name: string) =>
    elements(root, NS.officeApp, name).filter((e) => e.parentNode === root);
  for (const required of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
  ]) {
    if (topLevel(required).length !== 1)
      problems.push(`<${required}> must appear exactly once under OfficeApp`);
  }
  const id = topLevel("Id")[0]?.textContent?.trim() ?? "";
  if (!GUID.test(id)) problems.push(`<Id> must be a GUID (got "${id}")`);
  const permissions = topLevel("Permissions")[0]?.textContent?.trim();
  if (permissions !== "ReadWriteDocument")
    problems.push(`<Permissions> must be ReadWriteDocument (got "${permissions ?? ""}")`);
  if (!topLevel("SupportUrl")[0]) problems.push("<SupportUrl> is missing");
  if (!elements(root, NS.officeApp, "Host").some((h) => h.getAttribute("Name") === "Workbook")) {
    problems.push('<Hosts> must include <Host Name="Workbook"/>');
  }

  // Resources by id, with their kind, so each resid can be checked against what it must point to.
  const resources = new Map<string, { kind: ResourceKind; value: string; element: XmlElement }>();
  const collect = (container: string, item: string, kind: ResourceKind) => {
    for (const group of elements(root, NS.basicTypes, container)) {
      for (const element of elements(group, NS.basicTypes, item)) {
        const resourceId = element.getAttribute("id") ?? "";
        if (resources.has(resourceId))
          problems.push(`resource id "${resourceId}" is defined twice`);
        resources.set(resourceId, {
          kind,
          value: element.getAttribute("DefaultValue") ?? "",
          element,
        });
      }
    }
  };
  collect("Images", "Image", "image");
  collect("Urls", "Url", "url");
  collect("ShortStrings", "String", "shortString");
  collect("LongStrings", "String", "longString");

  const expectedKind = (element: XmlElement): ResourceKind[] => {
    const name = element.localName;
    if (name === "Image") return ["image"];
    if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(name))
      return ["url"];
    if (name === "Description") return ["longString"];
    return ["shortString"]; // Label, Title, Namespace
  };
  for (const element of elements(doc, "*", "*")) {
    const resid = element.getAttribute("resid");
    if (resid === null || resid === "") continue;
    const resource = resources.get(resid);
    if (!resource) {
      problems.push(`resid "${resid}" on <${element.tagName}> does not resolve to any resource`);
    } else if (!expectedKind(element).includes(resource.kind)) {
      problems.push(
        `resid "${resid}" on <${element.tagName}> points to a ${resource.kind}, expected ${expectedKind(element).join(" or ")}`
      );
    }
  }

  for (const [resourceId, resource] of resources) {
    const limit =
      resource.kind === "shortString"
        ? MAX_SHORT_STRING
        : resource.kind === "longString"
          ? MAX_LONG_STRING
          : MAX_URL;
    if (resource.value.length === 0)
      problems.push(`resource "${resourceId}" has an empty DefaultValue`);
    if (resource.value.length > limit)
      problems.push(
        `resource "${resourceId}" is ${resource.value.length} characters (limit ${limit})`
      );
  }

  // Every URL must be https: attribute URLs, resource URLs and AppDomains.
  const urls: { where: string; url: string }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const element of elements(root, NS.officeApp, name)) {
      const value = element.getAttribute("DefaultValue");
      if (value !== null) urls.push({ where: `<${name}>`, url: value });
    }
  }
  for (const element of elements(root, NS.officeApp, "AppDomain"))
    urls.push({ where: "<AppDomain>", url: element.textContent?.trim() ?? "" });
  for (const [resourceId, resource] of resources) {
    if (resource.kind === "image" || resource.kind === "url")
      urls.push({ where: `resource "${resourceId}"`, url: resource.value });
  }
  for (const { where, url } of urls) {
    if (!/^https:\/\/[^\s/]+/.test(url)) problems.push(`${where} URL must be https (got "${url}")`);
  }

  // Icons: the file exists, is a PNG, and has the size it is declared at.
  const icons: { where: string; url: string; size: number | null }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const element = topLevel(name)[0];
    const url = element?.getAttribute("DefaultValue");
    if (url) icons.push({ where: `<${name}>`, url, size: name === "IconUrl" ? 32 : 64 });
  }
  for (const imageRef of elements(root, NS.basicTypes, "Image").filter((e) =>
    e.getAttribute("resid")
  )) {
    const resource = resources.get(imageRef.getAttribute("resid") ?? "");
    if (resource?.kind === "image") {
      icons.push({
        where: `resource "${imageRef.getAttribute("resid")}"`,
        url: resource.value,
        size: Number(imageRef.getAttribute("size")) || null,
      });
    }
  }
  for (const icon of icons) {
    const bytes = options.readIcon(icon.url);
    if (bytes === null) {
      problems.push(`${icon.where} icon file for ${icon.url} does not exist`);
      continue;
    }
    const size = pngSize(bytes);
    if (!size) problems.push(`${icon.where} icon ${icon.url} is not a PNG file`);
    else if (icon.size !== null && (size.width !== icon.size || size.height !== icon.size)) {
      problems.push(
        `${icon.where} icon ${icon.url} is ${size.width}x${size.height}, declared as ${icon.size}x${icon.size}`
      );
    }
  }

  problems.push(...checkSharedRuntime(root, resources, options.expectedNamespace));
  problems.push(...checkOverrides(root));
  return problems;
}

/** The shared-runtime wiring: one long-lived runtime serving functions, function file and task pane. */
function checkSharedRuntime(
  root: XmlElement,
  resources: Map<string, { kind: ResourceKind; value: string }>,
  expectedNamespace: string
): string[] {
  const problems: string[] = [];
  const sharedRuntimeSet = elements(root, NS.officeApp, "Set").find(
    (s) => s.getAttribute("Name") === "SharedRuntime"
  );
  if (!sharedRuntimeSet || sharedRuntimeSet.getAttribute("MinVersion") !== "1.1") {
    problems.push('<Requirements> must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }
  const overrides = elements(root, NS.versionOverrides, "VersionOverrides")[0];
  if (!overrides) return [...problems, "<VersionOverrides> is missing"];
  const host = elements(overrides, NS.versionOverrides, "Host").find(
    (h) => xsiType(h) === "Workbook"
  );
  if (!host) return [...problems, '<VersionOverrides> must have a <Host xsi:type="Workbook">'];

  const runtimes = elements(host, NS.versionOverrides, "Runtime");
  const runtime = runtimes.find((r) => r.getAttribute("lifetime") === "long");
  if (!runtime)
    return [...problems, '<Runtimes> must declare a <Runtime lifetime="long"> (shared runtime)'];
  const runtimeId = runtime.getAttribute("resid") ?? "";

  const extensionPoints = elements(host, NS.versionOverrides, "ExtensionPoint");
  const customFunctions = extensionPoints.find((e) => xsiType(e) === "CustomFunctions");
  if (!customFunctions) {
    problems.push('the Workbook host has no <ExtensionPoint xsi:type="CustomFunctions">');
  } else {
    const residOf = (parent: string) => {
      const container = elements(customFunctions, NS.versionOverrides, parent)[0];
      return container
        ? (elements(container, NS.versionOverrides, "SourceLocation")[0]?.getAttribute("resid") ??
            null)
        : null;
    };
    for (const part of ["Script", "Page", "Metadata"]) {
      if (residOf(part) === null)
        problems.push(
          `the CustomFunctions extension point has no <${part}><SourceLocation resid=…/>`
        );
    }
    if (residOf("Page") !== null && residOf("Page") !== runtimeId) {
      problems.push(
        `the CustomFunctions <Page> (resid "${residOf("Page")}") must be the shared runtime "${runtimeId}"`
      );
    }
    const namespace =
      elements(customFunctions, NS.versionOverrides, "Namespace")[0]?.getAttribute("resid") ?? "";
    const namespaceValue = resources.get(namespace)?.value;
    if (namespaceValue !== expectedNamespace) {
      problems.push(
        `the custom-function namespace must be "${expectedNamespace}" (got "${namespaceValue ?? "none"}")`
      );
    }
  }

  const functionFile = elements(host, NS.versionOverrides, "FunctionFile")[0]?.getAttribute(
    "resid"
  );
  if (functionFile !== runtimeId)
    problems.push(
      `<FunctionFile> (resid "${functionFile ?? "none"}") must be the shared runtime "${runtimeId}"`
    );

  const taskpaneActions = elements(host, NS.versionOverrides, "Action").filter(
    (a) => xsiType(a) === "ShowTaskpane"
  );
  if (taskpaneActions.length === 0)
    problems.push('no ribbon button opens the task pane (<Action xsi:type="ShowTaskpane">)');
  for (const action of taskpaneActions) {
    const location = elements(action, NS.versionOverrides, "SourceLocation")[0]?.getAttribute(
      "resid"
    );
    if (location !== runtimeId)
      problems.push(
        `the task pane action (resid "${location ?? "none"}") must open the shared runtime "${runtimeId}"`
      );
  }
  const homeTab = elements(host, NS.versionOverrides, "OfficeTab").find(
    (t) => t.getAttribute("id") === "TabHome"
  );
  if (!homeTab || elements(homeTab, NS.versionOverrides, "Group").length === 0) {
    problems.push(
      "the task pane button must sit in its own group on the Home tab (OfficeTab id TabHome)"
    );
  }
  return problems;
}
