/**
 * XML text for the parts the .xlsx writer adds beside ExcelJS's own (defined
 * names, charts, drawings): escaping of attribute values and text.
 */

/** Escapes text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The relationships namespace (r:id attributes), which the worksheet, chart and drawing parts all declare. */
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
