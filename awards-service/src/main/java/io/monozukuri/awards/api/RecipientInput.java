package io.monozukuri.awards.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recipient as an editor writes it. */
@Schema(name = "RecipientInput")
public record RecipientInput(
        @Schema(required = true, example = "株式会社山田製作所") @NotBlank @Size(max = 300) String name,
        @Schema(required = true, example = "COMPANY") @NotNull RecipientKind kind,
        @Schema(example = "代表取締役 山田太郎") @Size(max = 300) String affiliation,
        @Schema(example = "大阪府", description = "one of the 47 prefectures (大阪府, 大阪 or JIS code 27)") @Size(max = 10)
                String prefecture,
        @Schema(example = "経済産業大臣賞", description = "must be one of the scheme's prizes") @Size(max = 200) String prize,
        @Schema(example = "製造・生産プロセス部門") @Size(max = 200) String category,
        @Schema(example = "独自の精密加工技術により…") @Size(max = 5000) String citation,
        @Schema(example = "1", description = "as in the Nobel Prize API: the recipient gets 1/share of the prize")
                @Min(1)
                @Max(10)
                Integer share,
        @Schema(example = "AWARDED", description = "AWARDED when left out") RecipientStatus status) {}
