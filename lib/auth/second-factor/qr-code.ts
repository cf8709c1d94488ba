import "server-only";
import QRCode from "qrcode";

/**
 * A QR code drawn on the server as SVG, as a data: URL for an <img>: no
 * script and no request, which the pages' Content-Security-Policy allows
 * (`img-src 'self' data:`).
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1, color: { dark: "#000000", light: "#ffffff" } });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
