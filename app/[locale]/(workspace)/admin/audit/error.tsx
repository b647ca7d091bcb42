"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

// A failure inside this page keeps the navigation (and a case's tabs) around the message and its retry.
export default function SectionError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} />;
}
