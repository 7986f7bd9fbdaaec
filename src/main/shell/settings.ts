// The desktop app's own settings (window size, last case), a small JSON file in the app data
// folder. A damaged or hand-edited file falls back to defaults instead of stopping the app.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

const settingsSchema = z.object({
  window: z
    .object({
      width: z.number().int().min(400).max(20_000),
      height: z.number().int().min(300).max(20_000),
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      maximized: z.boolean().default(false),
    })
    .optional(),
  lastCase: z.string().min(1).optional(),
});

export type AppSettings = z.infer<typeof settingsSchema>;

export async function loadSettings(path: string): Promise<AppSettings> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a file. */
export async function saveSettings(path: string, settings: AppSettings): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  await writeFile(temporary, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}
