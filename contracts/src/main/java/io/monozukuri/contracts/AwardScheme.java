package io.monozukuri.contracts;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An award scheme as clients (and the gateway) read it: the fields of the latest report that printed it. */
@Schema(name = "AwardScheme", description = "An award scheme; its fields are those of the latest report printing it")
public record AwardScheme(
        @Schema(required = true, example = "5b8f8f52-3f55-4c8e-a7a4-2b4f7f1f3c10") UUID id,
        @Schema(required = true, example = "ものづくり日本大賞") String name,
        @Schema(nullable = true, example = "我が国産業・文化を支えてきた「ものづくり」を継承・発展させるため、…") String summary,
        @Schema(nullable = true) MinistryRef ministry,
        @Schema(nullable = true, example = "製造産業局ものづくり政策審議室") String office,
        @Schema(required = true, example = "[\"内閣総理大臣賞\", \"経済産業大臣賞\", \"文部科学大臣賞\"]") List<String> prizes,
        @Schema(nullable = true, example = "経済産業省は新規募集・選定、…") String prizeNote,
        @Schema(required = true) Recruitment recruitment,
        @Schema(required = true) Frequency frequency,
        @Schema(nullable = true) NextCall nextCall,
        @Schema(required = true, example = "ACTIVE") SchemeStatus status,
        @Schema(nullable = true, example = "2020年度で終了") String note,
        @Schema(
                        nullable = true,
                        description = "the first year the scheme awarded, when an editor has set it",
                        example = "2005")
                Integer since,
        @Schema(nullable = true) SchemeSource source,
        @Schema(description = "every report that printed this scheme, latest fiscal year first")
                List<SchemeSource> statements,
        @Schema(
                        required = true,
                        description =
                                "changes with every change of what this JSON shows; send it back as If-Match: \"<version>\" to write only while nobody else has changed it",
                        example = "4711")
                long version) {}
