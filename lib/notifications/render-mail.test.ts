import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "@/lib/enums";
import { locales } from "@/lib/i18n/locales";
import { renderDigestMail, renderNotificationMail, type MailItem } from "./render-mail";

const URL_EN = "https://casefile.example/en/workspace/cases/kakao-pay/workflow";
const SETTINGS = "https://casefile.example/en/workspace/settings/notifications";
// Everything a notification might be handed that is case content: none of it may reach a mail.
const SECRET_PARAMS = { taskTitle: "Call the whistleblower", body: "The CISO admitted it", reason: "Secret reason", subject: "publication", outcome: "rejected", state: "overdue", clock: "appeal_window", dueOn: "2026-12-04" };

const item = (kind: MailItem["kind"], overrides: Partial<MailItem> = {}): MailItem => ({ kind, caseTitle: "Kakao Pay shared data with Alipay", actorName: "Kim Regulator", params: SECRET_PARAMS, url: URL_EN, ...overrides });

describe("renderNotificationMail", () => {
  for (const locale of locales) {
    for (const kind of NOTIFICATION_KINDS) {
      it(`${kind} in ${locale}: subject, text and html name the case, link the exact page and carry no case content`, () => {
        const mail = renderNotificationMail({ locale, item: item(kind), settingsUrl: SETTINGS });
        expect(mail.subject).toMatch(/^Casefile: /);
        expect(mail.subject).not.toMatch(/[\r\n{}]/);
        // A disabled webhook concerns no case: its mail names none.
        if (kind !== "webhook_disabled") expect(mail.text).toContain("Kakao Pay shared data with Alipay");
        expect(mail.text).toContain(URL_EN);
        expect(mail.text).toContain(SETTINGS);
        expect(mail.html).toContain(`href="${URL_EN}"`);
        expect(mail.html).toContain(`lang="${locale}"`);
        for (const secret of ["Call the whistleblower", "The CISO admitted it", "Secret reason"]) {
          expect(mail.text + mail.subject + mail.html).not.toContain(secret);
        }
        expect(mail.text).not.toMatch(/[{}]/);
      });
    }
  }

  it("speaks the recipient's language", () => {
    const en = renderNotificationMail({ locale: "en", item: item("case_assigned"), settingsUrl: SETTINGS });
    const ko = renderNotificationMail({ locale: "ko", item: item("case_assigned"), settingsUrl: SETTINGS });
    expect(en.subject).toBe("Casefile: You were assigned to “Kakao Pay shared data with Alipay”");
    expect(ko.subject).toBe("Casefile: “Kakao Pay shared data with Alipay” 사건에 배정되었습니다");
    expect(ko.text).toContain("Kim Regulator 님이 회원님을");
  });

  it("words outcomes, deadlines and proposals from closed lists only", () => {
    const decided = renderNotificationMail({ locale: "en", item: item("proposal_decided", { params: { outcome: "approved", subject: "workflow" } }), settingsUrl: SETTINGS });
    expect(decided.text).toContain("Kim Regulator approved a workflow step you proposed");
    const clock = renderNotificationMail({ locale: "en", item: item("clock_due", { params: { state: "overdue", clock: "reply_window", dueOn: "2026-12-01" } }), settingsUrl: SETTINGS });
    expect(clock.subject).toContain("Overdue");
    expect(clock.text).toContain("was due on 2026-12-01 and is overdue");
    const junk = renderNotificationMail({ locale: "en", item: item("clock_due", { params: { state: "<script>", clock: "x", dueOn: "tomorrow; DROP" } }), settingsUrl: SETTINGS });
    expect(junk.text).not.toContain("<script>");
    expect(junk.text).not.toContain("DROP");
  });

  it("escapes the case title in html, keeps it on one line in the subject, and names a missing actor", () => {
    const mail = renderNotificationMail({ locale: "en", item: item("mention", { caseTitle: "A <b>bold</b>\nclaim & more", actorName: null }), settingsUrl: SETTINGS });
    expect(mail.html).toContain("A &#60;b&#62;bold&#60;/b&#62; claim &#38; more");
    expect(mail.html).not.toContain("<b>");
    expect(mail.subject).toBe("Casefile: Someone mentioned you on “A <b>bold</b> claim & more”");
  });
});

describe("renderDigestMail", () => {
  for (const locale of locales) {
    it(`lists the day's notifications in ${locale}, each with its link`, () => {
      const items = [item("clock_due"), item("comment_reply", { url: `${URL_EN}/2` })];
      const mail = renderDigestMail({ locale, day: "2026-12-03", items, settingsUrl: SETTINGS });
      expect(mail.subject).toContain("2026-12-03");
      expect(mail.subject).toContain("2");
      expect(mail.text).toContain(URL_EN);
      expect(mail.text).toContain(`${URL_EN}/2`);
      expect(mail.html.match(/<li>/g)).toHaveLength(2);
      expect(mail.text + mail.html).not.toContain("The CISO admitted it");
    });
  }
});
