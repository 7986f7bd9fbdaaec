// Reading computed styles from a test: the callback runs in the page, typed without the DOM library.
import type { Locator } from '@playwright/test';

interface BrowserWindow {
  getComputedStyle(element: unknown): { getPropertyValue(property: string): string };
}

export function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.evaluate(
    (element, name) =>
      (globalThis as unknown as BrowserWindow).getComputedStyle(element).getPropertyValue(name),
    property,
  );
}
