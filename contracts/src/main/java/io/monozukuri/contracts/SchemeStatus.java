package io.monozukuri.contracts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an award scheme still runs; ENDED when the report says so (e.g. 2020年度で終了). */
@Schema(
        name = "SchemeStatus",
        description = "ENDED when the report says the scheme has ended (e.g. 2020年度で終了), else ACTIVE")
public enum SchemeStatus {
    ACTIVE,
    ENDED
}
