import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { refuseMalformedAuthRequest } from "@/lib/auth/auth-request-guard";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context) {
  const checked = await refuseMalformedAuthRequest(request);
  if (checked instanceof NextResponse) return checked;
  const forwarded = checked.body === null ? request : new NextRequest(request.url, { method: request.method, headers: request.headers, body: checked.body });
  return NextAuth(forwarded as never, { params: await context.params } as never, authOptions());
}

export { handler as GET, handler as POST };
