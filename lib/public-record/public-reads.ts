// The server reads behind the tracker and the company pages: every published case's latest
// released version (listPublishedCases, through the public read cache), handed to the pure
// functions beside this file. Nothing here reads the live tables.
import "server-only";
import { listPublishedCases } from "@/lib/publishing/get-published-case";
import { organisationPageOf } from "./organisation-page";
import { publicSanctionRows } from "./sanction-rows";

// A published case is a PublishedCaseRef as it is (raw, version, publishedAt): no copy needed.
export const listPublicSanctions = async () => publicSanctionRows(await listPublishedCases());

export const getOrganisationPage = async (slug: string) => organisationPageOf(await listPublishedCases(), slug);
