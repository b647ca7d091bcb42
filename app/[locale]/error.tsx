"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

// Shown when a page fails on the server.
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} as="h1" />;
}
