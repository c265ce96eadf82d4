package io.monozukuri.awards.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a scheme still runs; ENDED when the report says so (e.g. 2020年度で終了). */
@Schema(description = "ENDED when the report says the scheme has ended (e.g. 2020年度で終了)")
public enum SchemeStatus {
    ACTIVE,
    ENDED
}
