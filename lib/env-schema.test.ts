import { describe, expect, it } from "vitest";
import { parseEvidenceEnv, parseMailEnv, parseServerEnv } from "./env-schema";

const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/casefile", NEXTAUTH_SECRET: "x".repeat(32) };

describe("parseServerEnv", () => {
  it("accepts a minimal production configuration and fills defaults", () => {
    const env = parseServerEnv(base);
    expect(env.SESSION_MAX_AGE_HOURS).toBe(8);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.OIDC_ISSUER).toBeUndefined();
    expect(env.NOTIFY_CLOCK_DUE_DAYS).toBe(7);
  });

  it("reads how many days ahead a deadline is notified", () => {
    expect(parseServerEnv({ ...base, NOTIFY_CLOCK_DUE_DAYS: "14" }).NOTIFY_CLOCK_DUE_DAYS).toBe(14);
  });

  it.each([
    [{ ...base, DATABASE_URL: "mysql://x/y" }, /DATABASE_URL must look like postgresql/],
    [{ ...base, DATABASE_URL: undefined }, /DATABASE_URL/],
    [{ ...base, NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET must be at least 32/],
    [{ ...base, NEXTAUTH_SECRET: undefined }, /NEXTAUTH_SECRET/],
    [{ ...base, OIDC_ISSUER: "https://sso.example.org" }, /OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/],
    [{ ...base, OIDC_ISSUER: "not a url", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" }, /issuer URL/],
    [{ ...base, DATABASE_POOL_SIZE: "0" }, /DATABASE_POOL_SIZE/],
    [{ ...base, NOTIFY_CLOCK_DUE_DAYS: "0" }, /NOTIFY_CLOCK_DUE_DAYS must be a whole number of days/],
    [{ ...base, NOTIFY_CLOCK_DUE_DAYS: "a week" }, /NOTIFY_CLOCK_DUE_DAYS must be a whole number of days/],
    [{ ...base, NOTIFY_CLOCK_DUE_DAYS: "2.5" }, /NOTIFY_CLOCK_DUE_DAYS must be a whole number of days/],
  ])("refuses %j with a readable line", (env, message) => {
    expect(() => parseServerEnv(env)).toThrow(message);
  });

  it("treats empty OIDC variables as unset", () => {
    expect(parseServerEnv({ ...base, OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" }).OIDC_ISSUER).toBeUndefined();
  });
});

describe("evidence storage settings", () => {
  const s3 = { EVIDENCE_S3_BUCKET: "casefile-evidence", EVIDENCE_S3_ENDPOINT: "http://minio:9000", EVIDENCE_S3_ACCESS_KEY_ID: "id", EVIDENCE_S3_SECRET_ACCESS_KEY: "secret", EVIDENCE_S3_FORCE_PATH_STYLE: "true" };

  it("keeps evidence on local disk with a 200 MiB limit by default", () => {
    const settings = parseEvidenceEnv({});
    expect(settings).toMatchObject({ EVIDENCE_MAX_FILE_MB: 200, EVIDENCE_S3_FORCE_PATH_STYLE: false });
    expect(settings.EVIDENCE_S3_BUCKET).toBeUndefined();
    expect(parseServerEnv(base).EVIDENCE_MAX_FILE_MB).toBe(200);
  });

  it("accepts a complete S3 configuration, and AWS with a region and the default credentials", () => {
    expect(parseEvidenceEnv(s3)).toMatchObject({ EVIDENCE_S3_BUCKET: "casefile-evidence", EVIDENCE_S3_FORCE_PATH_STYLE: true });
    expect(parseEvidenceEnv({ EVIDENCE_S3_BUCKET: "b", EVIDENCE_S3_REGION: "ap-northeast-2" }).EVIDENCE_S3_ENDPOINT).toBeUndefined();
  });

  it.each([
    [{ EVIDENCE_S3_ENDPOINT: "http://minio:9000" }, /EVIDENCE_S3_BUCKET is not/],
    [{ ...s3, EVIDENCE_S3_SECRET_ACCESS_KEY: "" }, /go together/],
    [{ EVIDENCE_S3_BUCKET: "b" }, /EVIDENCE_S3_REGION \(AWS\) or EVIDENCE_S3_ENDPOINT/],
    [{ ...s3, EVIDENCE_S3_ENDPOINT: "minio:9000" }, /EVIDENCE_S3_ENDPOINT must be the store's http\(s\) URL/],
    [{ ...s3, EVIDENCE_S3_FORCE_PATH_STYLE: "yes" }, /EVIDENCE_S3_FORCE_PATH_STYLE must be true or false/],
    [{ EVIDENCE_MAX_FILE_MB: "0" }, /EVIDENCE_MAX_FILE_MB/],
    [{ EVIDENCE_MAX_FILE_MB: "6000" }, /EVIDENCE_MAX_FILE_MB/],
  ])("refuses %j with a readable line", (env, message) => {
    expect(() => parseEvidenceEnv(env)).toThrow(message);
    expect(() => parseServerEnv({ ...base, ...env })).toThrow(message);
  });
});

describe("parseMailEnv", () => {
  it("sends nothing without SMTP_URL and has a From by default", () => {
    expect(parseMailEnv({ SMTP_URL: "" })).toEqual({ SMTP_URL: undefined, MAIL_FROM: "Casefile <casefile@localhost>", SMTP_MAX_CONNECTIONS: 5 });
  });

  it("accepts smtp and smtps URLs", () => {
    expect(parseMailEnv({ SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: "FSC <casefile@fsc.example>" })).toMatchObject({ SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: "FSC <casefile@fsc.example>" });
  });

  it.each(["mail.example.org:587", "http://mail.example.org"])("refuses SMTP_URL=%s with a readable line", (url) => {
    expect(() => parseMailEnv({ SMTP_URL: url })).toThrow(/SMTP_URL must look like smtp:\/\//);
  });
});

describe("read replica settings", () => {
  it("has no replica by default, a 1 s lag bound and ten connections", () => {
    const env = parseServerEnv(base);
    expect(env.DATABASE_REPLICA_URL).toBeUndefined();
    expect(env).toMatchObject({ DATABASE_REPLICA_MAX_LAG_MS: 1_000, DATABASE_REPLICA_POOL_SIZE: 10 });
    expect(parseServerEnv({ ...base, DATABASE_REPLICA_URL: "" }).DATABASE_REPLICA_URL).toBeUndefined();
  });

  it("reads the replica's URL and bound", () => {
    const env = parseServerEnv({ ...base, DATABASE_REPLICA_URL: " postgresql://u:p@replica:5432/casefile ", DATABASE_REPLICA_MAX_LAG_MS: "250" });
    expect(env).toMatchObject({ DATABASE_REPLICA_URL: "postgresql://u:p@replica:5432/casefile", DATABASE_REPLICA_MAX_LAG_MS: 250 });
  });

  it.each([
    [{ ...base, DATABASE_REPLICA_URL: "replica:5432" }, /DATABASE_REPLICA_URL must look like postgresql/],
    [{ ...base, DATABASE_REPLICA_MAX_LAG_MS: "-1" }, /DATABASE_REPLICA_MAX_LAG_MS/],
    [{ ...base, DATABASE_REPLICA_POOL_SIZE: "0" }, /DATABASE_REPLICA_POOL_SIZE/],
  ])("refuses %j with a readable line", (env, message) => {
    expect(() => parseServerEnv(env)).toThrow(message);
  });
});
