package io.monozukuri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.testsupport.TestDatabases;
import io.monozukuri.testsupport.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue of issue 12: every kind of bad input a client can send, to every public operation, once
 * directly to the service that owns it and once through the gateway. Each must answer its 4xx as a problem+json whose
 * {@code status} is the HTTP status and whose {@code detail} names what was wrong; that status must be one the
 * committed {@code openapi/openapi.json} lists for the operation; and no row of any table of the three databases may
 * change (counts for every request, and a fingerprint of every table's content for every write).
 *
 * <p>The table is {@link #catalogue()}; docs/api.md ("Errors") lists its kinds by status.
 */
@ExtendWith(StackExtension.class)
class BadInputCatalogueIT {

    static Stack stack;

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ZERO = "00000000-0000-0000-0000-000000000000";
    static final List<String> SERVICES = List.of("measures-service", "awards-service", "ingest-service");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static JsonNode document;
    static final Map<String, String> ids = new LinkedHashMap<>();
    static final Map<String, Connection> databases = new LinkedHashMap<>();

    enum Via {
        DIRECT,
        GATEWAY
    }

    enum Auth {
        NONE(null),
        EDITOR(Tokens.editor()),
        INGEST(Tokens.ingest()),
        READER(Tokens.reader()),
        EXPIRED(Tokens.expiredEditor()),
        FORGED(Tokens.forgedEditor()),
        GARBAGE("abc.def.ghi");

        final String token;

        Auth(String token) {
            this.token = token;
        }
    }

    /**
     * One row: a kind of bad input sent to one operation. {@code path} may hold {@code {measure}}, {@code {report}},
     * {@code {scheme}}, {@code {edition}}, {@code {recipient}}, {@code {job}} and {@code {zero}} (a UUID nothing has);
     * {@code mentions} are what the problem's detail must name.
     */
    record Case(
            String kind,
            String owner,
            String method,
            String path,
            Map<String, String> headers,
            byte[] body,
            Auth auth,
            int status,
            List<String> mentions) {

        Case header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Case(kind, owner, method, path, h, body, auth, status, mentions);
        }

        boolean write() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return kind + ": " + method + " " + (path.length() > 90 ? path.substring(0, 87) + "..." : path);
        }
    }

    // ---- the catalogue -------------------------------------------------------------------------------------------

    static final String MEASURES = "measures-service";
    static final String AWARDS = "awards-service";
    static final String INGEST = "ingest-service";
    static final String GATEWAY = "gateway";

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String JSON_TYPE = "application/json";
    static final String TEXT = "text/plain; charset=UTF-8";
    static final String PDF = "application/pdf";

    static final String MEASURE = "/api/v1/measures/{measure}";
    static final String EDITIONS = "/api/v1/award-schemes/{scheme}/editions";
    static final String EDITION = EDITIONS + "/{edition}";
    static final String RECIPIENTS = EDITION + "/recipients";
    static final String RECIPIENT = RECIPIENTS + "/{recipient}";
    static final String SCHEME = "/api/v1/award-schemes/{scheme}";

    /** Body limits of the services (commons' microprofile-config.properties): one byte more is refused. */
    static final int MEASURES_LIMIT = 10 * 1024 * 1024;

    static final int AWARDS_LIMIT = 1024 * 1024;
    static final int INGEST_LIMIT = 32 * 1024 * 1024;

    static Case get(String kind, String owner, String path, int status, String... mentions) {
        return new Case(kind, owner, "GET", path, Map.of(), null, Auth.NONE, status, List.of(mentions));
    }

    static Case send(
            String kind,
            String owner,
            String method,
            String path,
            String contentType,
            byte[] body,
            Auth auth,
            int status,
            String... mentions) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new Case(kind, owner, method, path, headers, body, auth, status, List.of(mentions));
    }

    static Case json(String kind, String owner, String method, String path, String body, int status, String... m) {
        String type = owner.equals(MEASURES) ? MERGE_PATCH : JSON_TYPE;
        return send(kind, owner, method, path, type, utf8(body), Auth.EDITOR, status, m);
    }

    static Case ingest(String kind, String path, String contentType, byte[] body, Auth auth, int status, String... m) {
        return send(kind, INGEST, "POST", path, contentType, body, auth, status, m);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] filled(int size, char c) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) c);
        return b;
    }

    static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    static List<Case> catalogue() {
        List<Case> c = new ArrayList<>();
        String longText = repeat('あ', 201);
        String recipient = "{\"name\":\"株式会社検証\",\"kind\":\"COMPANY\"";

        // --- query parameters: wrong type, out of range, unknown keys, bad enums, unsafe text
        c.add(get("size not a number", MEASURES, "/api/v1/measures?size=abc", 400, "size"));
        c.add(get("size not a number", AWARDS, "/api/v1/award-schemes?size=abc", 400, "size"));
        c.add(get("size not a number", INGEST, "/api/v1/ingest/jobs?size=abc", 400, "size"));
        c.add(get("size not a number", GATEWAY, "/api/v1/search?q=ものづくり&size=abc", 400, "size"));
        c.add(get("size not a number", GATEWAY, SCHEME + "/measures?size=abc", 400, "size"));
        c.add(get("page past int range", MEASURES, "/api/v1/reports?page=2147483648", 400, "page"));
        c.add(get("page past int range", AWARDS, EDITIONS + "?page=2147483648", 400, "page"));
        c.add(get("page negative", MEASURES, MEASURE + "/history?page=-1", 400, "page"));
        c.add(get("page negative", AWARDS, SCHEME + "/statements?page=-1", 400, "page"));
        c.add(get("size zero", MEASURES, "/api/v1/ministries?size=0", 400, "size"));
        c.add(get("size zero", AWARDS, RECIPIENTS + "?size=0", 400, "size"));
        c.add(get("size over 500", AWARDS, "/api/v1/recipients?size=501", 400, "size"));
        c.add(get("size over 500", INGEST, "/api/v1/ingest/jobs?size=501", 400, "size"));
        c.add(get(
                "two bad parameters named at once",
                MEASURES,
                "/api/v1/measures?size=abc&page=-1",
                400,
                "size",
                "page"));
        c.add(get("unknown sort key", MEASURES, "/api/v1/measures?sort=nope", 400, "sort"));
        c.add(get("unknown sort key", AWARDS, "/api/v1/award-schemes?sort=nope", 400, "sort"));
        c.add(get("unknown sort key", AWARDS, EDITIONS + "?sort=nope", 400, "sort"));
        c.add(get("unknown sort key", AWARDS, RECIPIENTS + "?sort=nope", 400, "sort"));
        c.add(get("unknown sort key", AWARDS, "/api/v1/recipients?sort=nope", 400, "sort"));
        c.add(get("relevance without q", MEASURES, "/api/v1/measures?sort=relevance", 400, "sort"));
        c.add(get("bad groupBy", MEASURES, "/api/v1/measures/stats?groupBy=weekday", 400, "groupBy"));
        c.add(get("missing groupBy", MEASURES, "/api/v1/measures/stats", 400, "groupBy"));
        c.add(get("minYen > maxYen", MEASURES, "/api/v1/measures?minYen=10&maxYen=5", 400, "maxYen"));
        c.add(get("negative minYen", MEASURES, "/api/v1/measures/stats?groupBy=ministry&minYen=-1", 400, "minYen"));
        c.add(get("fiscalYear not a number", MEASURES, "/api/v1/measures?fiscalYear=R2", 400, "fiscalYear"));
        c.add(get("fiscalYear out of range", MEASURES, "/api/v1/measures?fiscalYear=1800", 400, "fiscalYear"));
        c.add(get("chapter out of range", MEASURES, "/api/v1/measures?chapter=1000", 400, "chapter"));
        c.add(get("bad kind enum", MEASURES, "/api/v1/measures?kind=CHAPTER", 400, "kind"));
        c.add(get("bad kind enum", AWARDS, "/api/v1/recipients?kind=ROBOT", 400, "kind"));
        c.add(get("bad boolean", MEASURES, "/api/v1/measures?hasBody=yes", 400, "hasBody"));
        c.add(get("filter id not a UUID", MEASURES, "/api/v1/measures?report=abc", 400, "report"));
        c.add(get("filter id not a UUID", AWARDS, "/api/v1/award-schemes?report=abc", 400, "report"));
        c.add(get("over-long q", MEASURES, "/api/v1/measures?q=" + longText, 400, "q"));
        c.add(get("over-long q", AWARDS, "/api/v1/award-schemes?q=" + longText, 400, "q"));
        c.add(get("over-long q", AWARDS, "/api/v1/recipients?q=" + longText, 400, "q"));
        c.add(get("over-long q", GATEWAY, "/api/v1/search?q=" + longText, 400, "q"));
        c.add(get("NUL in q", MEASURES, "/api/v1/measures?q=a%00b", 400, "q"));
        c.add(get("NUL in q", AWARDS, "/api/v1/award-schemes?q=a%00b", 400, "q"));
        c.add(get("NUL in q", GATEWAY, "/api/v1/search?q=a%00b", 400, "q"));
        c.add(get("NUL in q", MEASURES, "/api/v1/measures/stats?groupBy=chapter&q=a%00b", 400, "q"));
        c.add(get("surrogate half (invalid UTF-8) in q", MEASURES, "/api/v1/measures?q=%ED%A0%80", 400, "q"));
        c.add(get("NUL in a parameter name", MEASURES, "/api/v1/ministries?a%00b=1", 400, "parameter name"));
        c.add(get("over-long ministry", MEASURES, "/api/v1/measures?ministry=" + longText, 400, "ministry"));
        c.add(get("bad format", MEASURES, "/api/v1/reports?format=xml", 400, "format"));
        c.add(get("bad format", AWARDS, "/api/v1/award-schemes?format=pdf", 400, "format"));
        c.add(get("bad bom flag", MEASURES, "/api/v1/ministries?format=csv&bom=maybe", 400, "bom"));
        c.add(get("search without q", GATEWAY, "/api/v1/search", 400, "q"));
        c.add(get("search with blank q", GATEWAY, "/api/v1/search?q=%20%E3%80%80", 400, "q"));
        c.add(get("search paged past 500 hits", GATEWAY, "/api/v1/search?q=ものづくり&page=30", 400, "page"));
        c.add(get("bad frequency enum", AWARDS, "/api/v1/award-schemes?frequency=WEEKLY", 400, "frequency"));
        c.add(get("bad recruitment enum", AWARDS, "/api/v1/award-schemes?recruitment=LOTTERY", 400, "recruitment"));
        c.add(get("bad status enum", AWARDS, "/api/v1/award-schemes?status=GONE", 400, "status"));
        c.add(get("openOn not a date", AWARDS, "/api/v1/award-schemes?openOn=2020-13-01", 400, "openOn"));
        c.add(get("year not a number", AWARDS, "/api/v1/recipients?year=abc", 400, "year"));
        c.add(get("year out of range", AWARDS, "/api/v1/recipients?year=3000", 400, "year"));
        c.add(get(
                "over-long prefecture", AWARDS, "/api/v1/recipients?prefecture=" + repeat('県', 21), 400, "prefecture"));

        // --- path ids
        for (String[] p : new String[][] {
            {MEASURES, "/api/v1/measures/not-a-uuid"},
            {MEASURES, "/api/v1/measures/not-a-uuid/history"},
            {MEASURES, "/api/v1/reports/not-a-uuid"},
            {MEASURES, "/api/v1/reports/not-a-uuid/outline"},
            {AWARDS, "/api/v1/award-schemes/not-a-uuid"},
            {AWARDS, "/api/v1/award-schemes/not-a-uuid/statements"},
            {AWARDS, "/api/v1/award-schemes/{scheme}/editions/not-a-uuid"},
            {AWARDS, RECIPIENTS + "/not-a-uuid"},
            {AWARDS, "/api/v1/recipients/not-a-uuid"},
            {INGEST, "/api/v1/ingest/jobs/not-a-uuid"},
            {GATEWAY, "/api/v1/award-schemes/not-a-uuid/measures"}
        }) {
            c.add(get("path id not a UUID", p[0], p[1], 404, "not-a-uuid"));
        }
        for (String[] p : new String[][] {
            {MEASURES, "/api/v1/measures/{zero}"},
            {MEASURES, "/api/v1/measures/{zero}/history"},
            {MEASURES, "/api/v1/reports/{zero}"},
            {MEASURES, "/api/v1/reports/{zero}/outline"},
            {AWARDS, "/api/v1/award-schemes/{zero}"},
            {AWARDS, "/api/v1/award-schemes/{zero}/statements"},
            {AWARDS, EDITIONS + "/{zero}"},
            {AWARDS, RECIPIENTS + "/{zero}"},
            {AWARDS, "/api/v1/recipients/{zero}"},
            {INGEST, "/api/v1/ingest/jobs/{zero}"},
            {GATEWAY, "/api/v1/award-schemes/{zero}/measures"}
        }) {
            c.add(get("unknown id", p[0], p[1], 404, ZERO));
        }
        c.add(get("unknown parent id", AWARDS, "/api/v1/award-schemes/{zero}/editions", 404, ZERO));
        c.add(get("unknown parent id", AWARDS, EDITIONS + "/{zero}/recipients", 404, ZERO));
        c.add(get("unknown parent id (export)", AWARDS, "/api/v1/award-schemes/{zero}/editions?format=csv", 404, ZERO));

        // --- Accept the operation cannot answer
        c.add(get("wrong Accept", MEASURES, "/api/v1/measures", 406).header("Accept", "application/xml"));
        c.add(get("wrong Accept", MEASURES, MEASURE, 406).header("Accept", "application/xml"));
        c.add(get("wrong Accept", AWARDS, "/api/v1/award-schemes", 406).header("Accept", "application/xml"));
        c.add(get("wrong Accept", INGEST, "/api/v1/ingest/jobs", 406).header("Accept", "application/xml"));
        c.add(get("wrong Accept", GATEWAY, "/api/v1/search?q=ものづくり", 406).header("Accept", "application/xml"));
        c.add(get("CSV of a list that does not export", GATEWAY, "/api/v1/search?q=ものづくり", 406)
                .header("Accept", "text/csv"));
        c.add(get("CSV of a list that does not export", INGEST, "/api/v1/ingest/jobs", 406)
                .header("Accept", "text/csv"));
        c.add(get("CSV of a list that does not export", GATEWAY, SCHEME + "/measures", 406)
                .header("Accept", "text/csv"));

        // --- HTTP layer: request target and headers over the limits
        String longUri = "?q=" + repeat('a', 9000);
        c.add(get("over-long URI", MEASURES, "/api/v1/measures" + longUri, 414));
        c.add(get("over-long URI", AWARDS, "/api/v1/award-schemes" + longUri, 414));
        c.add(get("over-long URI", INGEST, "/api/v1/ingest/jobs" + longUri, 414));
        c.add(get("over-long URI", GATEWAY, "/api/v1/search" + longUri, 414));
        c.add(json("over-long URI", AWARDS, "POST", EDITIONS + longUri, "{\"year\":2099}", 414));
        String big = repeat('h', 20_000);
        c.add(get("headers too large", MEASURES, "/api/v1/measures", 431).header("X-Padding", big));
        c.add(get("headers too large", AWARDS, "/api/v1/recipients", 431).header("X-Padding", big));
        c.add(get("headers too large", INGEST, "/api/v1/ingest/jobs", 431).header("X-Padding", big));
        c.add(get("headers too large", GATEWAY, "/api/v1/search?q=ものづくり", 431).header("X-Padding", big));
        c.add(json("headers too large", MEASURES, "PATCH", MEASURE, "{\"title\":\"x\"}", 431)
                .header("X-Padding", big));

        // --- measure corrections: strict merge patch
        c.add(json("malformed JSON", MEASURES, "PATCH", MEASURE, "{\"title\":", 400, "JSON"));
        c.add(json("empty body", MEASURES, "PATCH", MEASURE, "", 400, "body"));
        c.add(json("JSON array for an object", MEASURES, "PATCH", MEASURE, "[1]", 400, "body"));
        c.add(json("JSON null for an object", MEASURES, "PATCH", MEASURE, "null", 400, "body"));
        c.add(json("unknown field", MEASURES, "PATCH", MEASURE, "{\"nope\":1}", 400, "nope"));
        c.add(json("duplicate key", MEASURES, "PATCH", MEASURE, "{\"title\":\"a\",\"title\":\"b\"}", 400, "title"));
        c.add(json("NUL in a string", MEASURES, "PATCH", MEASURE, "{\"title\":\"a\\u0000b\"}", 400, "title"));
        c.add(json(
                "lone surrogate in a string", MEASURES, "PATCH", MEASURE, "{\"title\":\"a\\ud800b\"}", 400, "title"));
        c.add(json("wrong type", MEASURES, "PATCH", MEASURE, "{\"title\":5}", 400, "title"));
        c.add(json("wrong type", MEASURES, "PATCH", MEASURE, "{\"partOf\":\"yes\"}", 400, "partOf"));
        c.add(json("blank required text", MEASURES, "PATCH", MEASURE, "{\"title\":\"  \"}", 400, "title"));
        c.add(json(
                "null for a field that cannot be empty", MEASURES, "PATCH", MEASURE, "{\"title\":null}", 400, "title"));
        c.add(json(
                "unknown ministry code", MEASURES, "PATCH", MEASURE, "{\"ministries\":[\"NOPE\"]}", 400, "ministries"));
        c.add(json("bad enum in a body", MEASURES, "PATCH", MEASURE, "{\"reposted\":\"maybe\"}", 400, "reposted"));
        c.add(json(
                "nested wrong type",
                MEASURES,
                "PATCH",
                MEASURE,
                "{\"budgets\":[{\"amountYen\":\"x\"}]}",
                400,
                "budgets"));
        c.add(json("nothing to change", MEASURES, "PATCH", MEASURE, "{\"note\":\"only a note\"}", 400, "body"));
        c.add(json(
                "over-long text",
                MEASURES,
                "PATCH",
                MEASURE,
                "{\"title\":\"" + repeat('字', 1001) + "\"}",
                400,
                "title"));
        c.add(json("unknown id", MEASURES, "PATCH", "/api/v1/measures/{zero}", "{\"title\":\"x\"}", 404, ZERO));
        c.add(json(
                "path id not a UUID",
                MEASURES,
                "PATCH",
                "/api/v1/measures/not-a-uuid",
                "{\"title\":\"x\"}",
                404,
                "not-a-uuid"));
        c.add(send(
                "no Content-Type",
                MEASURES,
                "PATCH",
                MEASURE,
                null,
                utf8("{\"title\":\"x\"}"),
                Auth.EDITOR,
                415,
                "Content-Type"));
        c.add(send(
                "wrong Content-Type",
                MEASURES,
                "PATCH",
                MEASURE,
                "text/plain",
                utf8("{\"title\":\"x\"}"),
                Auth.EDITOR,
                415,
                "content-type"));
        c.add(json("wrong Accept", MEASURES, "PATCH", MEASURE, "{\"title\":\"x\"}", 406)
                .header("Accept", "application/xml"));
        c.add(send(
                "no token",
                MEASURES,
                "PATCH",
                MEASURE,
                MERGE_PATCH,
                utf8("{\"title\":\"x\"}"),
                Auth.NONE,
                401,
                "token"));
        c.add(send(
                "malformed token",
                MEASURES,
                "PATCH",
                MEASURE,
                MERGE_PATCH,
                utf8("{\"title\":\"x\"}"),
                Auth.GARBAGE,
                401,
                "token"));
        c.add(send(
                "expired token",
                MEASURES,
                "PATCH",
                MEASURE,
                MERGE_PATCH,
                utf8("{\"title\":\"x\"}"),
                Auth.EXPIRED,
                401,
                "token"));
        c.add(send(
                "token signed by another key",
                MEASURES,
                "PATCH",
                MEASURE,
                MERGE_PATCH,
                utf8("{\"title\":\"x\"}"),
                Auth.FORGED,
                401,
                "token"));
        c.add(send(
                        "Basic instead of Bearer",
                        MEASURES,
                        "PATCH",
                        MEASURE,
                        MERGE_PATCH,
                        utf8("{\"title\":\"x\"}"),
                        Auth.NONE,
                        401,
                        "token")
                .header("Authorization", "Basic dXNlcjpwYXNz"));
        c.add(send(
                "token without the group",
                MEASURES,
                "PATCH",
                MEASURE,
                MERGE_PATCH,
                utf8("{\"title\":\"x\"}"),
                Auth.READER,
                403,
                "group"));
        c.add(send(
                "token of another group",
                MEASURES,
                "PATCH",
                MEASURE,
                MERGE_PATCH,
                utf8("{\"title\":\"x\"}"),
                Auth.INGEST,
                403,
                "group"));
        c.add(send(
                "body over the limit",
                MEASURES,
                "PATCH",
                MEASURE,
                MERGE_PATCH,
                filled(MEASURES_LIMIT + 1, ' '),
                Auth.NONE,
                413,
                "larger"));

        // --- award schemes, editions, recipients: strict JSON, constraints, conflicts
        c.add(json("integer as a string", AWARDS, "PATCH", SCHEME, "{\"since\":\"2005\"}", 400, "since"));
        c.add(json("out of range", AWARDS, "PATCH", SCHEME, "{\"since\":1700}", 400, "since"));
        c.add(json("unknown field", AWARDS, "PATCH", SCHEME, "{\"name\":\"改名\"}", 400, "name"));
        c.add(json("empty body", AWARDS, "PATCH", SCHEME, "", 400, "body"));
        c.add(json("JSON null for an object", AWARDS, "PATCH", SCHEME, "null", 400, "body"));
        c.add(json("unknown id", AWARDS, "PATCH", "/api/v1/award-schemes/{zero}", "{\"since\":2005}", 404, ZERO));
        c.add(send(
                "no Content-Type",
                AWARDS,
                "PATCH",
                SCHEME,
                null,
                utf8("{\"since\":2005}"),
                Auth.EDITOR,
                415,
                "Content-Type"));
        c.add(send(
                "token without the group",
                AWARDS,
                "PATCH",
                SCHEME,
                JSON_TYPE,
                utf8("{\"since\":2005}"),
                Auth.READER,
                403,
                "group"));

        c.add(json("integer as a string", AWARDS, "POST", EDITIONS, "{\"year\":\"2020\"}", 400, "year"));
        c.add(json("fraction for an integer", AWARDS, "POST", EDITIONS, "{\"year\":2020.7}", 400, "year"));
        c.add(json("exponent for an integer", AWARDS, "POST", EDITIONS, "{\"year\":1e3}", 400, "year"));
        c.add(json("boolean for an integer", AWARDS, "POST", EDITIONS, "{\"year\":true}", 400, "year"));
        c.add(json(
                "integer past its type's range",
                AWARDS,
                "POST",
                EDITIONS,
                "{\"year\":99999999999999999999}",
                400,
                "year"));
        c.add(json("missing required field", AWARDS, "POST", EDITIONS, "{\"title\":\"第1回\"}", 400, "year"));
        c.add(json("out of range", AWARDS, "POST", EDITIONS, "{\"year\":1500}", 400, "year"));
        c.add(json("unknown field", AWARDS, "POST", EDITIONS, "{\"year\":2099,\"bogus\":1}", 400, "bogus"));
        c.add(json("duplicate key", AWARDS, "POST", EDITIONS, "{\"year\":2098,\"year\":2099}", 400, "year"));
        c.add(json(
                "NUL in a string", AWARDS, "POST", EDITIONS, "{\"year\":2099,\"title\":\"a\\u0000\"}", 400, "title"));
        c.add(json(
                "impossible date",
                AWARDS,
                "POST",
                EDITIONS,
                "{\"year\":2099,\"announcementDate\":\"2020-02-30\"}",
                400,
                "announcementDate"));
        c.add(json(
                "nested wrong format",
                AWARDS,
                "POST",
                EDITIONS,
                "{\"year\":2099,\"callPeriod\":{\"from\":\"spring\"}}",
                400,
                "callPeriod"));
        c.add(json(
                "years out of the order of numbers",
                AWARDS,
                "POST",
                EDITIONS,
                "{\"number\":{number+1},\"year\":1900}",
                400,
                "year"));
        c.add(json(
                "edition number taken",
                AWARDS,
                "POST",
                EDITIONS,
                "{\"number\":{number},\"year\":2099}",
                409,
                "number"));
        c.add(json("malformed JSON", AWARDS, "POST", EDITIONS, "{\"year\":2099", 400, "JSON"));
        c.add(json("empty body", AWARDS, "POST", EDITIONS, "", 400, "body"));
        c.add(json(
                "unknown parent id",
                AWARDS,
                "POST",
                "/api/v1/award-schemes/{zero}/editions",
                "{\"year\":2099}",
                404,
                ZERO));
        c.add(send(
                "wrong Content-Type",
                AWARDS,
                "POST",
                EDITIONS,
                "text/plain",
                utf8("{\"year\":2099}"),
                Auth.EDITOR,
                415,
                "content-type"));
        c.add(send("no token", AWARDS, "POST", EDITIONS, JSON_TYPE, utf8("{\"year\":2099}"), Auth.NONE, 401, "token"));
        c.add(send(
                "body over the limit",
                AWARDS,
                "POST",
                EDITIONS,
                JSON_TYPE,
                filled(AWARDS_LIMIT + 1, ' '),
                Auth.EDITOR,
                413,
                "larger"));
        c.add(json("integer as a string", AWARDS, "PUT", EDITION, "{\"year\":\"2099\"}", 400, "year"));
        c.add(json("unknown id", AWARDS, "PUT", EDITIONS + "/{zero}", "{\"year\":2099}", 404, ZERO));
        c.add(send(
                "malformed token",
                AWARDS,
                "PUT",
                EDITION,
                JSON_TYPE,
                utf8("{\"year\":2099}"),
                Auth.GARBAGE,
                401,
                "token"));
        c.add(send(
                "edition with recipients deleted without cascade",
                AWARDS,
                "DELETE",
                EDITION,
                null,
                null,
                Auth.EDITOR,
                409,
                "cascade"));
        c.add(send(
                "bad boolean", AWARDS, "DELETE", EDITION + "?cascade=maybe", null, null, Auth.EDITOR, 400, "cascade"));
        c.add(send("unknown id", AWARDS, "DELETE", EDITIONS + "/{zero}", null, null, Auth.EDITOR, 404, ZERO));
        c.add(send("token of another group", AWARDS, "DELETE", EDITION, null, null, Auth.INGEST, 403, "group"));

        c.add(json(
                "bad enum in a body", AWARDS, "POST", RECIPIENTS, "{\"name\":\"x\",\"kind\":\"ROBOT\"}", 400, "kind"));
        c.add(json("missing required field", AWARDS, "POST", RECIPIENTS, "{\"name\":\"x\"}", 400, "kind"));
        c.add(json(
                "unknown prefecture",
                AWARDS,
                "POST",
                RECIPIENTS,
                recipient + ",\"prefecture\":\"ニューヨーク\"}",
                400,
                "prefecture"));
        c.add(json(
                "prize the scheme does not award",
                AWARDS,
                "POST",
                RECIPIENTS,
                recipient + ",\"prize\":\"ノーベル賞\"}",
                400,
                "prize"));
        c.add(json("out of range", AWARDS, "POST", RECIPIENTS, recipient + ",\"share\":0}", 400, "share"));
        c.add(json(
                "blank required text",
                AWARDS,
                "POST",
                RECIPIENTS,
                "{\"name\":\"  \",\"kind\":\"PERSON\"}",
                400,
                "name"));
        c.add(json(
                "lone surrogate in a string",
                AWARDS,
                "POST",
                RECIPIENTS,
                "{\"name\":\"x\\ud800\",\"kind\":\"PERSON\"}",
                400,
                "name"));
        c.add(json(
                "NUL in a string",
                AWARDS,
                "POST",
                RECIPIENTS,
                "{\"name\":\"x\\u0000y\",\"kind\":\"PERSON\"}",
                400,
                "name"));
        c.add(json(
                "over-long text",
                AWARDS,
                "POST",
                RECIPIENTS,
                "{\"name\":\"" + repeat('名', 301) + "\",\"kind\":\"PERSON\"}",
                400,
                "name"));
        c.add(json("empty body", AWARDS, "PUT", RECIPIENT, "", 400, "body"));
        c.add(json("JSON array for an object", AWARDS, "POST", RECIPIENTS, "[" + recipient + "}]", 400, "body"));
        c.add(json("unknown parent id", AWARDS, "POST", EDITIONS + "/{zero}/recipients", recipient + "}", 404, ZERO));
        c.add(send(
                "no Content-Type",
                AWARDS,
                "POST",
                RECIPIENTS,
                null,
                utf8(recipient + "}"),
                Auth.EDITOR,
                415,
                "Content-Type"));
        c.add(json("bad enum in a body", AWARDS, "PUT", RECIPIENT, recipient + ",\"status\":\"LOST\"}", 400, "status"));
        c.add(json("integer as a string", AWARDS, "PUT", RECIPIENT, recipient + ",\"share\":\"1\"}", 400, "share"));
        c.add(json("unknown id", AWARDS, "PUT", RECIPIENTS + "/{zero}", recipient + "}", 404, ZERO));
        c.add(send(
                "token without the group",
                AWARDS,
                "PUT",
                RECIPIENT,
                JSON_TYPE,
                utf8(recipient + "}"),
                Auth.READER,
                403,
                "group"));
        c.add(send("unknown id", AWARDS, "DELETE", RECIPIENTS + "/{zero}", null, null, Auth.EDITOR, 404, ZERO));
        c.add(send("no token", AWARDS, "DELETE", RECIPIENT, null, null, Auth.NONE, 401, "token"));

        // --- ingest: refused at once, nothing stored, no job started
        for (String path : List.of("/api/v1/ingest/reports", "/api/v1/ingest/preview")) {
            c.add(ingest("empty body", path, TEXT, new byte[0], Auth.INGEST, 400, "empty"));
            c.add(ingest(
                    "not UTF-8",
                    path,
                    TEXT,
                    new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80, 'a'},
                    Auth.INGEST,
                    400,
                    "UTF-8"));
            c.add(ingest(
                    "text without report structure",
                    path,
                    TEXT,
                    utf8("買い物リスト\n牛乳\n卵\n"),
                    Auth.INGEST,
                    400,
                    "structure"));
            c.add(ingest("unreadable PDF", path, PDF, utf8("%PDF-1.4 not really"), Auth.INGEST, 400, "PDF"));
            c.add(ingest(
                    "wrong media type",
                    path,
                    JSON_TYPE,
                    utf8("{\"report\":\"第1章\"}"),
                    Auth.INGEST,
                    415,
                    "content-type"));
            c.add(ingest("no Content-Type", path, null, utf8("第1章 総論\n(1) 施策\n"), Auth.INGEST, 415, "Content-Type"));
            c.add(ingest("no token", path, TEXT, utf8("第1章"), Auth.NONE, 401, "token"));
            c.add(ingest("token of another group", path, TEXT, utf8("第1章"), Auth.EDITOR, 403, "group"));
        }
        c.add(ingest(
                "body over the limit",
                "/api/v1/ingest/reports",
                TEXT,
                filled(INGEST_LIMIT + 1, 'y'),
                Auth.INGEST,
                413,
                "larger"));
        c.add(ingest("expired token", "/api/v1/ingest/reports", TEXT, utf8("第1章"), Auth.EXPIRED, 401, "token"));
        return c;
    }

    static Stream<Arguments> cases() {
        List<Arguments> rows = new ArrayList<>();
        for (Case c : catalogue()) {
            if (!c.owner().equals(GATEWAY)) {
                rows.add(Arguments.of(c, Via.DIRECT));
            }
            rows.add(Arguments.of(c, Via.GATEWAY));
        }
        return rows.stream();
    }

    // ---- fixtures --------------------------------------------------------------------------------------------------

    @BeforeAll
    static void arrange() throws Exception {
        Sample.ensureIngested(stack);
        document = JSON.readTree(stack.root().resolve("openapi/openapi.json").toFile());
        String g = stack.gateway();
        ids.put("{zero}", ZERO);
        ids.put(
                "{measure}",
                given().baseUri(g)
                        .get("/api/v1/measures?size=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"));
        ids.put(
                "{report}",
                given().baseUri(g)
                        .get("/api/v1/reports?size=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"));
        ids.put(
                "{job}",
                given().baseUri(g)
                        .get("/api/v1/ingest/jobs?size=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"));
        String scheme = given().baseUri(g)
                .get("/api/v1/award-schemes?q=ものづくり日本大賞")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.name == 'ものづくり日本大賞' }.id");
        ids.put("{scheme}", scheme);
        List<Integer> numbers = given().baseUri(g)
                .get("/api/v1/award-schemes/" + scheme + "/editions?size=500")
                .then()
                .statusCode(200)
                .extract()
                .path("items.number");
        int number = Math.max(
                        9000, numbers.stream().mapToInt(Integer::intValue).max().orElse(0))
                + 1;
        ids.put("{number}", String.valueOf(number));
        ids.put("{number+1}", String.valueOf(number + 1));
        String edition = given().baseUri(g)
                .auth()
                .oauth2(Tokens.editor())
                .contentType(JSON_TYPE)
                .body("{\"number\":" + number + ",\"title\":\"検証のための回\",\"year\":2099}")
                .post("/api/v1/award-schemes/" + scheme + "/editions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ids.put("{edition}", edition);
        String prize = given().baseUri(g)
                .get("/api/v1/award-schemes/" + scheme)
                .then()
                .statusCode(200)
                .extract()
                .path("prizes[0]");
        ids.put(
                "{recipient}",
                given().baseUri(g)
                        .auth()
                        .oauth2(Tokens.editor())
                        .contentType(JSON_TYPE)
                        .body("{\"name\":\"株式会社検証\",\"kind\":\"COMPANY\",\"prefecture\":\"大阪\",\"prize\":\"" + prize
                                + "\"}")
                        .post("/api/v1/award-schemes/" + scheme + "/editions/" + edition + "/recipients")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        for (String service : SERVICES) {
            TestDatabases.Database db = stack.database(service);
            databases.put(service, DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password()));
        }
    }

    @AfterAll
    static void cleanUp() throws SQLException {
        if (ids.containsKey("{edition}")) {
            given().baseUri(stack.gateway())
                    .auth()
                    .oauth2(Tokens.editor())
                    .delete(resolve(EDITION) + "?cascade=true")
                    .then()
                    .statusCode(204);
        }
        for (Connection connection : databases.values()) {
            connection.close();
        }
        databases.clear();
    }

    static String resolve(String template) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    // ---- the test ---------------------------------------------------------------------------------------------------

    @Test
    void theCatalogueHasAtLeastSixtyKindsAndCoversEveryOperation() {
        List<Case> catalogue = catalogue();
        Set<String> kinds = new LinkedHashSet<>();
        catalogue.forEach(c -> kinds.add(c.kind()));
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(60);
        Set<String> covered = new LinkedHashSet<>();
        for (Case c : catalogue) {
            covered.add(operation(c.method(), pathOnly(resolve(c.path())))[0]);
        }
        Set<String> all = new LinkedHashSet<>();
        document.get("paths")
                .fields()
                .forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
                    if (Set.of("get", "put", "post", "patch", "delete").contains(m)) {
                        all.add(m.toUpperCase() + " " + p.getKey());
                    }
                }));
        assertThat(covered).as("operations with a bad-input case").containsAll(all);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource("cases")
    void isRefusedWithItsDocumentedProblemAndChangesNothing(Case c, Via via) throws Exception {
        String base = via == Via.GATEWAY || c.owner().equals(GATEWAY) ? stack.gateway() : stack.url(c.owner());
        String path = resolve(c.path());
        byte[] body = c.body();
        if (body != null && body.length < 4096 && new String(body, StandardCharsets.UTF_8).contains("{number")) {
            body = utf8(resolve(new String(body, StandardCharsets.UTF_8)));
        }

        Map<String, String> before = snapshot(c.write());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        c.method(),
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (c.auth().token != null) {
            request.header("Authorization", "Bearer " + c.auth().token);
        }
        c.headers().forEach(request::header);
        HttpResponse<String> answer =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, String> after = snapshot(c.write());

        String what = c + " via " + via + " answered " + answer.statusCode() + " " + answer.body();
        assertThat(answer.statusCode()).as(what).isEqualTo(c.status());
        assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).as(what).startsWith("https://monozukuri.io/problems/");
        assertThat(problem.path("title").asText()).as(what).isNotBlank();
        assertThat(problem.path("status").isInt() ? problem.path("status").asInt() : -1)
                .as(what)
                .isEqualTo(c.status());
        assertThat(problem.path("detail").asText()).as(what).isNotBlank();
        for (String mention : c.mentions()) {
            assertThat(problem.path("detail").asText().toLowerCase())
                    .as("the detail names %s: %s", mention, what)
                    .contains(mention.toLowerCase());
        }
        String[] operation = operation(c.method(), pathOnly(path));
        assertThat(document.at(operation[1] + "/responses").has(String.valueOf(c.status())))
                .as("%s is documented for %s (%s)", c.status(), operation[0], what)
                .isTrue();
        assertThat(after).as("rows of the three databases after %s", what).isEqualTo(before);
    }

    // ---- the document ----------------------------------------------------------------------------------------------

    static String pathOnly(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** The operation of the committed document a request is for: its name and its JSON pointer. */
    static String[] operation(String method, String path) {
        String best = null;
        int bestParams = Integer.MAX_VALUE;
        for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            if (!document.get("paths").get(template).has(method.toLowerCase())) {
                continue;
            }
            String regex = Arrays.stream(template.split("/", -1))
                    .map(s -> s.startsWith("{") ? "[^/]+" : Pattern.quote(s))
                    .reduce((a, b) -> a + "/" + b)
                    .orElseThrow();
            int params = template.length() - template.replace("{", "").length();
            if (path.matches(regex) && params < bestParams) {
                best = template;
                bestParams = params;
            }
        }
        assertThat(best)
                .as("an operation %s %s in openapi/openapi.json", method, path)
                .isNotNull();
        return new String[] {
            method + " " + best, "/paths/" + best.replace("~", "~0").replace("/", "~1") + "/" + method.toLowerCase()
        };
    }

    // ---- the databases ---------------------------------------------------------------------------------------------

    /**
     * Every table of the three databases: its row count and, for writes, an MD5 of its rows in order (so that a
     * refused write that changed a row in place is seen too).
     */
    static Map<String, String> snapshot(boolean content) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Map.Entry<String, Connection> db : databases.entrySet()) {
            List<String> tables = new ArrayList<>();
            try (Statement s = db.getValue().createStatement();
                    ResultSet r = s.executeQuery("select table_name from information_schema.tables where"
                            + " table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            assertThat(tables).as("tables of %s", db.getKey()).isNotEmpty();
            StringBuilder sql = new StringBuilder();
            for (String table : tables) {
                if (!sql.isEmpty()) {
                    sql.append(" union all ");
                }
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                sql.append("select '")
                        .append(table)
                        .append("', count(*)::text")
                        .append(
                                content
                                        ? " || ' ' || coalesce(md5(string_agg(t::text, '\n' order by t::text)), '')"
                                        : "")
                        .append(" from ")
                        .append(quoted)
                        .append(" t");
            }
            try (Statement s = db.getValue().createStatement();
                    ResultSet r = s.executeQuery(sql.toString())) {
                while (r.next()) {
                    rows.put(db.getKey() + "." + r.getString(1), r.getString(2));
                }
            }
        }
        return rows;
    }
}
