// JSON encoding for the HTTP transport: bytes travel as base64 inside `{ $bytes: "…" }`.
// IPC needs none of this (structured clone carries Uint8Array as it is).

interface WireBytes {
  $bytes: string;
}

function isWireBytes(value: unknown): value is WireBytes {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as WireBytes).$bytes === 'string'
  );
}

function bytesToBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { $bytes: bytesToBase64(v) } : v,
  );
}

export function fromWire(json: string): unknown {
  return JSON.parse(json, (_key, v: unknown) => (isWireBytes(v) ? base64ToBytes(v.$bytes) : v));
}
