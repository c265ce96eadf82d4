package io.monozukuri.awards.repository;

import io.monozukuri.contracts.FrequencyKind;
import io.monozukuri.contracts.RecruitmentMethod;
import io.monozukuri.contracts.SchemeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Parsed filters of the scheme list; nulls mean "any".
 *
 * @param ministryCodes codes the ministry parameter stands for (upper case)
 * @param ministryName the ministry parameter as a name
 * @param terms search keys that must all occur in the name or summary
 */
public record SchemeFilter(
        List<String> ministryCodes,
        String ministryName,
        FrequencyKind frequency,
        RecruitmentMethod recruitment,
        SchemeStatus status,
        List<String> terms,
        LocalDate openOn,
        UUID report) {}
