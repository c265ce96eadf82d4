package io.monozukuri.awards.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who received a prize. */
@Schema(description = "PERSON, COMPANY (any business), GROUP (team, association, research group), SCHOOL")
public enum RecipientKind {
    PERSON,
    COMPANY,
    GROUP,
    SCHOOL
}
