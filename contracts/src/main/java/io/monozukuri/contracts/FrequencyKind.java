package io.monozukuri.contracts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a scheme awards: ＜毎年＞, ＜隔年＞, ＜3年に一度＞ or anything else. */
@Schema(
        name = "FrequencyKind",
        description = "ANNUAL = 毎年, BIENNIAL = 隔年, TRIENNIAL = 3年に一度, OTHER = anything else or nothing printed")
public enum FrequencyKind {
    ANNUAL,
    BIENNIAL,
    TRIENNIAL,
    OTHER
}
