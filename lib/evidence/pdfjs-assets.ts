// Where the installed pdf.js keeps its character maps and standard fonts: read by the server's
// text extraction (as directories: in Node, pdf.js reads them with fs) and served to the browser's
// preview by app/api/pdfjs. From the app's directory, as `next start` runs it (a bundler rewrites
// require.resolve into a module id, so it cannot locate the package).
import path from "node:path";

export const pdfjsAssetsDir = (): string => path.join(process.cwd(), "node_modules/pdfjs-dist");
