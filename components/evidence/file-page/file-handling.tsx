"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DeleteRestoreFile } from "./delete-restore-file";
import { NewVersionUpload, type InheritedRecord } from "./new-version-upload";

/** Delete, restore and "upload a new version" together: a refused deletion opens the new-version form. */
export function FileHandling(props: { slug: string; fileId: string; name: string; deleted: boolean; canDelete: boolean; canRestore: boolean; canSupersede: boolean; inherit: InheritedRecord }) {
  const t = useTranslations("evidence.file");
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {props.deleted && props.canRestore ? <DeleteRestoreFile mode="restore" fileId={props.fileId} name={props.name} /> : null}
        {!props.deleted && props.canDelete ? <DeleteRestoreFile mode="delete" fileId={props.fileId} name={props.name} onRefused={() => setOpen(true)} /> : null}
      </div>
      {!props.deleted && props.canSupersede ? (
        <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">{t("newVersion")}</summary>
          <div className="mt-2">
            <NewVersionUpload slug={props.slug} fileId={props.fileId} inherit={props.inherit} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
