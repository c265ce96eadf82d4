package io.monozukuri.awards.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.awards.AwardSchemeEntity;
import io.monozukuri.awards.EditionEntity;
import io.monozukuri.awards.RecipientEntity;
import io.monozukuri.awards.SchemeStatementEntity;
import io.monozukuri.awards.api.CallPeriod;
import io.monozukuri.awards.api.Edition;
import io.monozukuri.awards.api.Recipient;
import io.monozukuri.awards.api.SchemeStatement;
import io.monozukuri.awards.repository.AwardSchemeRow;
import io.monozukuri.contracts.AwardScheme;
import io.monozukuri.contracts.AwardSchemeInput;
import io.monozukuri.contracts.Frequency;
import io.monozukuri.contracts.FrequencyKind;
import io.monozukuri.contracts.MinistryRef;
import io.monozukuri.contracts.NextCall;
import io.monozukuri.contracts.Recruitment;
import io.monozukuri.contracts.RecruitmentMethod;
import io.monozukuri.contracts.SchemeSource;
import io.monozukuri.contracts.SchemeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The one place where entities become API records (and printed JSON is read and written). */
@ApplicationScoped
public class AwardsMapper {

    private final ObjectMapper json;

    public AwardsMapper(ObjectMapper json) {
        this.json = json;
    }

    public AwardScheme toApi(AwardSchemeEntity e) {
        MinistryRef ministry = e.ministryCode == null && e.ministryName == null
                ? null
                : new MinistryRef(e.ministryCode, e.ministryName, null, null);
        NextCall nextCall = e.nextCallText == null && e.nextCallFrom == null && e.nextCallTo == null
                ? null
                : new NextCall(e.nextCallText, e.nextCallFrom, e.nextCallTo);
        SchemeSource source = e.sourceReportId == null
                ? null
                : new SchemeSource(
                        e.sourceReportId, e.sourceFiscalYear, e.sourceLineStart, e.sourceLineEnd, e.sourcePage);
        List<SchemeSource> statements = e.statements.stream()
                .map(s -> new SchemeSource(s.report.id, s.fiscalYear, s.lineStart, s.lineEnd, s.page))
                .toList();
        return new AwardScheme(
                e.id,
                e.name,
                e.summary,
                ministry,
                e.office,
                List.copyOf(e.prizes),
                e.prizeNote,
                new Recruitment(e.recruitmentMethod, e.recruitmentText),
                new Frequency(e.frequencyKind, e.frequencyText),
                nextCall,
                e.status,
                e.note,
                e.sinceYear,
                source,
                statements,
                e.version);
    }

    /** A scheme read in one statement ({@link AwardSchemeRow}): the same record as {@link #toApi(AwardSchemeEntity)}. */
    public AwardScheme toApi(AwardSchemeRow r) {
        MinistryRef ministry = r.ministryCode() == null && r.ministryName() == null
                ? null
                : new MinistryRef(r.ministryCode(), r.ministryName(), null, null);
        NextCall nextCall = r.nextCallText() == null && r.nextCallFrom() == null && r.nextCallTo() == null
                ? null
                : new NextCall(r.nextCallText(), r.nextCallFrom(), r.nextCallTo());
        SchemeSource source = r.sourceReportId() == null
                ? null
                : new SchemeSource(
                        r.sourceReportId(),
                        r.sourceFiscalYear(),
                        r.sourceLineStart(),
                        r.sourceLineEnd(),
                        r.sourcePage());
        List<String> prizes = new ArrayList<>();
        for (JsonNode p : tree(r.prizesJson())) {
            prizes.add(p.textValue());
        }
        List<SchemeSource> statements = new ArrayList<>();
        for (JsonNode a : tree(r.statementsJson())) {
            statements.add(new SchemeSource(
                    UUID.fromString(a.get(0).textValue()),
                    a.get(1).intValue(),
                    integer(a.get(2)),
                    integer(a.get(3)),
                    integer(a.get(4))));
        }
        return new AwardScheme(
                r.id(),
                r.name(),
                r.summary(),
                ministry,
                r.office(),
                List.copyOf(prizes),
                r.prizeNote(),
                new Recruitment(RecruitmentMethod.valueOf(r.recruitmentMethod()), r.recruitmentText()),
                new Frequency(FrequencyKind.valueOf(r.frequencyKind()), r.frequencyText()),
                nextCall,
                SchemeStatus.valueOf(r.status()),
                r.note(),
                r.sinceYear(),
                source,
                List.copyOf(statements),
                r.version());
    }

    private JsonNode tree(String array) {
        if (array == null) {
            return json.createArrayNode();
        }
        try {
            return json.readTree(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable aggregate from the database", e);
        }
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.intValue();
    }

    public SchemeStatement toApi(SchemeStatementEntity s) {
        return new SchemeStatement(s.report.id, s.fiscalYear, s.report.sourceHash, s.recordedAt, readPrinted(s));
    }

    public AwardSchemeInput readPrinted(SchemeStatementEntity s) {
        try {
            return json.readValue(s.printed, AwardSchemeInput.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String writePrinted(AwardSchemeInput printed) {
        try {
            return json.writeValueAsString(printed);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Edition toApi(EditionEntity e, long recipientCount) {
        CallPeriod call = e.callFrom == null && e.callTo == null ? null : new CallPeriod(e.callFrom, e.callTo);
        return new Edition(
                e.id,
                e.scheme.id,
                e.number,
                e.title,
                e.year,
                call,
                e.announcementDate,
                e.ceremonyDate,
                e.notes,
                recipientCount,
                e.version);
    }

    public Recipient toApi(RecipientEntity r) {
        EditionEntity edition = r.edition;
        return new Recipient(
                r.id,
                new Recipient.SchemeRef(edition.scheme.id, edition.scheme.name),
                new Recipient.EditionRef(edition.id, edition.number, edition.year),
                r.name,
                r.kind,
                r.affiliation,
                r.prefecture,
                r.prize,
                r.category,
                r.citation,
                r.share,
                r.status,
                r.version);
    }
}
