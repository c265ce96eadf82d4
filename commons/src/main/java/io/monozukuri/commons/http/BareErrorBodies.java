package io.monozukuri.commons.http;

import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.requestid.RequestIds;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AttributeKey;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Gives a problem+json body to the bare error answers that Vert.x and Quarkus write below the application: a body
 * over the size limit that arrives in chunks (413), a request line or header block past the HTTP codec's caps on a
 * connection already in use (414, 431), a malformed request (400). Installed on each HTTP/1.x connection at its
 * first routed request, just before Vert.x's own handler, it rewrites only answers without body and without
 * {@code Content-Type}; everything else passes untouched.
 */
final class BareErrorBodies extends ChannelDuplexHandler {

    static final String NAME = "monozukuri-problem-bodies";

    /** Path and request id of the request being answered on a connection, for the problem body. */
    static final AttributeKey<String[]> CURRENT = AttributeKey.valueOf("monozukuri.current-request");

    private static final Map<Integer, String[]> KNOWN = Map.of(
            400,
            new String[] {"bad-request", "Bad Request", "The request is not valid HTTP"},
            408,
            new String[] {"request-timeout", "Request Timeout", "The request body did not arrive in time"},
            413,
            new String[] {"payload-too-large", "Payload Too Large", "The request body is larger than allowed"},
            414,
            new String[] {"uri-too-long", "URI Too Long", "The request target is longer than allowed"},
            431,
            new String[] {
                "request-header-fields-too-large",
                "Request Header Fields Too Large",
                "The request headers are too large"
            });

    private final Supplier<Map<String, String>> securityHeaders;

    private BareErrorBodies(Supplier<Map<String, String>> securityHeaders) {
        this.securityHeaders = securityHeaders;
    }

    /** Installs the handler on the connection once; HTTP/2 and unknown connection types are left alone. */
    static void install(HttpConnection connection, Supplier<Map<String, String>> securityHeaders) {
        if (!(connection instanceof ConnectionBase base)) {
            return;
        }
        ChannelPipeline pipeline = base.channel().pipeline();
        if (pipeline.get(NAME) != null || pipeline.get("handler") == null || pipeline.get("httpEncoder") == null) {
            return;
        }
        try {
            pipeline.addBefore("handler", NAME, new BareErrorBodies(securityHeaders));
        } catch (IllegalArgumentException alreadyThere) {
            // installed meanwhile
        }
    }

    static void remember(HttpConnection connection, String path, String requestId) {
        if (connection instanceof ConnectionBase base) {
            base.channel().attr(CURRENT).set(new String[] {path, requestId});
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        // the answer of the request remembered last: forget it, so that a later bare answer is not taken for it
        String[] current =
                msg instanceof HttpResponse ? ctx.channel().attr(CURRENT).getAndSet(null) : null;
        if (msg instanceof FullHttpResponse response && isBare(response)) {
            String[] slug = KNOWN.get(response.status().code());
            String path = current == null ? null : current[0];
            String requestId =
                    current == null || current[1] == null ? UUID.randomUUID().toString() : current[1];
            byte[] body = HttpProblems.body(response.status().code(), slug[0], slug[1], slug[2], path, requestId);
            FullHttpResponse problem = new DefaultFullHttpResponse(
                    response.protocolVersion(),
                    HttpResponseStatus.valueOf(response.status().code()),
                    Unpooled.wrappedBuffer(body));
            problem.headers().set(response.headers());
            problem.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
            problem.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
            problem.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            if (!problem.headers().contains(RequestIds.HEADER)) {
                problem.headers().set(RequestIds.HEADER, requestId);
            }
            securityHeaders.get().forEach((name, value) -> {
                if (!problem.headers().contains(name)) {
                    problem.headers().set(name, value);
                }
            });
            problem.trailingHeaders().set(response.trailingHeaders());
            response.release();
            ctx.write(problem, promise);
            return;
        }
        ctx.write(msg, promise);
    }

    private static final Set<Integer> STATUSES = KNOWN.keySet();

    private static boolean isBare(FullHttpResponse response) {
        return STATUSES.contains(response.status().code())
                && !response.content().isReadable()
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
    }
}
