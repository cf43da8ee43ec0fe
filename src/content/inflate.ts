/**
 * Inflates the matcher data content.js carries deflated (core/matcher-shipped.ts) with the
 * browser's own DecompressionStream: no library in content.js, and no request leaves the page.
 */
export async function inflateBase64(base64: string): Promise<string> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}
