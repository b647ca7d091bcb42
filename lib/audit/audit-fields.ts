// How each field an audit row may carry reads to a person: its label (auditLabels.fields.<name>)
// and how its value is shown. Fields marked HIDDEN (ids, versions, bookkeeping instants, JSON
// blobs) mean nothing to readers; they stay in the row's raw JSON. A field missing here is not
// shown in the readable view either, so a new column never leaks a code; the unit test lists each
// model's columns and fails until every one is placed here.
import type { AuditEntityType } from "./audit-actions";

export type AuditFieldFormat =
  | { kind: "text" }
  | { kind: "list" }
  /** A DATE column: a calendar day, stored as UTC midnight. */
  | { kind: "day" }
  /** A moment in time, shown in Korean time. */
  | { kind: "instant" }
  /** A count, every digit. */
  | { kind: "count" }
  /** An amount in minor units of the row's `currency` (KRW when the row has none: written before currencies). */
  | { kind: "money" }
  | { kind: "number" }
  | { kind: "bool" }
  /** A code translated through an existing message namespace: `${messages}.${code}`. */
  | { kind: "enum"; messages: string }
  /** A user's id, shown as the user's current name. */
  | { kind: "user" }
  /** An organisation's id, shown as its current name. */
  | { kind: "organization" };

const HIDDEN = null;
type FieldTable = Readonly<Record<string, AuditFieldFormat | typeof HIDDEN>>;

const text = { kind: "text" } as const;
const list = { kind: "list" } as const;
const day = { kind: "day" } as const;
const instant = { kind: "instant" } as const;
const count = { kind: "count" } as const;
const money = { kind: "money" } as const;
const number = { kind: "number" } as const;
const bool = { kind: "bool" } as const;
const user = { kind: "user" } as const;
const organization = { kind: "organization" } as const;
const enumOf = (messages: string) => ({ kind: "enum", messages }) as const;

/** Row bookkeeping every versioned table has. */
const BOOKKEEPING = { id: HIDDEN, incidentId: HIDDEN, version: HIDDEN, createdAt: HIDDEN, updatedAt: HIDDEN, deletedAt: HIDDEN } as const;

/**
 * Per entity type, in the order the readable view lists them. Besides the model's columns, each
 * table has the extra keys its audit rows carry (e.g. a sign-in's provider, a transition's step).
 */
export const AUDIT_FIELDS: Readonly<Record<AuditEntityType, FieldTable>> = {
  user: {
    ...BOOKKEEPING,
    name: text,
    email: text,
    role: enumOf("roles"),
    active: bool,
    signIn: enumOf("auditLabels.values.signIn"),
    provider: enumOf("auditLabels.values.provider"),
    reason: enumOf("auditLabels.values.signInFailure"),
    lastSignInAt: instant,
    passwordHash: HIDDEN,
    sessionId: HIDDEN,
    locale: enumOf("notificationSettings.languages"),
    // user.notifications_changed: the mail delivery chosen for each kind of notification.
    notify_case_assigned: enumOf("notificationSettings.deliveries"),
    notify_task_assigned: enumOf("notificationSettings.deliveries"),
    notify_task_due: enumOf("notificationSettings.deliveries"),
    notify_proposal_waiting: enumOf("notificationSettings.deliveries"),
    notify_proposal_decided: enumOf("notificationSettings.deliveries"),
    notify_clock_due: enumOf("notificationSettings.deliveries"),
    notify_mention: enumOf("notificationSettings.deliveries"),
    notify_comment_reply: enumOf("notificationSettings.deliveries"),
    notify_webhook_disabled: enumOf("notificationSettings.deliveries"),
  },
  // The officer is the entity and the case is the row's case: both are already named.
  case_assignment: { user: HIDDEN, case: HIDDEN, userId: HIDDEN, incidentId: HIDDEN, assignedById: HIDDEN, createdAt: HIDDEN },
  incident: {
    ...BOOKKEEPING,
    title: text,
    titleKo: text,
    summary: text,
    summaryKo: text,
    discoveredOn: day,
    origin: enumOf("caseOrigin"),
    receivedOn: day,
    // A code from the jurisdictions table ("KR"); administrators add codes, so no message list.
    jurisdiction: text,
    conductStart: day,
    conductStartPrecision: enumOf("enum.precision"),
    conductEnd: day,
    conductEndPrecision: enumOf("enum.precision"),
    legalBasisExamined: list,
    workflowState: enumOf("state"),
    transition: enumOf("workflow.transitions"),
    reason: text,
    visibility: enumOf("auditLabels.values.visibility"),
    format: enumOf("auditLabels.values.format"),
    isDemo: bool,
    openedAt: instant,
    closedAt: instant,
    stateEnteredAt: HIDDEN,
    slug: text,
    investigatedOrgId: organization,
    authorityId: organization,
    proposalId: HIDDEN,
    // A case made from a case file: the file's name, its SHA-256 (in the raw row) and the address it had where it was exported.
    fileName: text,
    sha256: HIDDEN,
    importedFrom: text,
    organizationsCreated: list,
    articles: list,
  },
  finding: {
    ...BOOKKEEPING,
    title: text,
    titleKo: text,
    severity: enumOf("enum.severity"),
    status: enumOf("enum.findingStatus"),
    statusReason: text,
    body: text,
    bodyKo: text,
    legalArticles: list,
    /** The library articles linked, as citations ("PIPA Art. 17(1)"); rows before the library have none. */
    articles: list,
    evidenceRefs: list,
    authorId: user,
    sourceId: HIDDEN,
  },
  data_category: {
    ...BOOKKEEPING,
    name: text,
    nameKo: text,
    sensitivity: enumOf("enum.sensitivity"),
    consent: enumOf("consent"),
    purposeClaimed: text,
    purposeClaimedKo: text,
    sharedFrom: day,
    sharedUntil: day,
    protectionMethod: enumOf("protection"),
    hashAlgorithm: enumOf("enum.hashAlgorithm"),
    keyHolder: enumOf("enum.keyHolder"),
    keyHandling: text,
    protectionNote: text,
    protectionNoteKo: text,
    identifierFormat: text,
    identifierSpace: text,
    identifierSpaceSize: count,
    gpuHashRate: number,
    reversibility: enumOf("enum.reversibility"),
    reversibilityNote: text,
    reversibilityNoteKo: text,
  },
  // An estimate's rows are its revisions (the label is kept on the estimate).
  estimate: {
    ...BOOKKEEPING,
    label: text,
    revision: number,
    asOf: day,
    total: count,
    active: count,
    dormant: count,
    former: count,
    unsplit: count,
    low: count,
    high: count,
    provenance: enumOf("provenance"),
    note: text,
    estimateId: HIDDEN,
    sourceId: HIDDEN,
    createdById: HIDDEN,
  },
  timeline_event: {
    ...BOOKKEEPING,
    title: text,
    titleKo: text,
    occurredOn: day,
    precision: enumOf("enum.precision"),
    kind: enumOf("enum.eventKind"),
    description: text,
    descriptionKo: text,
    isPublic: bool,
    inferenceNote: text,
    inferenceNoteKo: text,
    sourceId: HIDDEN,
  },
  source: {
    ...BOOKKEEPING,
    title: text,
    titleKo: text,
    kind: enumOf("enum.sourceKind"),
    publisher: text,
    language: enumOf("enum.documentLanguage"),
    publishedOn: day,
    publishedPrecision: enumOf("enum.precision"),
    url: text,
    note: text,
    noteKo: text,
  },
  figure: {
    ...BOOKKEEPING,
    label: text,
    labelKo: text,
    value: number,
    unit: enumOf("enum.figureUnit"),
    approximate: bool,
    provenance: enumOf("provenance"),
    asOf: day,
    note: text,
    noteKo: text,
    // The key is made from the first label and never changes: the label says it in words.
    key: HIDDEN,
    organizationId: HIDDEN,
    sourceId: HIDDEN,
  },
  statement: {
    ...BOOKKEEPING,
    quote: text,
    quoteKo: text,
    wording: enumOf("enum.statementWording"),
    statedOn: day,
    statedPrecision: enumOf("enum.precision"),
    context: text,
    contextKo: text,
    organizationId: HIDDEN,
    sourceId: HIDDEN,
  },
  recipient: {
    ...BOOKKEEPING,
    organizationId: organization,
    relationship: text,
    relationshipKo: text,
    country: text,
    stakePercent: number,
    purposeClaimed: text,
    consent: enumOf("consent"),
    contractCovered: bool,
    contractNote: text,
    description: text,
    descriptionKo: text,
  },
  organization: {
    id: HIDDEN,
    slug: HIDDEN,
    name: text,
    nameKo: text,
    kind: enumOf("orgKind"),
    country: text,
    description: text,
    sector: enumOf("orgSector"),
    registrationNumber: text,
    aliases: list,
    aliasesKo: list,
    mergedIntoId: organization,
    mergedAt: instant,
    version: HIDDEN,
    createdAt: HIDDEN,
    updatedAt: HIDDEN,
    // A merge's row and its undo's: the two organisations, and what moved (read by the undo).
    duplicateId: organization,
    survivorId: organization,
    moved: HIDDEN,
    retiredRecipientIds: HIDDEN,
    aliasesAdded: HIDDEN,
    mergeAuditId: HIDDEN,
    movedCounts: HIDDEN,
  },
  sanction: {
    ...BOOKKEEPING,
    type: enumOf("workflow.sanctionTypes"),
    subjectName: text,
    status: enumOf("workflow.sanctionStatus"),
    // Rows written before currencies carry won as amountKrw; later ones the minor units and the currency.
    proposedAmountKrw: money,
    amountKrw: money,
    proposedAmountMinor: money,
    amountMinor: money,
    currency: text,
    legalBasis: list,
    articles: list,
    decisionDate: day,
    decisionDocRefs: list,
    appealOutcome: enumOf("workflow.appealOutcomes"),
    appealDecidedOn: day,
    appealDocRefs: list,
    note: text,
    subjectOrgId: HIDDEN,
    supersedesId: HIDDEN,
    createdById: HIDDEN,
  },
  // The version's number is in the sentence ("approved version 2 of the public summary").
  publication_version: {
    ...BOOKKEEPING,
    number: HIDDEN,
    status: enumOf("auditLabels.values.publicationStatus"),
    correctionNote: text,
    publishAt: instant,
    publishedAt: instant,
    note: text,
    selection: HIDDEN,
    snapshot: HIDDEN,
    proposedById: HIDDEN,
    decidedById: HIDDEN,
    decidedAt: instant,
    unpublishedAt: instant,
  },
  transition_proposal: {
    ...BOOKKEEPING,
    transition: enumOf("workflow.transitions"),
    fromState: enumOf("state"),
    toState: enumOf("state"),
    status: enumOf("auditLabels.values.proposalStatus"),
    reason: text,
    note: text,
    details: HIDDEN,
    proposedById: HIDDEN,
    decidedById: HIDDEN,
    decisionNote: text,
    decidedAt: instant,
  },
  series_import: {
    ...BOOKKEEPING,
    fileName: text,
    rows: count,
    added: count,
    changed: count,
    unchanged: count,
    fileRows: count,
    status: enumOf("auditLabels.values.importStatus"),
    rowCount: count,
    daysAdded: count,
    daysChanged: count,
    daysSame: count,
    error: text,
    finishedAt: instant,
    sha256: HIDDEN,
    createdById: HIDDEN,
  },
  jurisdiction: { code: text, name: text, nameKo: text, timeZone: text, createdAt: HIDDEN, version: HIDDEN },
  clock_rule: {
    id: HIDDEN,
    jurisdictionCode: text,
    kind: enumOf("jurisdictionsAdmin.kinds"),
    length: number,
    unit: enumOf("jurisdictionsAdmin.units"),
    legalReference: text,
    legalReferenceKo: text,
    version: HIDDEN,
    updatedAt: HIDDEN,
  },
  case_clock: {
    id: HIDDEN,
    incidentId: HIDDEN,
    kind: enumOf("jurisdictionsAdmin.kinds"),
    startsAt: instant,
    dueAt: instant,
    stoppedAt: instant,
    lateDays: number,
    note: text,
    ruleId: HIDDEN,
    ruleJurisdiction: text,
    ruleTimeZone: text,
    ruleLength: number,
    ruleUnit: enumOf("jurisdictionsAdmin.units"),
    version: HIDDEN,
  },
  // A mail's text stays out of the trail: the trail says which mail, to whom, and how it stood.
  mail_message: {
    id: HIDDEN,
    recipientId: HIDDEN,
    to: text,
    locale: HIDDEN,
    subject: text,
    text: HIDDEN,
    html: HIDDEN,
    status: enumOf("mailAdmin.status"),
    attempts: count,
    lastError: text,
    lastAttemptAt: HIDDEN,
    sentAt: HIDDEN,
    messageId: HIDDEN,
    digestDay: HIDDEN,
    createdAt: HIDDEN,
  },
  // The signing secret never reaches the trail (its writers leave it out, and it would read hidden).
  webhook_subscription: {
    id: HIDDEN,
    ownerId: user,
    url: text,
    events: list,
    secret: HIDDEN,
    enabled: bool,
    disabledAt: HIDDEN,
    disabledReason: enumOf("webhooks.disabledReasons"),
    consecutiveFailures: count,
    failingSince: HIDDEN,
    createdAt: HIDDEN,
    updatedAt: HIDDEN,
    version: HIDDEN,
  },
  legal_article: {
    ...BOOKKEEPING,
    lawCode: text,
    lawName: text,
    lawNameKo: text,
    number: text,
    numberKey: HIDDEN,
    title: text,
    titleKo: text,
    url: text,
    lawVersion: text,
  },
  evidence_file: {
    ...BOOKKEEPING,
    title: text,
    titleKo: text,
    description: text,
    descriptionKo: text,
    kind: enumOf("enum.evidenceKind"),
    receivedOn: day,
    providedBy: text,
    sensitivity: enumOf("enum.sensitivity"),
    originalName: text,
    mediaType: text,
    size: count,
    sha256: text,
    uploadedById: user,
    supersedesId: HIDDEN,
    supersededById: HIDDEN,
    // Text extraction is system bookkeeping (its state shows on the file page, not in the trail).
    extraction: HIDDEN,
    extractionError: HIDDEN,
    extractedAt: HIDDEN,
    // A verification's finding, and the digest the stored bytes had.
    result: enumOf("enum.evidenceCheckResult"),
    observed: text,
    // A link: what it points at and where in the file.
    linkId: HIDDEN,
    target: enumOf("enum.evidenceTarget"),
    targetId: HIDDEN,
    locator: text,
    label: text,
  },
  task: {
    ...BOOKKEEPING,
    title: text,
    assigneeId: user,
    dueOn: day,
    status: enumOf("enum.taskStatus"),
    note: text,
    // What it points at reads on the task's page; the id means nothing in the trail.
    findingId: HIDDEN,
    timelineEventId: HIDDEN,
    sanctionId: HIDDEN,
    evidenceFileId: HIDDEN,
    createdById: user,
  },
  comment: {
    ...BOOKKEEPING,
    body: text,
    authorId: user,
    editedAt: instant,
    // Which thread it is in, and who it mentions (ids: the comment's page names them).
    findingId: HIDDEN,
    timelineEventId: HIDDEN,
    sanctionId: HIDDEN,
    transitionProposalId: HIDDEN,
    publicationVersionId: HIDDEN,
    mentions: HIDDEN,
  },
  // A token's secret and its hash never enter the trail; a use names the token, its owner and the request.
  api_token: {
    id: HIDDEN,
    name: text,
    kind: enumOf("apiTokens.kinds"),
    ownerId: user,
    scopes: list,
    secretHash: HIDDEN,
    hint: HIDDEN,
    expiresAt: instant,
    lastUsedAt: HIDDEN,
    revokedAt: instant,
    createdById: user,
    createdAt: HIDDEN,
    tokenName: text,
    ownerName: text,
    method: text,
    path: text,
    status: number,
  },
};

/** The message key under an enum namespace for a stored code ("wrong password" → wrong_password). */
/**
 * Items the trail names by a column of their own (a finding by its title), with the Prisma model
 * that holds them: one query per entity type on a page (lib/audit/load-audit-lookups.ts). A new
 * case section's items get their line here and their fields above.
 */
export const AUDIT_ITEM_NAMES = {
  finding: { model: "finding", text: "title", textKo: "titleKo" },
  data_category: { model: "dataCategory", text: "name", textKo: "nameKo" },
  estimate: { model: "populationEstimate", text: "label" },
  timeline_event: { model: "timelineEvent", text: "title", textKo: "titleKo" },
  source: { model: "source", text: "title", textKo: "titleKo" },
  organization: { model: "organization", text: "name", textKo: "nameKo" },
  figure: { model: "incidentFigure", text: "label", textKo: "labelKo" },
  statement: { model: "statement", text: "quote", textKo: "quoteKo" },
  legal_article: { model: "legalArticle", text: "title", textKo: "titleKo" },
  evidence_file: { model: "evidenceFile", text: "title", textKo: "titleKo" },
  task: { model: "task", text: "title" },
  comment: { model: "comment", text: "body" },
} as const satisfies Partial<Record<AuditEntityType, { model: string; text: string; textKo?: string }>>;

export function enumMessageKey(code: string): string {
  return code.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}
