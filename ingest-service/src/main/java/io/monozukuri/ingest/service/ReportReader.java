package io.monozukuri.ingest.service;

import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.ingest.parser.ReportParser;
import io.monozukuri.ingest.parser.ReportStructure;
import io.monozukuri.ingest.parser.pdf.PdfTextExtractor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns an uploaded body (UTF-8 text or a PDF) into the report text, refusing what it cannot read and a text in
 * which no report structure is found (before any job is created).
 */
public final class ReportReader {

    private ReportReader() {}

    public static String read(byte[] body, String mediaType, long maxBytes) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("body", "the report is empty");
        }
        if (body.length > maxBytes) {
            throw new ProblemException(
                    413, "too-large", "Payload Too Large", "The report is larger than " + maxBytes + " bytes");
        }
        String text = isPdf(mediaType) ? pdfText(body) : utf8(body);
        if (text.isBlank()) {
            throw ProblemException.badRequest("body", "the report has no text");
        }
        ReportStructure structure = ReportParser.structureOf(text);
        if (!structure.looksLikeReport()) {
            throw ProblemException.badRequest(
                    "body",
                    "no report structure found: a report has chapter (第N章) or section (第N節) headings and "
                            + "numbered headings ((1), ①); this text has " + structure.describe());
        }
        return text;
    }

    private static boolean isPdf(String mediaType) {
        return mediaType != null && mediaType.toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf");
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("body", "the report is not valid UTF-8 text");
        }
    }

    private static String pdfText(byte[] body) {
        try (PDDocument document = Loader.loadPDF(body)) {
            // reading order over columns, page marks and empty line slots: see the parser's PDF stage
            return PdfTextExtractor.extract(document);
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "the PDF could not be read");
        }
    }
}
