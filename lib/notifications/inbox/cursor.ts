// The inbox's page cursor: the last row's time and id, "2026-11-30T12:00:00.000Z~<id>". Anything
// malformed reads as "from the start", never an error.
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.toISOString()}~${row.id}`;
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)~([a-z0-9]{1,64})$/i.exec(cursor);
  if (!match) return null;
  const createdAt = new Date(match[1]!);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: match[2]! };
}
