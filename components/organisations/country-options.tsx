"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { countryOptions } from "@/lib/organisations/countries";

/** The options of a country select: `none` first, then every country by its name in the page's language. */
export function CountryOptions({ none }: { none: string }) {
  const locale = useLocale();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  return (
    <>
      <option value="">{none}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
