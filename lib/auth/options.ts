import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record-audit";
import { requestClientIp } from "./client-ip";
import { revokeSession } from "./sessions";
import { matchSsoUser, signInWithPassword } from "./sign-in";

const OIDC_PROVIDER_ID = "oidc";

function header(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === "string" ? value : null;
}

let cached: NextAuthOptions | undefined;

/** next-auth configuration, built from the validated environment on first use. */
export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const config = env();
  const maxAge = Math.round(config.SESSION_MAX_AGE_HOURS * 3600);
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const ip = requestClientIp({ get: (name) => header(req.headers, name) }, config.TRUST_PROXY_HOPS);
        const result = await signInWithPassword(credentials, { ip });
        if (result.ok) return { ...result.user, ip, userAgent: header(req.headers, "user-agent") };
        // next-auth hands this message to the sign-in form, which words it for the reader.
        throw new Error(result.reason === "throttled" ? `throttled:${Math.ceil(result.retryAfterSeconds / 60)}` : "invalid");
      },
    }),
  ];
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) {
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: config.OIDC_DISPLAY_NAME,
      type: "oauth",
      wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.email ?? profile.sub };
      },
    });
  }

  cached = {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        return Boolean(await matchSsoUser(user.email));
      },
      async jwt({ token, user, account }) {
        if (!user || !account) return token;
        // A fresh sign-in: open a server-side session and record it, together.
        const found = await prisma.user.findUnique({ where: { email: (user.email ?? "").toLowerCase() }, select: { id: true, email: true } });
        if (!found) throw new Error("invalid");
        const session = await prisma.$transaction(async (tx) => {
          const created = await tx.userSession.create({
            data: {
              userId: found.id,
              provider: account.provider,
              expiresAt: new Date(Date.now() + maxAge * 1000),
              ip: user.ip ?? null,
              userAgent: user.userAgent?.slice(0, 500) ?? null,
            },
          });
          await tx.user.update({ where: { id: found.id }, data: { lastSignInAt: new Date() } });
          await recordAudit(tx, {
            actor: { id: found.id, label: found.email },
            action: "auth.sign_in",
            entityType: "user",
            entityId: found.id,
            after: { provider: account.provider, sessionId: created.id },
            ip: user.ip ?? null,
          });
          return created;
        });
        return { sub: found.id, sid: session.id, email: found.email };
      },
      async session({ session, token }) {
        return { expires: session.expires, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (!token?.sid) return;
        const session = await prisma.userSession.findUnique({ where: { id: token.sid }, include: { user: { select: { id: true, email: true } } } });
        await revokeSession(token.sid);
        if (session) {
          await prisma.$transaction((tx) =>
            recordAudit(tx, { actor: { id: session.user.id, label: session.user.email }, action: "auth.sign_out", entityType: "user", entityId: session.user.id, after: { sessionId: session.id } }),
          );
        }
      },
    },
  };
  return cached;
}

/** Whether single sign-on is configured, for the sign-in page. */
export function ssoProvider(): { id: string; name: string } | null {
  const config = env();
  return config.OIDC_ISSUER ? { id: OIDC_PROVIDER_ID, name: config.OIDC_DISPLAY_NAME } : null;
}
