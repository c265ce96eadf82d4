package io.monozukuri.contracts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How candidates reach a scheme: an open call (一般公募), a nomination (…からの推薦), or neither printed. */
@Schema(name = "RecruitmentMethod", description = "PUBLIC_CALL = 一般公募, NOMINATION = 推薦, NONE = nothing printed")
public enum RecruitmentMethod {
    PUBLIC_CALL,
    NOMINATION,
    NONE
}
