package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The warnings of one parse, collected by every stage (1-based source line, code, message). */
public final class Warnings {

    private final List<ParseWarning> list = new ArrayList<>();

    /** A warning on a 1-based source line (0: the whole text). */
    public void add(int line, String code, String message) {
        list.add(new ParseWarning(Math.max(0, line), code, message));
    }

    public int size() {
        return list.size();
    }

    /** The warnings in source-line order (stable for warnings of one line). */
    public List<ParseWarning> sorted() {
        List<ParseWarning> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(ParseWarning::line));
        return List.copyOf(out);
    }
}
