package io.monozukuri.awards.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** As in the Nobel Prize API's laureate status: normally AWARDED. */
@Schema(description = "AWARDED (default), DECLINED (the recipient declined it), REVOKED (withdrawn later)")
public enum RecipientStatus {
    AWARDED,
    DECLINED,
    REVOKED
}
