package io.monozukuri.awards.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who received what in one edition of a scheme. */
@Schema(name = "Recipient")
public record Recipient(
        @Schema(required = true) UUID id,
        @Schema(required = true) SchemeRef scheme,
        @Schema(required = true) EditionRef edition,
        @Schema(required = true, example = "株式会社山田製作所") String name,
        @Schema(required = true) RecipientKind kind,
        @Schema(nullable = true) String affiliation,
        @Schema(nullable = true, example = "大阪府") String prefecture,
        @Schema(nullable = true, example = "経済産業大臣賞") String prize,
        @Schema(nullable = true) String category,
        @Schema(nullable = true) String citation,
        @Schema(required = true, example = "1") int share,
        @Schema(required = true) RecipientStatus status,
        @Schema(
                        required = true,
                        description =
                                "changes with every change of what this JSON shows; send it back as If-Match: \"<version>\" to write only while nobody else has changed it",
                        example = "4711")
                long version) {

    @Schema(name = "SchemeRef")
    public record SchemeRef(@Schema(required = true) UUID id, @Schema(required = true) String name) {}

    @Schema(name = "EditionRef")
    public record EditionRef(
            @Schema(required = true) UUID id,
            @Schema(nullable = true, example = "9") Integer number,
            @Schema(required = true, example = "2022") int year) {}
}
