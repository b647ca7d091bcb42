// The server reads behind the tracker and the company pages: every published case's latest
// released version (listPublishedCases, through the public read cache), handed to the pure
// functions beside this file. Nothing here reads the live tables.
import "server-only";
import { listPublishedCases } from "@/lib/publishing/get-published-case";
import { organisationPageOf } from "./organisation-page";
import type { PublishedCaseRef } from "./published-case-ref";
import { publicSanctionRows } from "./sanction-rows";

async function publishedCaseRefs(): Promise<PublishedCaseRef[]> {
  return (await listPublishedCases()).map(({ raw, version, publishedAt }) => ({ raw, version, publishedAt }));
}

export const listPublicSanctions = async () => publicSanctionRows(await publishedCaseRefs());

export const getOrganisationPage = async (slug: string) => organisationPageOf(await publishedCaseRefs(), slug);
