package io.monozukuri.commons.requestid;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;

/** The request id of the current request, kept in the logging context so that every log line shows it. */
public final class RequestIds {

    /** The header that carries the id between clients, the gateway and the services. */
    public static final String HEADER = "X-Request-ID";

    /** The MDC key; log formats print it with {@code %X{requestId}}. */
    public static final String MDC_KEY = "requestId";

    private static final int MAX_LENGTH = 128;

    private RequestIds() {}

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? null : value.toString();
    }

    /**
     * Keeps an id sent by the caller when it is sane (1 to 128 of {@code A-Z a-z 0-9 . _ : -}), otherwise makes a new
     * one: a random (version 4) UUID. Request ids correlate log lines, they are not secrets, so they come from
     * {@link ThreadLocalRandom} (no lock, no entropy source) and not from {@link UUID#randomUUID()}'s SecureRandom.
     */
    public static String acceptOrCreate(String sent) {
        if (acceptable(sent)) {
            return sent;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(high, low).toString();
    }

    static boolean acceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static void set(String id) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
    }
}
