package io.monozukuri.commons.requestid;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The request id of the current request, kept in the logging context so that every log line shows it. */
public final class RequestIds {

    /** The header that carries the id between clients, the gateway and the services. */
    public static final String HEADER = "X-Request-ID";

    /** The MDC key; log formats print it with {@code %X{requestId}}. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? null : value.toString();
    }

    /** Keeps an id sent by the caller when it is sane, otherwise makes a new one. */
    public static String acceptOrCreate(String sent) {
        if (sent != null && ACCEPTABLE.matcher(sent).matches()) {
            return sent;
        }
        return UUID.randomUUID().toString();
    }

    public static void set(String id) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
    }
}
