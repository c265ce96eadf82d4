package io.monozukuri.commons.concurrency;

import io.monozukuri.commons.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency of writes, the same in every service. Each resource an editor writes has a {@code version}:
 * the service's data version (see {@code commons/cache/DataVersion}) of the transaction that last changed it, so it
 * only grows, also across a re-ingest that deletes and re-inserts a row (no version is ever given twice to one
 * resource). Its strong entity tag is {@code "<version>"}: the {@code version} field of the resource's JSON, and the
 * {@code ETag} of a write's answer ({@link Versioned}).
 *
 * <p>A write checks {@code If-Match} after it has locked the row ({@code SELECT … FOR UPDATE}) and before it changes
 * anything, inside its transaction, so the check and the write are atomic: no If-Match, or {@code *}, proceeds (the
 * resource exists, or the answer is 404); a list of entity tags proceeds when one of them is the current version by
 * strong comparison (RFC 9110 13.1.1: a weak tag {@code W/"…"} never matches, so the weak ETags of cached reads cannot
 * be used); otherwise {@code 412} problem+json and nothing changes. A header that is not {@code *} or a list of entity
 * tags is a {@code 400}.
 */
public final class IfMatch {

    /** The request header. */
    public static final String HEADER = "If-Match";

    private IfMatch() {}

    /** The strong entity tag of a version, as sent in {@code ETag} and expected in {@code If-Match}: {@code "42"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Throws 412 unless {@code ifMatch} (the request's header, or null) allows a write of a resource whose current
     * version is {@code current}; throws 400 when the header is malformed.
     *
     * @param what names the resource in the problem's detail, e.g. {@code "measure 0b8e…"}
     */
    public static void check(String ifMatch, long current, String what) {
        if (!matches(ifMatch, current)) {
            throw ProblemException.preconditionFailed("If-Match names no current version of " + what + ": it is now "
                    + etag(current) + "; read it again and apply the change to what it is now");
        }
    }

    /**
     * Whether {@code ifMatch} allows the write: null, empty or {@code *}, or a list with the strong tag of
     * {@code current}.
     */
    public static boolean matches(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return true;
        }
        String wanted = etag(current);
        boolean found = false;
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == '\t' || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            boolean weak = value.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= n || value.charAt(open) != '"') {
                throw malformed();
            }
            int close = value.indexOf('"', open + 1);
            if (close < 0) {
                throw malformed();
            }
            String tag = value.substring(open, close + 1);
            for (int c = 1; c < tag.length() - 1; c++) {
                char ch = tag.charAt(c);
                // etagc = %x21 / %x23-7E / obs-text
                if (ch < 0x21 || ch == 0x7F) {
                    throw malformed();
                }
            }
            if (!weak && tag.equals(wanted)) {
                found = true;
            }
            i = close + 1;
            while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && value.charAt(i) != ',') {
                throw malformed();
            }
        }
        return found;
    }

    private static ProblemException malformed() {
        return ProblemException.badRequest(HEADER, "must be * or a list of entity tags such as \"42\"");
    }
}
