"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { revokeTokenAction } from "@/lib/api-tokens/actions";

export interface TokenListRow {
  id: string;
  name: string;
  hint: string;
  ownerName: string;
  scopes: string[];
  expiresAt: string;
  lastUsedAt: string | null;
  status: "active" | "revoked" | "expired";
}

function RevokeButton({ token }: { token: TokenListRow }) {
  const t = useTranslations("apiTokens");
  const tForms = useTranslations("forms");
  const [pending, start] = useTransition();
  const revoke = () =>
    start(async () => {
      const result = await revokeTokenAction({ tokenId: token.id });
      if (result.ok) toast.success(t("revoked"));
      else toast.error(result.message);
    });
  return (
    <ConfirmDialog
      trigger={
        <button type="button" disabled={pending} className="rounded-md border border-red-700 px-2.5 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60">
          {t("revoke")}
        </button>
      }
      title={t("revoke")}
      description={t("revokeConfirm", { name: token.name })}
      confirm={t("revoke")}
      cancel={tForms("cancel")}
      onConfirm={revoke}
    />
  );
}

/** The tokens with what each may do and when it was last used; an active one can be revoked at once. */
export function TokenList({ tokens, showOwner }: { tokens: TokenListRow[]; showOwner?: boolean }) {
  const t = useTranslations("apiTokens");
  const format = useFormatter();
  if (tokens.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Seoul" });
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white" data-testid="token-list">
      {tokens.map((token) => (
        <li key={token.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid="token-row">
          <div className="min-w-0 space-y-1">
            <p className="font-medium text-slate-900">
              {token.name} <code className="text-xs font-normal text-slate-600">{token.hint}</code>
            </p>
            {showOwner ? (
              <p className="text-sm text-slate-700">
                {t("columns.owner")}: {token.ownerName}
              </p>
            ) : null}
            <p className="flex flex-wrap gap-1">
              {token.scopes.map((scope) => (
                <code key={scope} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">
                  {scope}
                </code>
              ))}
            </p>
            <p className="text-xs text-slate-600">
              {t("columns.expires")}: {when(token.expiresAt)} · {t("columns.lastUsed")}: {token.lastUsedAt ? when(token.lastUsedAt) : t("never")}
            </p>
          </div>
          <div className="flex items-center gap-3">
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${token.status === "active" ? "bg-emerald-100 text-emerald-900" : "bg-slate-200 text-slate-800"}`}>{t(`status.${token.status}`)}</span>
            {token.status === "active" ? <RevokeButton token={token} /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
