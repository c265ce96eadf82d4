package io.monozukuri.ingest.parser;

import io.monozukuri.commons.text.SearchText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registry of Japanese ministries and agencies: lookup by code, full name or short name (width tolerant). */
public final class MinistryRegistry {

    /** One registry entry. */
    public record Entry(String code, String name, List<String> shortNames, String nameEn) {}

    private static final MinistryRegistry DEFAULT = new MinistryRegistry();

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byKey = new HashMap<>();

    private MinistryRegistry() {
        add("CAO", "内閣府", "Cabinet Office", "内閣府");
        add("MIC", "総務省", "Ministry of Internal Affairs and Communications", "総務省");
        add("MOJ", "法務省", "Ministry of Justice", "法務省");
        add("MOFA", "外務省", "Ministry of Foreign Affairs", "外務省");
        add("MOF", "財務省", "Ministry of Finance", "財務省");
        add("MEXT", "文部科学省", "Ministry of Education, Culture, Sports, Science and Technology", "文科省");
        add("MHLW", "厚生労働省", "Ministry of Health, Labour and Welfare", "厚労省");
        add("MAFF", "農林水産省", "Ministry of Agriculture, Forestry and Fisheries", "農水省");
        add("METI", "経済産業省", "Ministry of Economy, Trade and Industry", "経産省");
        add("MLIT", "国土交通省", "Ministry of Land, Infrastructure, Transport and Tourism", "国交省");
        add("MOE", "環境省", "Ministry of the Environment", "環境省");
        add("MOD", "防衛省", "Ministry of Defense", "防衛省");
        add("RA", "復興庁", "Reconstruction Agency", "復興庁");
        add("FSA", "金融庁", "Financial Services Agency", "金融庁");
        add("CAA", "消費者庁", "Consumer Affairs Agency", "消費者庁");
        add("NPA", "警察庁", "National Police Agency", "警察庁");
        add("DA", "デジタル庁", "Digital Agency", "デジタル庁");
        add("JPO", "特許庁", "Japan Patent Office", "特許庁");
        add("SMEA", "中小企業庁", "Small and Medium Enterprise Agency", "中小企業庁");
        add("ANRE", "資源エネルギー庁", "Agency for Natural Resources and Energy", "資源エネルギー庁", "エネ庁");
        add("ACA", "文化庁", "Agency for Cultural Affairs", "文化庁");
        add("JSA", "スポーツ庁", "Japan Sports Agency", "スポーツ庁");
        add("JTA", "観光庁", "Japan Tourism Agency", "観光庁");
        add("JMA", "気象庁", "Japan Meteorological Agency", "気象庁");
        add("PPC", "個人情報保護委員会", "Personal Information Protection Commission", "個人情報保護委員会", "個情委");
        add("JFTC", "公正取引委員会", "Japan Fair Trade Commission", "公正取引委員会", "公取委");
        add("CAS", "内閣官房", "Cabinet Secretariat", "内閣官房");
        add("MHLW", "厚生省", "Ministry of Health, Labour and Welfare", "厚生省");
    }

    public static MinistryRegistry standard() {
        return DEFAULT;
    }

    private void add(String code, String name, String en, String... shorts) {
        Entry e = byKey.get(key(code));
        if (e == null) {
            e = new Entry(code, name, List.of(shorts), en);
            entries.add(e);
            byKey.put(key(code), e);
        }
        byKey.putIfAbsent(key(name), e);
        for (String s : shorts) {
            byKey.putIfAbsent(key(s), e);
        }
    }

    /** All entries (one per code). */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Lookup by code, full name or short name; full-width/half-width and spaces are ignored. */
    public Optional<Entry> lookup(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(codeOrName)));
    }

    /** The Ministry for a printed name, keeping the printed form as shortName; empty when unknown. */
    public Optional<Ministry> ministry(String printed) {
        String p = TextNorm.title(printed);
        return lookup(p).map(e -> new Ministry(e.code(), e.name(), p, e.nameEn()));
    }

    /** The registry entry whose full name starts the given text (longest match), if any. */
    public Optional<Entry> fullNamePrefix(String text) {
        Entry best = null;
        for (Entry e : entries) {
            if (text.startsWith(e.name())
                    && (best == null || e.name().length() > best.name().length())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Codes and names are matched by the one identity form of the project (NFKC, case and spaces ignored). */
    private static String key(String s) {
        return SearchText.key(s);
    }
}
