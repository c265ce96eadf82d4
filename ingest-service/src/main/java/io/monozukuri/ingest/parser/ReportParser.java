package io.monozukuri.ingest.parser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * Parser of the white-paper report text (plain Java, no framework). {@link #parse(String)} never throws: what it
 * cannot read with certainty becomes a {@link ParseWarning}. See ingest-service/PARSER.md for the rules.
 *
 * <p>An internal error (a bug of the parser, never a property of the input) is turned into a
 * {@code PARSER_FAILURE} warning and logged by the default parser, so that an upload never fails with a stack
 * trace; a parser made by {@link #failFast()} lets it propagate instead, so that tests cannot miss it.
 */
public final class ReportParser {

    private static final System.Logger LOG = System.getLogger(ReportParser.class.getName());

    private final MinistryRegistry registry;
    private final boolean failFast;

    public ReportParser() {
        this(MinistryRegistry.standard());
    }

    public ReportParser(MinistryRegistry registry) {
        this(registry, false);
    }

    private ReportParser(MinistryRegistry registry, boolean failFast) {
        this.registry = registry;
        this.failFast = failFast;
    }

    /** A parser that propagates internal errors (as {@link IllegalStateException}) instead of a warning. */
    public static ReportParser failFast() {
        return new ReportParser(MinistryRegistry.standard(), true);
    }

    /** Parses the report; never throws on any input (null is read as the empty text), unless fail-fast. */
    public ParseResult parse(String text) {
        String norm = normalize(text == null ? "" : text);
        String hash = sha256(norm);
        try {
            return new ParseRun(norm, hash, registry).run();
        } catch (RuntimeException | StackOverflowError e) {
            if (failFast) {
                throw new IllegalStateException("internal parser error", e);
            }
            LOG.log(System.Logger.Level.ERROR, "internal parser error, reported as PARSER_FAILURE", e);
            int lines = norm.isEmpty() ? 0 : norm.split("\n", -1).length;
            ParsedReport r = new ParsedReport(hash, null, null, lines, 1, List.of(), Map.of());
            return new ParseResult(
                    r, List.of(), List.of(), List.of(new ParseWarning(0, "PARSER_FAILURE", String.valueOf(e))));
        }
    }

    /**
     * The report structure a text holds (chapter, section and numbered headings), found without a full parse;
     * null is read as the empty text.
     */
    public static ReportStructure structureOf(String text) {
        return ReportStructure.of(normalize(text == null ? "" : text));
    }

    /** The text holds a report's structure: a chapter or section heading and a numbered heading (see above). */
    public static boolean looksLikeReport(String text) {
        return structureOf(text).looksLikeReport();
    }

    /** BOM removed, CRLF and CR turned into LF. */
    public static String normalize(String text) {
        String t = text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return t;
    }

    /** Lowercase hex SHA-256 of the normalised text (UTF-8). */
    public static String sourceHash(String text) {
        return sha256(normalize(text == null ? "" : text));
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder(64);
            for (byte x : d) {
                b.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
