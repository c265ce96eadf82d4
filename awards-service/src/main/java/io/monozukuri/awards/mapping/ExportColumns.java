package io.monozukuri.awards.mapping;

import static io.monozukuri.commons.csv.CsvColumns.join;
import static io.monozukuri.commons.csv.CsvColumns.path;

import io.monozukuri.awards.api.CallPeriod;
import io.monozukuri.awards.api.Edition;
import io.monozukuri.awards.api.Recipient;
import io.monozukuri.awards.api.SchemeStatement;
import io.monozukuri.commons.csv.CsvColumns;
import io.monozukuri.contracts.AwardScheme;
import io.monozukuri.contracts.AwardSchemeInput;
import io.monozukuri.contracts.Frequency;
import io.monozukuri.contracts.MinistryRef;
import io.monozukuri.contracts.NextCall;
import io.monozukuri.contracts.Recruitment;
import io.monozukuri.contracts.SchemeSource;
import io.monozukuri.contracts.SourceLines;

/**
 * The CSV columns of this service's lists: one row per item, nested records flattened, prizes joined with {@code ; }.
 * The NDJSON exports need none: each line is the item as the JSON list has it.
 */
public final class ExportColumns {

    public static final CsvColumns<AwardScheme> SCHEME = CsvColumns.<AwardScheme>builder()
            .add("id", AwardScheme::id)
            .add("name", AwardScheme::name)
            .add("summary", AwardScheme::summary)
            .add("ministryCode", path(AwardScheme::ministry, MinistryRef::code))
            .add("ministryName", path(AwardScheme::ministry, MinistryRef::name))
            .add("office", AwardScheme::office)
            .add("prizes", s -> join(s.prizes(), "; "))
            .add("prizeNote", AwardScheme::prizeNote)
            .add("recruitmentMethod", path(AwardScheme::recruitment, Recruitment::method))
            .add("recruitmentText", path(AwardScheme::recruitment, Recruitment::text))
            .add("frequencyKind", path(AwardScheme::frequency, Frequency::kind))
            .add("frequencyText", path(AwardScheme::frequency, Frequency::text))
            .add("nextCallText", path(AwardScheme::nextCall, NextCall::text))
            .add("nextCallFrom", path(AwardScheme::nextCall, NextCall::from))
            .add("nextCallTo", path(AwardScheme::nextCall, NextCall::to))
            .add("status", AwardScheme::status)
            .add("note", AwardScheme::note)
            .add("since", AwardScheme::since)
            .add("sourceReportId", path(AwardScheme::source, SchemeSource::reportId))
            .add("sourceFiscalYear", path(AwardScheme::source, SchemeSource::fiscalYear))
            .add("sourceLineStart", path(AwardScheme::source, SchemeSource::lineStart))
            .add("sourceLineEnd", path(AwardScheme::source, SchemeSource::lineEnd))
            .add("sourcePage", path(AwardScheme::source, SchemeSource::page))
            .build();

    /** What one report printed about a scheme. */
    public static final CsvColumns<SchemeStatement> STATEMENT = CsvColumns.<SchemeStatement>builder()
            .add("reportId", SchemeStatement::reportId)
            .add("fiscalYear", SchemeStatement::fiscalYear)
            .add("sourceHash", SchemeStatement::sourceHash)
            .add("recordedAt", SchemeStatement::recordedAt)
            .add("name", path(SchemeStatement::printed, AwardSchemeInput::name))
            .add("summary", path(SchemeStatement::printed, AwardSchemeInput::summary))
            .add("ministryCode", path(SchemeStatement::printed, AwardSchemeInput::ministry, MinistryRef::code))
            .add("office", path(SchemeStatement::printed, AwardSchemeInput::office))
            .add("prizes", path(SchemeStatement::printed, p -> join(p.prizes(), "; ")))
            .add("prizeNote", path(SchemeStatement::printed, AwardSchemeInput::prizeNote))
            .add(
                    "recruitmentMethod",
                    path(SchemeStatement::printed, AwardSchemeInput::recruitment, Recruitment::method))
            .add("recruitmentText", path(SchemeStatement::printed, AwardSchemeInput::recruitment, Recruitment::text))
            .add("frequencyKind", path(SchemeStatement::printed, AwardSchemeInput::frequency, Frequency::kind))
            .add("frequencyText", path(SchemeStatement::printed, AwardSchemeInput::frequency, Frequency::text))
            .add("nextCallText", path(SchemeStatement::printed, AwardSchemeInput::nextCall, NextCall::text))
            .add("nextCallFrom", path(SchemeStatement::printed, AwardSchemeInput::nextCall, NextCall::from))
            .add("nextCallTo", path(SchemeStatement::printed, AwardSchemeInput::nextCall, NextCall::to))
            .add("status", path(SchemeStatement::printed, AwardSchemeInput::status))
            .add("note", path(SchemeStatement::printed, AwardSchemeInput::note))
            .add("lineStart", path(SchemeStatement::printed, AwardSchemeInput::source, SourceLines::lineStart))
            .add("lineEnd", path(SchemeStatement::printed, AwardSchemeInput::source, SourceLines::lineEnd))
            .add("page", path(SchemeStatement::printed, AwardSchemeInput::source, SourceLines::page))
            .build();

    public static final CsvColumns<Edition> EDITION = CsvColumns.<Edition>builder()
            .add("id", Edition::id)
            .add("schemeId", Edition::schemeId)
            .add("number", Edition::number)
            .add("title", Edition::title)
            .add("year", Edition::year)
            .add("callFrom", path(Edition::callPeriod, CallPeriod::from))
            .add("callTo", path(Edition::callPeriod, CallPeriod::to))
            .add("announcementDate", Edition::announcementDate)
            .add("ceremonyDate", Edition::ceremonyDate)
            .add("notes", Edition::notes)
            .add("recipientCount", Edition::recipientCount)
            .build();

    public static final CsvColumns<Recipient> RECIPIENT = CsvColumns.<Recipient>builder()
            .add("id", Recipient::id)
            .add("schemeId", path(Recipient::scheme, Recipient.SchemeRef::id))
            .add("schemeName", path(Recipient::scheme, Recipient.SchemeRef::name))
            .add("editionId", path(Recipient::edition, Recipient.EditionRef::id))
            .add("editionNumber", path(Recipient::edition, Recipient.EditionRef::number))
            .add("editionYear", path(Recipient::edition, Recipient.EditionRef::year))
            .add("name", Recipient::name)
            .add("kind", Recipient::kind)
            .add("affiliation", Recipient::affiliation)
            .add("prefecture", Recipient::prefecture)
            .add("prize", Recipient::prize)
            .add("category", Recipient::category)
            .add("citation", Recipient::citation)
            .add("share", Recipient::share)
            .add("status", Recipient::status)
            .build();

    private ExportColumns() {}
}
