import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Works out, from the source, which message namespaces a page's client components read, so a
// test can hold each page's <ClientMessages namespaces={…}> to exactly that. A module is client
// code when it says "use client" or is imported, directly or not, by one that does; only client
// code reads messages in the browser. Server components translate on the server and need none.

const root = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

type Module = {
  imports: string[];
  directive: "use client" | "use server" | null;
  namespaces: string[];
  unscoped: number[];
  /** The namespaces it hands on through <ClientMessages namespaces={…}>; null when it renders none. */
  clientMessages: string[] | null;
  /** Renders a NextIntlClientProvider of its own, whose messages its caller passes in. */
  ownProvider: boolean;
};

const cache = new Map<string, Module>();

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: its messages are not ours
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null; // a JSON file, a stylesheet
}

function stringsOf(node: ts.Expression | undefined): string[] | null {
  if (!node) return null;
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return stringsOf(node.expression);
  if (!ts.isArrayLiteralExpression(node)) return null;
  const out: string[] = [];
  for (const element of node.elements) {
    if (!ts.isStringLiteralLike(element)) return null;
    out.push(element.text);
  }
  return out;
}

function parse(file: string): Module {
  const cached = cache.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const first = source.statements[0];
  const directive = first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && (first.expression.text === "use client" || first.expression.text === "use server") ? first.expression.text : null;
  const mod: Module = { imports: [], directive, namespaces: [], unscoped: [], clientMessages: null, ownProvider: false };
  // namespaces={LIST} may name a constant of the module: const LIST = ["a", "b"] as const.
  const constants = new Map<string, ts.Expression>();
  for (const statement of source.statements)
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        constants.set(d.name.text, d.initializer);
        // A case section's views module declares what its views' client code reads: export const clientMessages = […].
        if (d.name.text === "clientMessages" && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
          const value = stringsOf(d.initializer);
          if (!value) throw new Error(`${path.relative(root, file)}: export const clientMessages must be an array of string literals`);
          mod.clientMessages = value;
        }
      }
  const addImport = (specifier: string) => {
    const resolved = resolveImport(file, specifier);
    if (resolved) mod.imports.push(resolved);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) addImport(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) addImport(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && arg && ts.isStringLiteral(arg)) addImport(arg.text);
      if (ts.isIdentifier(node.expression) && node.expression.text === "useTranslations") {
        if (arg && ts.isStringLiteralLike(arg)) mod.namespaces.push(arg.text.split(".")[0]!);
        else mod.unscoped.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
      }
      if (ts.isIdentifier(node.expression) && node.expression.text === "useMessages") mod.unscoped.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    } else if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && ts.isIdentifier(node.tagName) && node.tagName.text === "NextIntlClientProvider") {
      mod.ownProvider = true;
    } else if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && ts.isIdentifier(node.tagName) && node.tagName.text === "ClientMessages") {
      const attribute = node.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && ts.isIdentifier(p.name) && p.name.text === "namespaces");
      const expression = attribute?.initializer && ts.isJsxExpression(attribute.initializer) ? attribute.initializer.expression : undefined;
      // namespaces={views.clientMessages}: the views module's own declaration, checked where it is made.
      if (expression && ts.isPropertyAccessExpression(expression) && expression.name.text === "clientMessages") return;
      const value = stringsOf(expression && ts.isIdentifier(expression) ? constants.get(expression.text) : expression);
      if (!value) throw new Error(`${path.relative(root, file)}: <ClientMessages namespaces={…}> must be an array of string literals, or a constant of the mod holding one`);
      mod.clientMessages = [...(mod.clientMessages ?? []), ...value];
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  cache.set(file, mod);
  return mod;
}

export type ClientReach = {
  /** Namespaces read by the client modules the file reaches. */
  namespaces: Set<string>;
  /** Client modules that read messages without naming a namespace (file:line), which no list can cover. */
  unscoped: string[];
  /** Modules below it that provide messages themselves (<ClientMessages> or their own provider): their part is theirs. */
  providers: string[];
  /** Every client module it reaches. */
  clientModules: string[];
};

/** Path relative to the repository, as the test reports it. */
const relative = (file: string) => path.relative(root, file);

/**
 * The namespaces read by the client code a file (a page, layout, error boundary or section view)
 * reaches. The walk stops at a module that provides messages itself: it renders <ClientMessages>
 * (which is checked on its own) or a NextIntlClientProvider of its own.
 */
export function clientReach(file: string): ClientReach {
  const start = path.resolve(root, file);
  const namespaces = new Set<string>();
  const unscoped = new Set<string>();
  const providers = new Set<string>();
  const clientModules = new Set<string>();
  const seen = new Set<string>();
  const walk = (current: string, client: boolean) => {
    const key = `${client ? "c" : "s"}:${current}`;
    if (seen.has(key)) return;
    seen.add(key);
    const mod = parse(current);
    if (current !== start && (mod.clientMessages || mod.ownProvider)) {
      providers.add(relative(current));
      return;
    }
    // A server action imported by client code stays on the server; only a reference is sent.
    if (mod.directive === "use server") return;
    const isClient = client || mod.directive === "use client";
    if (isClient) {
      clientModules.add(relative(current));
      for (const n of mod.namespaces) namespaces.add(n);
      for (const line of mod.unscoped) unscoped.add(`${relative(current)}:${line}`);
    }
    for (const next of mod.imports) walk(next, isClient);
  };
  walk(start, false);
  return { namespaces, unscoped: [...unscoped].sort(), providers: [...providers].sort(), clientModules: [...clientModules].sort() };
}

/** What a module says of itself: its directive, the namespaces it hands on through <ClientMessages> (null: none), whether it has its own provider, whether it reads messages. */
export function describeModule(file: string) {
  const mod = parse(path.resolve(root, file));
  return { directive: mod.directive, clientMessages: mod.clientMessages ? new Set(mod.clientMessages) : null, ownProvider: mod.ownProvider, readsMessages: mod.namespaces.length > 0 || mod.unscoped.length > 0 };
}
