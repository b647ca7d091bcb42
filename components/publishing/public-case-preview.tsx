"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { PublicCaseBody } from "@/components/cases/public-case/public-case-body";
import { DISPLAY_TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import { reviveSnapshot, type Correction, type PublicSnapshot } from "@/lib/publishing/snapshot";

/**
 * A proposed version drawn by the public page's own components, in the language chosen for the
 * preview whatever the workspace's: its own provider gives them that locale and its messages.
 */
export function PublicCasePreview(props: { locale: Locale; messages: AbstractIntlMessages; snapshot: PublicSnapshot; correctedBy: { number: number; correctionNote: string | null; corrections: Correction[] } | null }) {
  return (
    <NextIntlClientProvider locale={props.locale} timeZone={DISPLAY_TIME_ZONE} messages={props.messages}>
      <div lang={props.locale}>
        <PublicCaseBody incident={reviveSnapshot(props.snapshot)} correctedBy={props.correctedBy} />
      </div>
    </NextIntlClientProvider>
  );
}
