// Where an evidence file lives in the app. Pure, for server and client components alike (the
// section registry's sectionPath is server-only).

/** The file's own page in the workspace (locale-less: pass it to the i18n Link or router). */
export const evidenceFilePath = (slug: string, fileId: string): string => `/workspace/cases/${slug}/evidence/${fileId}`;

/** The file's bytes (the custody-logged route); `inline` asks to be shown rather than downloaded. */
export const evidenceBytesUrl = (slug: string, fileId: string, inline = false): string => `/api/cases/${encodeURIComponent(slug)}/evidence/${fileId}${inline ? "?inline=1" : ""}`;
