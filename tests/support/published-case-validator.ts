// A real Draft 2020-12 validator (ajv, with formats, strict about the schema itself) of the JSON
// Schema Casefile serves for its published documents.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { publishedCaseJsonSchema } from "@/lib/publishing/published-case-schema";

export function publishedCaseValidator(schema: object = publishedCaseJsonSchema("https://casefile.example")) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
