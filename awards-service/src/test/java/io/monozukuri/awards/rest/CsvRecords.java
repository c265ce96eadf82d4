package io.monozukuri.awards.rest;

import java.util.ArrayList;
import java.util.List;

/** CSV records of an export (CRLF-separated, quoted fields may hold line breaks). */
final class CsvRecords {

    private CsvRecords() {}

    /** Splits CSV into records, honouring quoted fields. */
    static List<String> of(String csv) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                records.add(current.toString());
                current.setLength(0);
                i++;
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            records.add(current.toString());
        }
        return records;
    }
}
