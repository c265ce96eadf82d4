package io.monozukuri.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A link from a measure to an award scheme of awards-service that it mentions. */
@Embeddable
public class MeasureAwardScheme {

    @Column(name = "scheme_id")
    public UUID schemeId;

    public String name;

    public MeasureAwardScheme() {}

    public MeasureAwardScheme(UUID schemeId, String name) {
        this.schemeId = schemeId;
        this.name = name;
    }
}
