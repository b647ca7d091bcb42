import Link from "next/link";
import "./globals.css";

// Requests that never reached a locale (rare: the proxy adds one to almost every path).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <h1 className="text-2xl font-semibold">Page not found · 페이지를 찾을 수 없습니다</h1>
        <p className="mt-2">
          <Link className="text-blue-700 underline" href="/">
            Casefile
          </Link>
        </p>
      </body>
    </html>
  );
}
