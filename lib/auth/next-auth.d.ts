import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** The server-side session row this cookie stands for. */
    sid?: string;
  }
  interface User {
    ip?: string | null;
    userAgent?: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
