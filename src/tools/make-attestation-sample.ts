/**
 * `npm run sample:attestation [-- out.xlsx]`: writes the sample attestation list (default
 * assets/sample-attestation.xlsx, 50 officers). The same cell values every run.
 */
import { join } from "node:path";
import { ATTESTATION_SAMPLE_CASES, ATTESTATION_SAMPLE_OFFICERS, makeAttestationSample } from "./attestationSample";

async function run(): Promise<void> {
  const out = process.argv[2] ?? join(__dirname, "../../assets/sample-attestation.xlsx");
  await makeAttestationSample().xlsx.writeFile(out);
  console.log(
    `sample: ${ATTESTATION_SAMPLE_OFFICERS} officers (${ATTESTATION_SAMPLE_CASES.length} awkward cases) → ${out}`,
  );
}

void run();
