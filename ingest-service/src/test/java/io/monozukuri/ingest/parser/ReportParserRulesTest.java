package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.heading.HeadingMarks;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One rule of docs/report-format.md per test, on small synthetic texts (not the sample). */
class ReportParserRulesTest {

    private final ReportParser parser = ReportParser.failFast();

    private static final String HEAD = "令和3年度において\nものづくり基盤技術の\n振興に関して講じた施策\n\n第 1 章\n\n試験の章\n第1節 試験の節\n\n";

    private Map<String, ParsedMeasure> measures(String text) {
        return parser.parse(text).measures().stream()
                .collect(Collectors.toMap(
                        ParsedMeasure::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void fiscalYearAndTitleFromTheDocument() {
        ParseResult r = parser.parse(HEAD + "試験施策の実施1\n\n（1）試験事業\n本文である。\n");
        assertThat(r.report().fiscalYear()).isEqualTo(2021);
        assertThat(r.report().title()).isEqualTo("令和3年度においてものづくり基盤技術の振興に関して講じた施策");
        assertThat(parser.parse("平成30年度においてものづくり基盤技術の振興に関して講じた施策\n").report().fiscalYear())
                .isEqualTo(2018);
        assertThat(parser.parse("令和元年度の施策\n").report().fiscalYear()).isEqualTo(2019);
        assertThat(parser.parse("ものづくり白書\n\nはじめに\n以下では、2022年度において講じた施策を報告する。\n")
                        .report()
                        .fiscalYear())
                .isEqualTo(2022);
    }

    @Test
    void numberLastNumberFirstAndTwoOnOneLine() {
        String t = HEAD
                + "研究開発の\n実施及びその普及1\n\n（1）甲事業\n本文。\n\n"
                + "（1）乙事業\n本文。\n\n"
                + "（1）丙事業\n本文。\n\n"
                + "研修及び相談2 知的財産の支援3\n"
                + " （1）丁事業\n本文。\n\n"
                + "4 新たな集積の促進及び\n支援機能の充実\n";
        var m = measures(t);
        assertThat(m.get("1-1-1").title()).isEqualTo("研究開発の実施及びその普及");
        assertThat(m.get("1-1-1-(1)").title()).isEqualTo("甲事業");
        assertThat(m.get("1-1-2").title()).isEqualTo("研修及び相談");
        assertThat(m.get("1-1-2-(1)").title()).isEqualTo("乙事業");
        assertThat(m.get("1-1-3").title()).isEqualTo("知的財産の支援");
        assertThat(m.get("1-1-3-(1)").title()).isEqualTo("丙事業");
        assertThat(m.get("1-1-4").title()).isEqualTo("新たな集積の促進及び支援機能の充実");
        assertThat(m.get("1-1-4-(1)").title()).isEqualTo("丁事業");
    }

    @Test
    void headingsMovedToThePageEndHeadTheItemsBeforeThem() {
        String t = HEAD
                + "前の施策1\n\n（1）前の事業\n本文。\n\n"
                + " （1）後の事業一\n本文。\n\n（2）後の事業二\n本文。\n\n"
                + "後の施策2\n\n第2節 次の節\n\n次の施策1\n"
                + " 次のページの続き。\n";
        var m = measures(t);
        assertThat(m.get("1-1-2").title()).isEqualTo("後の施策");
        assertThat(m.get("1-1-2-(1)").title()).isEqualTo("後の事業一");
        assertThat(m.get("1-1-2-(2)").title()).isEqualTo("後の事業二");
        assertThat(m.get("1-2-1").title()).isEqualTo("次の施策");
        assertThat(m.get("1-2-1").hasBody()).isFalse();
    }

    @Test
    void missingSubsectionHeadingIsInferredWithAWarning() {
        String t = HEAD + "最初の施策1\n\n（1）甲事業\n本文。\n\n（2）乙事業\n本文。\n\n（1）丙事業\n本文。\n";
        ParseResult r = parser.parse(t);
        var m = r.measures().stream().collect(Collectors.toMap(ParsedMeasure::code, x -> x));
        assertThat(m).containsKeys("1-1-1-(2)", "1-1-2", "1-1-2-(1)");
        assertThat(m.get("1-1-2").title()).isNull();
        assertThat(m.get("1-1-2").subsection().title()).isNull();
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("SUBSECTION_INFERRED");
            assertThat(w.line()).isEqualTo(18);
        });
    }

    @Test
    void clausesWrapAcrossLinesBlankLinesAndPageStarts() {
        String t = HEAD + "試験の施策1\n\n（1）試験\n"
                + "①量子技術イノベーションの戦略的な推進（約 205\n\n 億円※）＜内閣府、総\n務省＞\n本文である。\n"
                + "②�AIチップ・次世代情報処理技術・情報通信技術\n\n等の開発（133億 10百万円（当初）、1,100億円�\n（2019年度補正））\n\n　本文である。\n"
                + "③国家基幹技術の開発・利用によるものづくりの基盤\n強化\n\n本文である。\n";
        var m = measures(t);
        ParsedMeasure a = m.get("1-1-1-(1)-①");
        assertThat(a.title()).isEqualTo("量子技術イノベーションの戦略的な推進");
        assertThat(a.budgets()).containsExactly(new Budget(20_500_000_000L, null, BudgetType.OTHER, true, false));
        assertThat(a.ministries()).extracting(Ministry::code).containsExactly("CAO", "MIC");
        assertThat(a.description()).isEqualTo("本文である。");
        ParsedMeasure b = m.get("1-1-1-(1)-②");
        assertThat(b.title()).isEqualTo("AIチップ・次世代情報処理技術・情報通信技術等の開発");
        assertThat(b.budgets()).hasSize(2);
        assertThat(m.get("1-1-1-(1)-③").title()).isEqualTo("国家基幹技術の開発・利用によるものづくりの基盤強化");
    }

    @Test
    void notHeadings() {
        String t = HEAD + "試験の施策1\n\n（1）試験事業\n本文は、（ア）水素還元、\n（イ）フェロコークスの開発を行った。\n"
                + "振興基準に、①知的財産の取扱い、②手形等の支払を追記した。\n"
                + "（2021 年 4 月 1 日時点）\n";
        var m = measures(t);
        assertThat(m).containsOnlyKeys("1-1-1", "1-1-1-(1)");
        assertThat(m.get("1-1-1-(1)").description()).contains("（イ）フェロコークス").contains("①知的財産の取扱い");
    }

    @Test
    void circledNumbersBeyondTwenty() {
        StringBuilder b = new StringBuilder(HEAD + "試験の施策1\n\n（1）試験\n");
        for (int i = 1; i <= 22; i++) {
            b.append(HeadingMarks.circledChar(i)).append("事業").append(i).append("号（1億円）\n本文。\n");
        }
        var m = measures(b.toString());
        assertThat(m).containsKeys("1-1-1-(1)-⑳", "1-1-1-(1)-㉑", "1-1-1-(1)-㉒");
        assertThat(m.get("1-1-1-(1)-㉒").subitem()).isEqualTo(22);
        assertThat(m.get("1-1-1-(1)-㉒").title()).isEqualTo("事業22号");
    }

    @Test
    void noiseIsRemoved() {
        String t = HEAD + "試験の施策1\n\n（1）試験　事業\n"
                + "スーパーコンピュータ「富\n\nふ が く\n岳」を開発し、年 度 に は\u3000成果を\uFFFD得た。\n\n"
                + "年齢に関わりなく働ける社会の実現2 第\n２\n節\n\n（1）次の事業\n本文。\n";
        var m = measures(t);
        assertThat(m.get("1-1-1-(1)").title()).isEqualTo("試験事業");
        assertThat(m.get("1-1-1-(1)").description()).isEqualTo("スーパーコンピュータ「富岳」を開発し、年度には成果を得た。");
    }

    @Test
    void subsectionWithoutItemsIsTheMeasure() {
        String t = HEAD + "施策一1\n\n（1）甲事業\n本文。\n\n"
                + "技能評価システム移転促進事業（1億円）2\n\n"
                + " 開発途上国に対し、技能評価システムのノウハウの移転を進めた。\n\n"
                + "第2節 その他\n\n1 第9回ものづくり日本大賞の実施\n＜経産省、文科省＞\n\n"
                + " ものづくり日本大賞は、人材を顕彰するもの。\n\n第 2 章\n\n次の章\n";
        var m = measures(t);
        ParsedMeasure s = m.get("1-1-2");
        assertThat(s.kind()).isEqualTo(MeasureKind.SUBSECTION);
        assertThat(s.title()).isEqualTo("技能評価システム移転促進事業");
        assertThat(s.budgets()).extracting(Budget::amountYen).containsExactly(100_000_000L);
        assertThat(s.description()).contains("技能評価システムのノウハウ");
        ParsedMeasure n = m.get("1-2-1");
        assertThat(n.title()).isEqualTo("第9回ものづくり日本大賞の実施");
        assertThat(n.ministries()).extracting(Ministry::code).containsExactly("METI", "MEXT");
        assertThat(n.description()).startsWith("ものづくり日本大賞は");
    }

    @Test
    void relistedMeasuresAreMarked() {
        String t = HEAD + "試験の施策1\n\n（1）�戦略的基盤技術高度化支援事業（再掲　第 2\n部第 1章第 1節 1.（4）②参照）\n\n"
                + "（2）�人材開発支援助成金の特例措置の実施（69\n百万円）【一部再掲】\n\n本文。\n";
        var m = measures(t);
        assertThat(m.get("1-1-1-(1)").reposted()).isEqualTo("再掲");
        assertThat(m.get("1-1-1-(1)").title()).isEqualTo("戦略的基盤技術高度化支援事業");
        assertThat(m.get("1-1-1-(2)").reposted()).isEqualTo("一部再掲");
        assertThat(m.get("1-1-1-(2)").budgets()).extracting(Budget::amountYen).containsExactly(69_000_000L);
    }

    @Test
    void unknownMinistryIsKeptAndWarned() {
        ParseResult r = parser.parse(HEAD + "試験の施策1\n\n（1）宇宙事業（1億円）＜経産省、宇宙省＞\n本文。\n");
        ParsedMeasure m = r.measures().get(1);
        assertThat(m.ministries()).extracting(Ministry::shortName).containsExactly("経産省", "宇宙省");
        assertThat(m.ministries().get(1).code()).isNull();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("UNKNOWN_MINISTRY"));
    }

    @Test
    void pagesAndSourceLines() {
        String t = HEAD + "試験の施策1\n\n（1）甲事業\n本文。\n 次のページ。\n（2）乙事業\n本文。\n";
        ParseResult r = parser.parse(t);
        ParsedMeasure b = r.measures().get(2);
        assertThat(b.code()).isEqualTo("1-1-1-(2)");
        assertThat(b.source().lineStart()).isEqualTo(15);
        assertThat(b.source().page()).isEqualTo(2);
        assertThat(r.report().pageCount()).isEqualTo(2);
        ParseResult np = parser.parse(t.replace("\n 次", "\n次"));
        assertThat(np.measures().get(2).source().page()).isNull();
    }

    @Test
    void sourceHashIgnoresLineEndsAndBom() {
        String t = HEAD + "試験の施策1\n\n（1）甲事業\n本文。\n";
        String h = parser.parse(t).report().sourceHash();
        assertThat(parser.parse(t.replace("\n", "\r\n")).report().sourceHash()).isEqualTo(h);
        assertThat(parser.parse("\uFEFF" + t).report().sourceHash()).isEqualTo(h);
        assertThat(parser.parse(t.replace("\n", "\r")).report().sourceHash()).isEqualTo(h);
        assertThat(h).isEqualTo(ReportParser.sourceHash(t));
    }

    @Test
    void awardTable() {
        String t = HEAD + "試験の施策1\n\n（1）甲事業\n本文。\n\n第 7 章\n\n主な表彰等制度\n\n"
                + "表彰制度名 表彰対象・概要 担当省庁 交付賞 頻度等\n\n"
                + "ものづくり日本大賞 我が国産業を支えてきた\n\nものづくりの人材を表彰。\n\n"
                + "経済産業省\n製造産業局\nものづくり\n政策審議室\n\n"
                + "内閣総理大臣賞\n（4省上申）\n経済産業大臣賞\n\n"
                + "【一般公募】\n＜ 3 年に一度＞\n次回公募：\n2021 年\n5 月～ 8 月（予定）\n\n"
                + "職業能力開発論文\nコンクール\n\n論文を表彰。\n\n厚生労働省人材\n開発統括官付訓\n練企画室\n\n"
                + "－ 【都道府県等から\nの推薦】\n2020年度で終了\n";
        ParseResult r = parser.parse(t);
        List<ParsedAwardScheme> s = r.awardSchemes();
        assertThat(s).hasSize(2);
        ParsedAwardScheme a = s.get(0);
        assertThat(a.name()).isEqualTo("ものづくり日本大賞");
        assertThat(a.summary()).isEqualTo("我が国産業を支えてきたものづくりの人材を表彰。");
        assertThat(a.ministry()).isEqualTo(new AwardMinistry("METI", "経済産業省"));
        assertThat(a.office()).isEqualTo("製造産業局ものづくり政策審議室");
        assertThat(a.prizes()).containsExactly("内閣総理大臣賞", "経済産業大臣賞");
        assertThat(a.prizeNote()).isEqualTo("4省上申");
        assertThat(a.recruitment()).isEqualTo(new Recruitment(RecruitmentMethod.PUBLIC_CALL, "一般公募"));
        assertThat(a.frequency()).isEqualTo(new Frequency(FrequencyKind.TRIENNIAL, "3年に一度"));
        assertThat(a.nextCall().from()).isEqualTo("2021-05");
        assertThat(a.nextCall().to()).isEqualTo("2021-08");
        assertThat(a.status()).isEqualTo(SchemeStatus.ACTIVE);
        ParsedAwardScheme b = s.get(1);
        assertThat(b.name()).isEqualTo("職業能力開発論文コンクール");
        assertThat(b.ministry().code()).isEqualTo("MHLW");
        assertThat(b.office()).isEqualTo("人材開発統括官付訓練企画室");
        assertThat(b.prizes()).isEmpty();
        assertThat(b.recruitment().method()).isEqualTo(RecruitmentMethod.NOMINATION);
        assertThat(b.status()).isEqualTo(SchemeStatus.ENDED);
        assertThat(r.report().chapters()).extracting(ParsedChapter::number).contains(7);
    }

    @Test
    void neverThrowsOnDegenerateInput() {
        for (String s : new String[] {
            null,
            "",
            "\n",
            " ",
            "（1）",
            "①",
            "第 1 章",
            "第1節",
            "1",
            "（1）（（（（（（",
            "＜＜＜",
            "（1）事業（1億円円円円）",
            "表彰制度名 担当省庁\n経済産業省\n",
            "\uFEFF",
            "\r\r\r",
            "第 1 章\n\n第1節 x\n\n施策1\n施策2\n施策3\n"
        }) {
            ParseResult r = parser.parse(s);
            assertThat(r).isNotNull();
            assertThat(r.report().sourceHash()).hasSize(64);
            assertThat(r.warnings()).noneMatch(w -> w.code().equals("PARSER_FAILURE"));
        }
    }

    @Test
    void aSentenceCutByTheOtherColumnIsJoinedToTheNodeThatLeftItOpenEvenWhenPrintedBefore() {
        String t = HEAD
                + "試験施策の実施1\n\n（1）甲事業\n甲の制度には、「基\n\n に応じた支援が実施された。\n\n"
                + "（2）乙事業\n乙の本文である。\n\n礎コース」がある。\n\n"
                + "（3）丙事業\n丙の本文では、地域の実情\n";
        ParseResult r = parser.parse(t);
        var m = measures(t);
        // the quote left open by (1) is closed by 「礎コース」」, not by a paragraph without 」
        assertThat(m.get("1-1-1-(1)").description()).isEqualTo("甲の制度には、「基礎コース」がある。");
        assertThat(m.get("1-1-1-(2)").description()).isEqualTo("乙の本文である。");
        // printed before the sentence it ends: placed after the structure pass
        assertThat(m.get("1-1-1-(3)").description()).isEqualTo("丙の本文では、地域の実情に応じた支援が実施された。");
        assertThat(m.get("1-1-1-(3)").source().lineEnd()).isEqualTo(23);
        assertThat(r.warnings()).noneMatch(w -> w.code().equals("BODY_PLACEMENT_UNCERTAIN"));
    }

    @Test
    void theWordsAcrossTheJoinChooseBetweenTwoOpenSentences() {
        String t = HEAD
                + "試験施策の実施1\n\n（1）資金繰り支援\n①甲特別貸付\n甲豪雨の被害を受けた事業者\n\n"
                + "②乙特別貸付\n乙豪雨の被害を受けた事業者が無保証人で利用\n\n"
                + "③丙特別貸付\n丙豪雨の被害を受けた事業者への資金繰りを支援した。無保証人で利用できる融資を拡充した。\n\n"
                + " への資金繰りを支援した。\n\nできる融資を拡充した。\n";
        var m = measures(t);
        assertThat(m.get("1-1-1-(1)-①").description()).isEqualTo("甲豪雨の被害を受けた事業者への資金繰りを支援した。");
        assertThat(m.get("1-1-1-(1)-②").description()).isEqualTo("乙豪雨の被害を受けた事業者が無保証人で利用できる融資を拡充した。");
    }

    @Test
    void aMeasurePrintedWithoutTextClaimsTheParagraphThatNamesIt() {
        String t = HEAD
                + "試験施策の実施1\n\n（1）資金繰り支援\n①甲特別貸付\n甲豪雨の被害を受けた事業者への資金繰りを支援した。\n\n"
                + "②マル経融資の貸付限度額の拡充\n\n（1）乙再建支援事業\n乙豪雨の被害を受けた事業者の再建を支援した。\n\n"
                + "新型の感染症の影響を受けた事業者に、マル経融資の貸付限度の拡充を実施した。\n";
        var m = measures(t);
        assertThat(m.get("1-1-1-(1)-②").description()).isEqualTo("新型の感染症の影響を受けた事業者に、マル経融資の貸付限度の拡充を実施した。");
        assertThat(m.get("1-1-2-(1)").description()).isEqualTo("乙豪雨の被害を受けた事業者の再建を支援した。");
    }

    @Test
    void aParagraphEndingASentenceThatNoNodeLeftOpenIsFlagged() {
        String t = HEAD + "試験施策の実施1\n\n（1）甲事業\n甲の本文である。\n\n礎コース」がある。\n";
        ParseResult r = parser.parse(t);
        assertThat(measures(t).get("1-1-1-(1)").description()).isEqualTo("甲の本文である。\n礎コース」がある。");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("BODY_PLACEMENT_UNCERTAIN");
            assertThat(w.line()).isEqualTo(15);
        });
    }
}
