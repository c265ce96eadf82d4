package io.monozukuri.measures.service;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.api.Ministry;
import io.monozukuri.measures.mapping.MeasureMapper;
import io.monozukuri.measures.repository.MeasureRepository;
import io.monozukuri.measures.repository.MinistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ministry registry with how many measures name each ministry. */
@ApplicationScoped
public class MinistryService {

    private final MinistryRepository ministries;
    private final MeasureRepository measures;
    private final MeasureMapper mapper;

    public MinistryService(MinistryRepository ministries, MeasureRepository measures, MeasureMapper mapper) {
        this.ministries = ministries;
        this.measures = measures;
        this.mapper = mapper;
    }

    public PageResponse<Ministry> list(PageRequest page) {
        Map<String, Object[]> usage = new HashMap<>();
        measures.ministryUsage().forEach(r -> usage.put((String) r[0], r));
        List<Ministry> all = new ArrayList<>();
        for (MinistryEntity m : ministries.listAll()) {
            Object[] u = usage.get(m.code);
            Set<String> shortNames = new LinkedHashSet<>();
            if (m.shortName != null) {
                shortNames.add(m.shortName);
            }
            if (u != null && u[2] != null) {
                shortNames.addAll(Arrays.asList(u[2].toString().split("\u001f")));
            }
            all.add(mapper.toApi(m, List.copyOf(shortNames), u == null ? 0 : ((Number) u[1]).longValue()));
        }
        all.sort(Comparator.comparingLong(Ministry::measureCount).reversed().thenComparing(Ministry::code));
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(all.subList(from, to), page, all.size());
    }
}
