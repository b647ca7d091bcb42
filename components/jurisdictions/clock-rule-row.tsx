"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ClockRuleForm, type ClockRuleRow as Rule } from "./clock-rule-form";

/** One rule as it reads, with an Edit button for those who may change it. */
export function ClockRuleRow({ rule, reference, canEdit }: { rule: Rule; reference: string; canEdit: boolean }) {
  const t = useTranslations("jurisdictionsAdmin");
  const [editing, setEditing] = useState(false);
  return (
    <li className="py-3" data-rule={rule.kind}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-medium">{t(`kinds.${rule.kind}`)}</p>
          <p className="text-sm" data-testid="rule-length">
            {rule.length === null ? <span className="text-slate-600 italic">{t("notSet")}</span> : t("lengthValue", { length: rule.length, unit: rule.unit })}
          </p>
          {reference ? <p className="text-sm break-words text-slate-600">{reference}</p> : null}
        </div>
        {canEdit && !editing ? (
          <button type="button" onClick={() => setEditing(true)} className="shrink-0 rounded-md border border-slate-400 px-3 py-1 text-sm" aria-label={t("editRule", { kind: t(`kinds.${rule.kind}`) })}>
            {t("edit")}
          </button>
        ) : null}
      </div>
      {editing ? <ClockRuleForm rule={rule} onDone={() => setEditing(false)} /> : null}
    </li>
  );
}
