// Runs the compiled TypeScript samples (target/ts/run, made by check-ts.sh) against a running gateway:
//   API_URL=http://localhost:8080 API_TOKEN=$(./run.sh token editor,ingest) node openapi/run-samples.mjs [report.pdf]
// Without a PDF argument a one-page PDF is made here (it holds no report, so the preview answers a 400 problem: the
// upload itself is what is shown).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const baseUrl = process.env.API_URL;
const token = process.env.API_TOKEN;
if (!baseUrl || !token) {
  console.error("set API_URL (the gateway) and API_TOKEN (groups editor and ingest: ./run.sh token editor,ingest)");
  process.exit(2);
}

/** A minimal valid PDF with one line of text, byte offsets computed. */
function onePagePdf(text) {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    null,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const stream = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let pdf = "%PDF-1.4\n";
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

const bytes = process.argv[2] ? readFileSync(process.argv[2]) : onePagePdf("Monozukuri sample client");
const pdf = new Blob([bytes], { type: "application/pdf" });
// the compiled samples are ES modules
writeFileSync(join(here, "target/ts/run/package.json"), '{"type": "module"}\n');
let failed = false;
for (const sample of ["openapi-fetch-sample", "hey-api-sample"]) {
  try {
    const { run } = await import(join(here, "target/ts/run/samples", `${sample}.js`));
    for (const line of await run(baseUrl, token, pdf)) {
      console.log(`[${sample}] ${line}`);
    }
  } catch (e) {
    failed = true;
    console.error(`[${sample}] FAILED: ${e instanceof Error ? e.message : e}`);
  }
}
process.exit(failed ? 1 : 0);
