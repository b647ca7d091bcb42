// The pdf.js assets route: the installed character maps and fonts for signed-in users, and
// nothing else under node_modules whatever the name asks for.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeViewer } from "@/tests/support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));

const { GET } = await import("@/app/api/pdfjs/[asset]/[name]/route");
let officer: Viewer;
beforeAll(async () => {
  officer = await makeViewer("case_officer");
});
afterAll(() => prisma.$disconnect());

const get = (asset: string, name: string) => GET(new NextRequest(`http://localhost/api/pdfjs/${asset}/${encodeURIComponent(name)}`), { params: Promise.resolve({ asset, name }) });

describe("GET /api/pdfjs/<asset>/<name>", () => {
  it("serves a Korean character map and a standard font as installed, to a signed-in user", async () => {
    session.viewer = officer;
    const cmap = await get("cmaps", "UniKS-UCS2-H.bcmap");
    expect(cmap.status).toBe(200);
    expect(Buffer.from(await cmap.arrayBuffer()).equals(readFileSync(path.join(process.cwd(), "node_modules/pdfjs-dist/cmaps/UniKS-UCS2-H.bcmap")))).toBe(true);
    expect(cmap.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await get("standard_fonts", "FoxitSerif.pfb")).status).toBe(200);
  });

  it("answers 404 for anything else, and 401 without a session", async () => {
    session.viewer = officer;
    for (const [asset, name] of [["cmaps", "../package.json"], ["..", "package.json"], ["build", "pdf.mjs"], ["cmaps", "NoSuchMap.bcmap"], ["standard_fonts", "../../package.json"]] as const) {
      expect((await get(asset, name)).status, `${asset}/${name}`).toBe(404);
    }
    session.viewer = null;
    expect((await get("cmaps", "UniKS-UCS2-H.bcmap")).status).toBe(401);
  });
});
