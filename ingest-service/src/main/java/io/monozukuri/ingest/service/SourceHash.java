package io.monozukuri.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a report text: SHA-256 of the text without a byte order mark and with CRLF or CR line ends turned
 * into LF, so that the same report saved on another system is the same report.
 */
public final class SourceHash {

    private SourceHash() {}

    public static String of(String text) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalised = normalised.replace("\r\n", "\n").replace('\r', '\n');
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
