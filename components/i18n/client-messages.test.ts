import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientReach, describeModule } from "@/tests/support/client-reach";

// Each page receives only the messages its client components read (<ClientMessages>). A list
// that lacks one shows its key instead of the words; a list with one too many sends it for
// nothing. Both are worked out here from the code: the imports from each route file down to
// its client modules, and the namespaces their useTranslations calls name.

const root = path.resolve(import.meta.dirname, "../..");

/** The TypeScript files under the given folders, as repository paths, without tests. */
const sourceFiles = (...dirs: string[]) =>
  dirs.flatMap((dir) => (readdirSync(path.join(root, dir), { recursive: true }) as string[]).map((f) => `${dir}/${f.split(path.sep).join("/")}`).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)));

const ROUTE_FILE = /(^|\/)(page|layout|error|loading|not-found|template|default|global-error)\.tsx$/;
const routeFiles = sourceFiles("app")
  .filter((f) => ROUTE_FILE.test(f))
  .sort();

const isLayout = (file: string) => file.endsWith("/layout.tsx");

/** The nearest layout around a route file that hands on messages: a layout wraps its own folder's page and error boundary, and is wrapped by its parent folder's. */
function providingLayout(file: string): string | null {
  let dir = isLayout(file) ? path.posix.dirname(path.posix.dirname(file)) : path.posix.dirname(file);
  for (;;) {
    const layout = `${dir}/layout.tsx`;
    if (routeFiles.includes(layout) && describeModule(layout).clientMessages) return layout;
    if (dir === "app") return null;
    dir = path.posix.dirname(dir);
  }
}

// Every site that hands on messages: route files that render <ClientMessages>, and the modules
// below them that do (a case section's views). What each must hand on: its own client code's
// namespaces, and for a layout also those of the route files it wraps that hand on none.
const required = new Map<string, Set<string>>();
const unprovided: string[] = [];
const unscoped = new Set<string>();
const reached = new Set<string>();
const pending = [...routeFiles];
const add = (site: string, namespaces: Iterable<string>) => {
  const set = required.get(site) ?? new Set<string>();
  for (const n of namespaces) set.add(n);
  required.set(site, set);
};
while (pending.length > 0) {
  const file = pending.pop()!;
  const reach = clientReach(file);
  for (const m of reach.clientModules) reached.add(m);
  for (const u of reach.unscoped) unscoped.add(u);
  for (const provider of reach.providers) if (!required.has(provider) && describeModule(provider).clientMessages) pending.push(provider);
  if (describeModule(file).clientMessages) add(file, reach.namespaces);
  else if (reach.namespaces.size > 0) {
    const owner = routeFiles.includes(file) ? providingLayout(file) : null;
    if (owner) add(owner, reach.namespaces);
    else unprovided.push(`${file}: ${[...reach.namespaces].join(", ")}`);
  }
}

describe("the messages each page hands to its client components", () => {
  it("finds the route files and the sites that hand on messages", () => {
    // The walk must see the app: the workspace layout, the case sections and the public layout at least.
    expect(routeFiles).toContain("app/[locale]/(workspace)/workspace/cases/[slug]/[section]/page.tsx");
    expect([...required.keys()]).toEqual(expect.arrayContaining(["app/[locale]/layout.tsx", "app/[locale]/(workspace)/layout.tsx", "components/findings/findings-section.tsx"]));
  });

  it("every client module that reads messages names its namespace", () => {
    // useTranslations() without one reads from every namespace, and no list could cover it.
    expect([...unscoped].sort()).toEqual([]);
  });

  it("no client code reads messages that nothing above it provides", () => {
    expect(unprovided).toEqual([]);
  });

  it.each([...required.keys()].sort())("%s hands on exactly the namespaces its client code reads", (site) => {
    const declared = describeModule(site).clientMessages!;
    const needed = required.get(site)!;
    expect({ missing: [...needed].filter((n) => !declared.has(n)).sort(), unused: [...declared].filter((n) => !needed.has(n)).sort() }).toEqual({ missing: [], unused: [] });
  });

  it("sites are server components (ClientMessages reads the messages on the server)", () => {
    expect([...required.keys()].filter((site) => describeModule(site).directive === "use client")).toEqual([]);
  });

  it("every client module that reads messages is reached from a route file, or sits under a provider of its own", () => {
    // A client module the walk never reaches would read messages nobody checked.
    const files = sourceFiles("app", "components", "lib");
    const readers = files.filter((f) => describeModule(f).directive === "use client" && describeModule(f).readsMessages);
    const selfProvided = new Set(files.filter((f) => describeModule(f).ownProvider).flatMap((f) => [f, ...clientReach(f).clientModules]));
    expect(readers.filter((f) => !reached.has(f) && !selfProvided.has(f))).toEqual([]);
  });

  it("the modules with a provider of their own are the known ones (their callers pick the messages)", () => {
    // The public charts (also drawn by the embed pages) and the publication preview (in the preview's language).
    const own = sourceFiles("app", "components").filter((f) => describeModule(f).ownProvider);
    expect(own.sort()).toEqual(["components/cases/public-case/public-charts-body.tsx", "components/i18n/client-messages.tsx", "components/publishing/public-case-preview.tsx"]);
  });
});
