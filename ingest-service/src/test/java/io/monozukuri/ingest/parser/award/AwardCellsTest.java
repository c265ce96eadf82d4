package io.monozukuri.ingest.parser.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.ParsedAwardScheme;
import io.monozukuri.ingest.parser.ReportParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The award table read by content: the same schemes with or without empty lines, at any line width. */
class AwardCellsTest {

    static final String TABLE = "第 7 章\n\n主な表彰等制度\n\n表彰制度名 表彰対象・概要 担当省庁 交付賞 頻度等\n\n"
            + "ものづくり日本大賞 我が国産業を支えてきた\n\nものづくりの人材を表彰。\n\n"
            + "経済産業省\n製造産業局\nものづくり\n政策審議室\n\n"
            + "内閣総理大臣賞\n（4省上申）\n経済産業大臣賞\n\n"
            + "【一般公募】\n＜ 3 年に一度＞\n次回公募：\n2021 年\n5 月～ 8 月（予定）\n\n"
            + "製品安全対策優良企業\n表彰\n\n事業者の製品安全の取組を表彰。\n\n"
            + "経済産業省\n産業保安\nグループ\n製品安全課\n\n経済産業大臣賞 【一般公募】\n＜毎年＞\n次回公募：\n2021年夏頃\n\n"
            + " 表彰制度名 表彰対象・概要 担当省庁 交付賞 頻度等\n\n"
            + "職業能力開発論文\nコンクール\n\n論文を表彰。\n\n厚生労働省人材\n開発統括官付訓\n練企画室\n\n"
            + "－ 【都道府県等から\nの推薦】\n2020年度で終了\n";

    static List<ParsedAwardScheme> schemes(String text) {
        return ReportParser.failFast().parse(text).awardSchemes();
    }

    @Test
    void cellsByContent() {
        List<ParsedAwardScheme> s = schemes(TABLE);
        assertThat(s).extracting(ParsedAwardScheme::name).containsExactly("ものづくり日本大賞", "製品安全対策優良企業表彰", "職業能力開発論文コンクール");
        assertThat(s.get(0).office()).isEqualTo("製造産業局ものづくり政策審議室");
        assertThat(s.get(0).prizes()).containsExactly("内閣総理大臣賞", "経済産業大臣賞");
        assertThat(s.get(0).nextCall().from()).isEqualTo("2021-05");
        assertThat(s.get(1).summary()).isEqualTo("事業者の製品安全の取組を表彰。");
        assertThat(s.get(1).nextCall().text()).isEqualTo("2021年夏頃");
        assertThat(s.get(2).office()).isEqualTo("人材開発統括官付訓練企画室");
        assertThat(s.get(2).prizes()).isEmpty();
        assertThat(s.get(2).status().name()).isEqualTo("ENDED");
    }

    @Test
    void theSameWithoutEmptyLinesAndCutAtTenCharacters() {
        List<ParsedAwardScheme> base = schemes(TABLE);
        String noEmpty = TABLE.replaceAll("\n+", "\n");
        StringBuilder narrow = new StringBuilder();
        for (String l : noEmpty.split("\n")) {
            for (int p = 0; p < l.length(); p += 10) {
                narrow.append(l, p, Math.min(l.length(), p + 10)).append('\n');
            }
        }
        for (String variant : List.of(noEmpty, narrow.toString())) {
            assertThat(schemes(variant))
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
                    .containsExactlyElementsOf(base);
        }
    }
}
