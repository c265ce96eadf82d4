package io.monozukuri.awards.repository;

import io.monozukuri.awards.api.RecipientKind;
import java.util.List;
import java.util.UUID;

/** Parsed filters of the recipient search; nulls mean "any". */
public record RecipientFilter(
        List<String> terms,
        UUID schemeId,
        String schemeNameKey,
        UUID editionId,
        Integer year,
        String prefecture,
        RecipientKind kind,
        String prize) {}
