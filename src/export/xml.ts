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
