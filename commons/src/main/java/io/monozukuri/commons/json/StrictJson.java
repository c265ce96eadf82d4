package io.monozukuri.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The one JSON configuration of every service: request bodies are read strictly. An unknown field, a duplicate key,
 * a string or a fraction where an integer belongs, a number or boolean where a string belongs,
 * or a string holding NUL or a lone surrogate is refused, which the problem mapper answers with a 400 naming the field.
 * REST clients that read other services' answers use {@link #lenient(ObjectMapper)}, so that a service adding a field
 * breaks nobody.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Makes a mapper strict; also for mappers made outside CDI (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType integral : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(integral)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(
                new SimpleModule("monozukuri-strict-text").addDeserializer(String.class, new SafeStrings()));
        return mapper;
    }

    /** A copy of a strict mapper that ignores unknown fields: for reading the answers of other services. */
    public static ObjectMapper lenient(ObjectMapper strict) {
        return strict.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Null when the text is safe to store, else why not: NUL characters and lone surrogates are refused. */
    public static String unsafe(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain lone surrogates";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain lone surrogates";
            }
        }
        return null;
    }

    /** Strings as Jackson reads them, with NUL characters and lone surrogates refused. */
    static final class SafeStrings extends StdScalarDeserializer<String> {

        SafeStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = unsafe(value);
            if (problem != null) {
                throw new UnsafeText(p, problem);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    /** A body string that holds NUL or a lone surrogate. */
    public static final class UnsafeText extends MismatchedInputException {

        private final String reason;

        UnsafeText(JsonParser p, String reason) {
            super(p, reason, String.class);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
