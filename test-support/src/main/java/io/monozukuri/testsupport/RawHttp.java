package io.monozukuri.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what ordinary clients will not send: a request line or headers past the limits,
 * a chunked body that never ends, a body that stalls. Reads one answer (status, headers, body by
 * {@code Content-Length}), or what arrived before the server closed the connection.
 */
public final class RawHttp {

    /** One answer. {@code status} is 0 when the connection closed before any answer. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Writes part of a request; may sleep, write more, or stop. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    private RawHttp() {}

    /** Sends {@code head} (request line and headers, without the blank line), then lets {@code body} write. */
    public static Answer exchange(URI base, String head, Writer body, Duration timeout) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (body != null) {
                try {
                    body.write(out);
                    out.flush();
                } catch (SocketException closed) {
                    // the server answered and closed while we were still writing: read its answer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return read(socket.getInputStream());
        }
    }

    /** A chunk of a chunked body. */
    public static byte[] chunk(byte[] data) {
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(data, 0, all, head.length, data.length);
        all[all.length - 2] = '\r';
        all[all.length - 1] = '\n';
        return all;
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        try {
            while (matched < 4 && (b = in.read()) != -1) {
                headBytes.write(b);
                matched = (b == '\r' || b == '\n') && (matched % 2 == 0 ? b == '\r' : b == '\n') ? matched + 1 : 0;
            }
        } catch (SocketException reset) {
            // closed
        }
        String head = headBytes.toString(StandardCharsets.ISO_8859_1);
        if (!head.startsWith("HTTP/")) {
            return new Answer(0, Map.of(), "");
        }
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        int length = headers.containsKey("content-length") ? Integer.parseInt(headers.get("content-length")) : 0;
        byte[] body = new byte[length];
        int read = 0;
        try {
            while (read < length) {
                int n = in.read(body, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (SocketException reset) {
            // closed
        }
        return new Answer(status, headers, new String(body, 0, read, StandardCharsets.UTF_8));
    }
}
