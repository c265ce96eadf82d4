// A small client of the Monozukuri Policy API with the SDK that @hey-api/openapi-ts generates from openapi.json (into
// target/ts/hey-api by generate-ts.mjs). check-ts.sh compiles it with `tsc --strict`; with API_URL and API_TOKEN set
// it also runs it against that gateway (run-samples.mjs). It lists, filters and pages measures, exports them as CSV,
// corrects one with a typed MeasurePatch and previews a PDF.
import { client } from "../target/ts/hey-api/client.gen.js";
import { correctMeasure, listMeasures, previewReport } from "../target/ts/hey-api/sdk.gen.js";
import type { ListMeasuresData, Measure, MeasurePage, MeasurePatch } from "../target/ts/hey-api/types.gen.js";

export async function run(baseUrl: string, token: string, pdf: Blob): Promise<string[]> {
  client.setConfig({ baseUrl });
  const done: string[] = [];

  // list and filter
  const query: NonNullable<ListMeasuresData["query"]> = {
    fiscalYear: 2020,
    kind: "SUBSECTION",
    sort: "code",
  };
  const first = await listMeasures({ query: { ...query, size: 10 } });
  if (first.error) {
    throw new Error(`list: ${first.response.status} ${first.error.detail ?? ""}`);
  }
  const page: MeasurePage = first.data;
  done.push(`listed ${page.items.length} of ${page.totalItems} measures`);

  // page through all of them, the page number taken from the envelope
  const seen: Measure[] = [];
  for (let number = 0; number < page.totalPages; number++) {
    const next = await listMeasures({ query: { ...query, size: 10, page: number }, throwOnError: true });
    seen.push(...next.data.items);
  }
  if (seen.length !== page.totalItems) {
    throw new Error(`paged ${seen.length} measures of ${page.totalItems}`);
  }
  done.push(`paged through ${page.totalPages} pages`);

  // export as CSV: the raw response's text (parseAs "stream" leaves the body unread)
  const exported = await listMeasures({ query: { ...query, format: "csv" }, parseAs: "stream", throwOnError: true });
  const csv = await exported.response.text();
  const rows = csv.split("\r\n").filter((row) => row.length > 0);
  if (rows.length !== page.totalItems + 1) {
    throw new Error(`exported ${rows.length - 1} rows of ${page.totalItems}`);
  }
  done.push(`exported ${rows.length - 1} CSV rows`);

  // correct a measure with a typed merge patch (group editor)
  const target = seen[0];
  if (target === undefined) {
    throw new Error("no measure to correct");
  }
  const patch: MeasurePatch = { reposted: target.reposted, note: "checked by the hey-api sample" };
  const corrected = await correctMeasure({
    path: { id: target.id },
    body: patch,
    headers: { Authorization: `Bearer ${token}` },
  });
  if (corrected.error) {
    throw new Error(`correct: ${corrected.response.status} ${corrected.error.detail ?? ""}`);
  }
  done.push(`corrected ${corrected.data.code}`);

  // preview a PDF Blob (group ingest); its Content-Type replaces the text/plain default
  const preview = await previewReport({
    body: pdf,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/pdf" },
  });
  if (preview.data) {
    done.push(`previewed the PDF: ${preview.data.measures.length} measures`);
  } else if (preview.response.status === 400) {
    done.push(`the PDF was read and refused: ${preview.error.detail ?? ""}`);
  } else {
    throw new Error(`preview: ${preview.response.status}`);
  }
  return done;
}
