package io.monozukuri.awards.service;

import io.monozukuri.commons.text.SearchText;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 47 prefectures, in JIS X 0401 order. */
public final class Prefectures {

    public static final List<String> ALL = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県",
            "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
            "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
            "鹿児島県", "沖縄県");

    private static final Map<String, String> LOOKUP = new HashMap<>();

    static {
        for (int i = 0; i < ALL.size(); i++) {
            String name = ALL.get(i);
            LOOKUP.put(name, name);
            LOOKUP.put(String.format("%02d", i + 1), name);
            LOOKUP.put(String.valueOf(i + 1), name);
            if (!name.equals("北海道")) {
                LOOKUP.put(name.substring(0, name.length() - 1), name);
            }
        }
    }

    private Prefectures() {}

    /** The full name of a prefecture given by full name, name without 都/府/県, or JIS code; empty if unknown. */
    public static Optional<String> canonical(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(LOOKUP.get(SearchText.key(Normalizer.normalize(value, Normalizer.Form.NFKC))));
    }
}
