"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { DayInput } from "@/components/forms/day-input";
import { Field, inputClass } from "@/components/forms/field";
import { fieldBuilders } from "@/components/forms/field-builders";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { Options } from "@/components/ui/options";
import { TASK_STATUSES } from "@/lib/enums";
import { createTaskAction, updateTaskAction } from "@/lib/tasks/actions";
import { createTaskSchema, TASK_LINK_KINDS, updateTaskSchema } from "@/lib/tasks/schema";

export type TaskValues = Record<"title" | "assigneeId" | "dueOn" | "status" | "linkTo" | "note", string>;
const EMPTY: TaskValues = { title: "", assigneeId: "", dueOn: "", status: "open", linkTo: "", note: "" };

export interface TaskFormChoices {
  people: { id: string; name: string; email: string }[];
  /** The case's items a task may point at, already worded in the page's language. */
  links: { kind: (typeof TASK_LINK_KINDS)[number]; value: string; label: string }[];
}

/** Adds a task to a case, or edits one (at the version the form was filled from). */
export function TaskForm(props: ({ incidentId: string } | { taskId: string; version: number; values: TaskValues }) & { slug: string; choices: TaskFormChoices }) {
  const t = useTranslations("tasks");
  const tEnum = useTranslations("enum");
  const editing = "taskId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateTaskSchema : createTaskSchema,
    defaultValues: editing ? { taskId: props.taskId, version: props.version, ...props.values } : { incidentId: props.incidentId, ...EMPTY },
    action: editing ? updateTaskAction : createTaskAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/tasks#task-${id}`,
  });
  const { register, formState } = form;
  const p = editing ? "task-edit" : "task-new";
  const { aria, input, textarea } = fieldBuilders<keyof TaskValues>({ prefix: p, label: (name) => t(name), errors: e, register: register as never });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues() as Record<string, unknown>} fields={[{ name: "title", label: t("title") }, { name: "note", label: t("note") }]} />
        </div>
      ) : null}
      {input("title", { wide: true })}
      <Field id={`${p}-assigneeId`} label={t("assigneeId")} optional error={e.assigneeId?.message}>
        <select id={`${p}-assigneeId`} className={inputClass} {...aria("assigneeId")} {...register("assigneeId" as never)}>
          <option value="">{t("nobody")}</option>
          {props.choices.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.email})
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${p}-dueOn`} label={t("dueOn")} optional hint={t("dueOnHint")} error={e.dueOn?.message}>
        <DayInput id={`${p}-dueOn`} className={inputClass} {...aria("dueOn", true)} {...register("dueOn" as never)} />
      </Field>
      <Field id={`${p}-status`} label={t("status")} error={e.status?.message}>
        <select id={`${p}-status`} className={inputClass} {...aria("status")} {...register("status" as never)}>
          <Options values={TASK_STATUSES} label={(v) => tEnum(`taskStatus.${v}`)} />
        </select>
      </Field>
      <Field id={`${p}-linkTo`} label={t("linkTo")} optional hint={t("linkToHint")} error={e.linkTo?.message}>
        <select id={`${p}-linkTo`} className={inputClass} {...aria("linkTo", true)} {...register("linkTo" as never)}>
          <option value="">{t("linkNone")}</option>
          {TASK_LINK_KINDS.map((kind) => {
            const items = props.choices.links.filter((l) => l.kind === kind);
            return items.length ? (
              <optgroup key={kind} label={t(`linkKinds.${kind}`)}>
                {items.map((item) => (
                  <option key={item.value} value={item.value}>
                    {item.label}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
      </Field>
      {textarea("note")}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("add")} />
      </div>
    </form>
  );
}
