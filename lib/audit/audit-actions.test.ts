import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_KINDS } from "./audit-actions";

const MESSAGES = { en, ko } as const;

function messageAt(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

const duplicates = (list: readonly string[]) => list.filter((item, i) => list.indexOf(item) !== i);

describe("the audit vocabulary", () => {
  it("lists each action, entity type and kind once", () => {
    expect(duplicates(AUDIT_ACTIONS)).toEqual([]);
    expect(duplicates(AUDIT_ENTITY_TYPES)).toEqual([]);
    expect(duplicates(AUDIT_KINDS)).toEqual([]);
  });

  it("spells every action <kind>.<verb> in lower snake case", () => {
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  it.each(["en", "ko"] as const)("labels every action, entity type and kind in %s", (locale) => {
    const messages = MESSAGES[locale];
    const missing = [
      ...AUDIT_ACTIONS.map((a) => `auditLabels.actions.${a}`),
      ...AUDIT_ENTITY_TYPES.map((e) => `auditLabels.entities.${e}`),
      ...AUDIT_KINDS.map((k) => `auditLabels.kinds.${k}`),
    ].filter((key) => typeof messageAt(messages, key) !== "string");
    expect(missing).toEqual([]);
  });

  it.each(["en", "ko"] as const)("names who acted in every %s action sentence", (locale) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, unknown>, namespace: "auditLabels" as never });
    const say = t as unknown as (key: string, values: Record<string, string>) => string;
    for (const action of AUDIT_ACTIONS) {
      expect(say(`actions.${action}`, { actor: "ACTOR", entity: "ENTITY", detail: "DETAIL" }), action).toContain("ACTOR");
    }
  });

  it("is the only way in: no code but lib/audit writes audit rows with its own SQL (whose types would escape the vocabulary)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const sources = ["lib", "scripts", "prisma/seed", "app"].flatMap((dir) => sourceFiles(path.join(root, dir)));
    const writers = sources.filter((file) => /INSERT INTO\s+"?audit_events/i.test(readFileSync(file, "utf8"))).map((file) => path.relative(root, file));
    expect(writers).toEqual(["lib/audit/record-audit-batch.ts"]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [full] : [];
  });
}
