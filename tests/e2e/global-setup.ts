import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export default function globalSetup(): void {
  if (!existsSync(`${rendererDir}/index.html`)) {
    throw new Error(
      `The built renderer is missing (${rendererDir}/index.html): run npm run build first.`,
    );
  }
}
