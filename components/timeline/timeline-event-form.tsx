"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { DayInput } from "@/components/forms/day-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { createEventAction, updateEventAction } from "@/lib/timeline/actions";
import { createEventSchema, updateEventSchema } from "@/lib/timeline/schema";
import { DATE_PRECISIONS, EVENT_KINDS } from "@/lib/enums";
import { SourceSelect } from "@/components/sources/source-select";
import type { SourceChoice } from "@/lib/sources/list-sources";

export type EventValues = {
  occurredOn: string;
  precision: string;
  kind: string;
  title: string;
  titleKo: string;
  description: string;
  descriptionKo: string;
  isPublic: boolean;
  inferenceNote: string;
  inferenceNoteKo: string;
  sourceId: string;
};
const EMPTY: EventValues = { occurredOn: "", precision: "day", kind: "other", title: "", titleKo: "", description: "", descriptionKo: "", isPublic: false, inferenceNote: "", inferenceNoteKo: "", sourceId: "" };

export function TimelineEventForm(props: ({ incidentId: string } | { eventId: string; version: number; values: EventValues }) & { slug: string; sources: SourceChoice[] }) {
  const t = useTranslations("caseWs");
  const tForms = useTranslations("forms");
  const tEnum = useTranslations("enum");
  const editing = "eventId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateEventSchema : createEventSchema,
    defaultValues: editing ? { eventId: props.eventId, version: props.version, ...props.values } : { incidentId: props.incidentId, ...EMPTY },
    action: editing ? updateEventAction : createEventAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/timeline#event-${id}`,
  });
  const { register, formState } = form;
  const p = editing ? "ev-edit" : "ev-new";
  const aria = (name: string) => describedBy(`${p}-${name}`, { error: e[name] });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues() as Record<string, unknown>} fields={[
              { name: "title", label: t("eventTitle") },
              { name: "titleKo", label: t("eventTitleKo") },
              { name: "description", label: t("description") },
              { name: "descriptionKo", label: tForms("inKorean", { field: t("description") }) },
            ]} />
        </div>
      ) : null}
      <Field id={`${p}-occurredOn`} label={t("occurredOn")} error={e.occurredOn?.message}>
        <DayInput id={`${p}-occurredOn`} className={inputClass} {...aria("occurredOn")} {...register("occurredOn" as never)} />
      </Field>
      <Field id={`${p}-precision`} label={t("precision")} error={e.precision?.message}>
        <select id={`${p}-precision`} className={inputClass} {...register("precision" as never)}>
          <Options values={DATE_PRECISIONS} label={(v) => tEnum(`precision.${v}`)} />
        </select>
      </Field>
      <Field id={`${p}-kind`} label={t("kind")} error={e.kind?.message}>
        <select id={`${p}-kind`} className={inputClass} {...register("kind" as never)}>
          <Options values={EVENT_KINDS} label={(v) => tEnum(`eventKind.${v}`)} />
        </select>
      </Field>
      <div className="flex items-end">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" {...register("isPublic" as never)} /> {t("isPublic")}
        </label>
      </div>
      <Field id={`${p}-title`} label={t("eventTitle")} error={e.title?.message} className="sm:col-span-2">
        <input id={`${p}-title`} className={inputClass} {...aria("title")} {...register("title" as never)} />
      </Field>
      <Field id={`${p}-titleKo`} label={t("eventTitleKo")} optional error={e.titleKo?.message} className="sm:col-span-2">
        <input id={`${p}-titleKo`} lang="ko" className={inputClass} {...aria("titleKo")} {...register("titleKo" as never)} />
      </Field>
      <Field id={`${p}-description`} label={t("description")} optional error={e.description?.message} className="sm:col-span-2">
        <textarea id={`${p}-description`} rows={3} className={inputClass} {...aria("description")} {...register("description" as never)} />
      </Field>
      <Field id={`${p}-descriptionKo`} label={tForms("inKorean", { field: t("description") })} optional error={e.descriptionKo?.message} className="sm:col-span-2">
        <textarea id={`${p}-descriptionKo`} lang="ko" rows={3} className={inputClass} {...aria("descriptionKo")} {...register("descriptionKo" as never)} />
      </Field>
      <Field id={`${p}-inferenceNote`} label={t("inferenceNote")} optional error={e.inferenceNote?.message} className="sm:col-span-2">
        <input id={`${p}-inferenceNote`} className={inputClass} {...aria("inferenceNote")} {...register("inferenceNote" as never)} />
      </Field>
      <Field id={`${p}-inferenceNoteKo`} label={tForms("inKorean", { field: t("inferenceNote") })} optional error={e.inferenceNoteKo?.message} className="sm:col-span-2">
        <input id={`${p}-inferenceNoteKo`} lang="ko" className={inputClass} {...aria("inferenceNoteKo")} {...register("inferenceNoteKo" as never)} />
      </Field>
      <SourceSelect id={`${p}-source`} sources={props.sources} registration={register("sourceId" as never)} error={e.sourceId?.message} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("addEvent")} />
      </div>
    </form>
  );
}
