"use client";

import { Toaster as Sonner } from "sonner";

// At the bottom: at the top a message covered the case tabs and the page's header, which is
// where the eye goes next. On a phone sonner stretches it across the bottom of the screen.
export function Toaster() {
  return <Sonner position="bottom-right" richColors closeButton toastOptions={{ duration: 5000 }} />;
}
