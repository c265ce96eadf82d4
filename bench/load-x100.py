#!/usr/bin/env python3
"""Imports one parse of the sample report under N report ids (the "x100" data of the benchmarks).

    bench/load-x100.py <preview.json> <measures-url> <awards-url> <token> [n=100]

<preview.json> is the answer of ingest-service's POST /api/v1/ingest/preview for the sample text. For every copy
i = 0..n-1 it makes what an ingest of a distinct report would make (docs/internal-api.md): sourceHash = SHA-256 of
"bench-report-<i>", reportId = UUID.nameUUIDFromBytes("report:" + sourceHash), fiscal year 2020 - i; then
  1. PUT {awards}/internal/v1/reports/{reportId}/award-schemes with the parsed schemes (the answer gives their ids;
     awards-service recognises a scheme by its normalised name, so every copy links the same scheme ids),
  2. PUT {measures}/internal/v1/reports/{reportId} with the outline and the measures, each with its award links.
Both need a token with group "ingest". Prints one line per 10 copies; exits non-zero on the first failure.
"""
import hashlib
import json
import re
import sys
import time
import unicodedata
import urllib.error
import urllib.request
import uuid


def name_uuid(data: bytes) -> uuid.UUID:
    """java.util.UUID.nameUUIDFromBytes: MD5, version 3, IETF variant."""
    return uuid.UUID(bytes=hashlib.md5(data).digest(), version=3)


def name_key(name: str) -> str:
    """awards-service's scheme key: NFKC, no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def put(url: str, token: str, body: dict) -> dict:
    req = urllib.request.Request(url, data=json.dumps(body, ensure_ascii=False).encode("utf-8"), method="PUT")
    req.add_header("Content-Type", "application/json")
    req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=300) as res:
            return json.loads(res.read() or b"{}")
    except urllib.error.HTTPError as e:
        sys.exit(f"PUT {url}: {e.code} {e.read()[:500]!r}")


def main() -> None:
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    preview_file, measures_url, awards_url, token = sys.argv[1:5]
    n = int(sys.argv[5]) if len(sys.argv) > 5 else 100
    with open(preview_file, encoding="utf-8") as f:
        preview = json.load(f)
    report = preview["report"]
    t0 = time.time()
    for i in range(n):
        source_hash = hashlib.sha256(f"bench-report-{i}".encode()).hexdigest()
        report_id = name_uuid(("report:" + source_hash).encode("utf-8"))
        year = 2020 - i
        answer = put(f"{awards_url}/internal/v1/reports/{report_id}/award-schemes", token,
                     {"reportId": str(report_id), "fiscalYear": year, "sourceHash": source_hash,
                      "schemes": preview["awardSchemes"]})
        by_name = {name_key(s["name"]): s for s in answer.get("schemes", [])}
        measures = []
        for m in preview["measures"]:
            links, seen = [], set()
            for name in m.get("awardSchemeNames") or []:
                s = by_name.get(name_key(name))
                if s and s["id"] not in seen:
                    seen.add(s["id"])
                    links.append({"id": s["id"], "name": s["name"]})
            body = {k: v for k, v in m.items() if k != "awardSchemeNames"}
            body["awardSchemes"] = links
            measures.append(body)
        put(f"{measures_url}/internal/v1/reports/{report_id}", token,
            {"sourceHash": source_hash, "title": report["title"], "fiscalYear": year,
             "lineCount": report["lineCount"], "pageCount": report["pageCount"],
             "warningCount": len(preview.get("warnings") or []), "chapters": report["chapters"],
             "measures": measures})
        if (i + 1) % 10 == 0 or i + 1 == n:
            print(f"[load] {i + 1}/{n} reports imported ({time.time() - t0:.0f} s)", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
