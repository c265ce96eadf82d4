package io.monozukuri.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A ministry named in a measure's ministries clause, with the short form printed there. */
@Embeddable
public class MeasureMinistry {

    @Column(name = "ministry_code")
    public String code;

    @Column(name = "short_name")
    public String shortName;

    public MeasureMinistry() {}

    public MeasureMinistry(String code, String shortName) {
        this.code = code;
        this.shortName = shortName;
    }
}
