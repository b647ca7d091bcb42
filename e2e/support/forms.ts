import type { Page } from "@playwright/test";

/**
 * Opens a section's folded "Add …" form unless it is open already (it starts open over an empty
 * list, and stays as the reader left it).
 */
export async function openAddForm(page: Page, title: string): Promise<void> {
  const details = page.locator("details").filter({ has: page.locator("summary", { hasText: title }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
}
