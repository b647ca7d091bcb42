// The 10,000-case benchmark data set (500 companies, 10,000 cases across every workflow state),
// shared by the benches that build on it (bench:workspace, bench:my-work). Plain SQL, one
// statement per line-ending ";\n", for a bench's GENERATE script to start with.
export const BENCH_CASES_SQL = `
INSERT INTO organizations (id, slug, name, kind, "updatedAt")
  SELECT 'bench-org-' || g, 'bench-org-' || g, 'Bench Company ' || g, 'company', now() FROM generate_series(1, 500) g;
INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "workflowState", "openedAt", "updatedAt", "conductStart", visibility)
  SELECT 'bench-inc-' || g, 'bench-case-' || g,
         'Bench case ' || g || ': ' || (ARRAY['location','payment','health','telecom','email'])[1 + g % 5] || ' data shared with a partner',
         'Synthetic case for benchmarks. ' || md5(g::text),
         'bench-org-' || (1 + g % 500), (enum_range(NULL::"WorkflowState"))[1 + g % 10],
         now() - (g || ' hours')::interval, now(), date '2020-01-01' + (g % 1000), 'internal'
  FROM generate_series(1, 10000) g;
`;
