package io.monozukuri.awards.service;

/** How editors' and ingested texts are stored: trimmed, blank as null. */
final class Inputs {

    private Inputs() {}

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }
}
