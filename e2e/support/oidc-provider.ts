// A real OpenID Connect provider (the `oidc-provider` package) run in-process on 127.0.0.1 for
// the single sign-on test. Its development login form accepts any login; the login typed in
// becomes the account's email.
import type { Server } from "node:http";
import Provider from "oidc-provider";

export const OIDC_TEST = {
  port: 3199,
  issuer: "http://127.0.0.1:3199",
  clientId: "casefile-e2e",
  clientSecret: "casefile-e2e-client-secret-not-for-production",
  displayName: "Agency SSO (test)",
} as const;

export async function startTestOidcProvider(appBaseUrl: string): Promise<{ stop(): Promise<void> }> {
  const provider = new Provider(OIDC_TEST.issuer, {
    clients: [
      {
        client_id: OIDC_TEST.clientId,
        client_secret: OIDC_TEST.clientSecret,
        redirect_uris: [`${appBaseUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: id }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    // Put the requested claims (email) in the ID token, as Keycloak and Entra ID do; Casefile
    // reads the profile from the verified ID token.
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e-only-cookie-signing-key"] },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(OIDC_TEST.port, "127.0.0.1", () => resolve(s));
  });
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
