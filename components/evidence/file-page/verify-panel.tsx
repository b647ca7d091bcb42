import { getTranslations } from "next-intl/server";
import type { EvidenceFilePageData } from "@/lib/evidence/get-evidence-file";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { VerifyButton } from "./verify-button";

/** The file's verifications, newest first, and (for those who may) the button that runs one now. */
export async function VerifyPanel({ file, locale, canVerify }: { file: EvidenceFilePageData; locale: Locale; canVerify: boolean }) {
  const [t, tEnum] = await Promise.all([getTranslations("evidence.file"), getTranslations("enum.evidenceCheckResult")]);
  return (
    <section aria-labelledby="evidence-verify" className="space-y-3">
      <h2 id="evidence-verify" className="text-lg font-semibold">
        {t("verify")}
      </h2>
      <p className="text-sm text-slate-700">{t("verifyIntro")}</p>
      {canVerify ? <VerifyButton fileId={file.id} /> : null}
      <h3 className="text-sm font-semibold text-slate-800">{t("verifications")}</h3>
      {file.verifications.length === 0 ? (
        <p className="text-sm text-slate-600">{t("verificationsNone")}</p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="verifications">
          {file.verifications.map((v) => (
            <li key={v.id} className="flex flex-wrap gap-x-2">
              <span className={v.result === "ok" ? "font-medium text-emerald-800" : "font-semibold text-red-800"}>{tEnum(v.result)}</span>
              <time dateTime={v.at.toISOString()} className="text-slate-700">
                {formatDateTime(v.at, locale)}
              </time>
              <span className="text-slate-600">{v.by ? t("verifiedBy", { name: v.by.name }) : t("verifiedBySystem")}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
