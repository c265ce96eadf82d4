package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Budget clause, ministries clause and re-listed marker of one heading. */
class HeadingParserTest {

    private final HeadingParser hp = new HeadingParser(MinistryRegistry.standard());

    @Test
    void severalAmountsWithQualifiers() {
        var p = hp.parse("AIチップ等の開発（133億 10百万円（当初）、1,100億円（2019年度補正）、900億円（2020年度第3次補正））");
        assertThat(p.title()).isEqualTo("AIチップ等の開発");
        assertThat(p.budgets())
                .extracting(Budget::amountYen, Budget::label, Budget::type)
                .containsExactly(
                        tuple(13_310_000_000L, "当初", BudgetType.INITIAL),
                        tuple(110_000_000_000L, "2019年度補正", BudgetType.SUPPLEMENTARY),
                        tuple(90_000_000_000L, "2020年度第3次補正", BudgetType.SUPPLEMENTARY));
        assertThat(p.budgetText()).isEqualTo("133億10百万円（当初）、1,100億円（2019年度補正）、900億円（2020年度第3次補正）");
        assertThat(p.partOf()).isFalse();
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void approximateFootnoteTotalAndSmallUnits() {
        var a = hp.parse("量子技術の推進（約 205億円※）");
        assertThat(a.budgets()).containsExactly(new Budget(20_500_000_000L, null, BudgetType.OTHER, true, false));
        var t = hp.parse("仮設工場、仮設店舗等整備事業等（総額 371億円）");
        assertThat(t.title()).isEqualTo("仮設工場、仮設店舗等整備事業等");
        assertThat(t.budgets()).containsExactly(new Budget(37_100_000_000L, "総額", BudgetType.TOTAL, false, false));
        assertThat(hp.parse("構築（53百万円）").budgets())
                .extracting(Budget::amountYen)
                .containsExactly(53_000_000L);
        assertThat(hp.parse("事業（5千万円）").budgets()).extracting(Budget::amountYen).containsExactly(50_000_000L);
        assertThat(hp.parse("事業（300万円）").budgets())
                .extracting(Budget::amountYen)
                .containsExactly(3_000_000L);
        assertThat(hp.parse("事業（1兆2,000億円）").budgets())
                .extracting(Budget::amountYen)
                .containsExactly(1_200_000_000_000L);
    }

    @Test
    void reserveAndSameYearQualifiers() {
        var p = hp.parse("国内投資促進事業（2,200 億円（2020 年度第 1次補正）、860億円（予備費）、2,108 億円（同年度第 3次補正））");
        assertThat(p.budgets())
                .extracting(Budget::label, Budget::type)
                .containsExactly(
                        tuple("2020年度第1次補正", BudgetType.SUPPLEMENTARY),
                        tuple("予備費", BudgetType.RESERVE),
                        tuple("同年度第3次補正", BudgetType.SUPPLEMENTARY));
        assertThat(hp.parse("補助金（144億円（2019年度予備費）、179億円（2019年度補正））")
                        .budgets()
                        .get(0)
                        .type())
                .isEqualTo(BudgetType.RESERVE);
    }

    @Test
    void partOfWithAndWithoutAmountAndNamedPool() {
        var a = hp.parse("戦略的基盤技術高度化支援事業（131億 20百万円の内数）");
        assertThat(a.partOf()).isTrue();
        assertThat(a.pool()).isNull();
        assertThat(a.budgets()).containsExactly(new Budget(13_120_000_000L, null, BudgetType.OTHER, false, true));
        var b = hp.parse("研究成果展開事業（先端計測分析技術・機器開発プログラム）（国立研究開発法人科学技術振興機構運営費交付金の内数）");
        assertThat(b.title()).isEqualTo("研究成果展開事業（先端計測分析技術・機器開発プログラム）");
        assertThat(b.partOf()).isTrue();
        assertThat(b.pool()).isEqualTo("国立研究開発法人科学技術振興機構運営費交付金");
        assertThat(b.budgets()).isEmpty();
        var c = hp.parse("生産性向上促進事業（3,600 億円（2019年度補正）の内数、4,000億円（2020年度第 3次補正）の内数）");
        assertThat(c.budgets()).allMatch(Budget::partOf).hasSize(2);
        var d = hp.parse("JAPANブランド育成支援事業（10億円の内数（当初）、15億円の内数（2020年度 1次補正））");
        assertThat(d.budgets())
                .extracting(Budget::label, Budget::partOf)
                .containsExactly(tuple("当初", true), tuple("2020年度1次補正", true));
        var e = hp.parse("事業（（独）中小企業基盤整備機構交付金の内数 )");
        assertThat(e.pool()).isEqualTo("（独）中小企業基盤整備機構交付金");
    }

    @Test
    void carvedOutAmountKeepsItsPool() {
        var p = hp.parse("産業系サイバーセキュリティ推進事業（（独）情報処理推進機構運営費交付金のうち 19億 30百万円）");
        assertThat(p.title()).isEqualTo("産業系サイバーセキュリティ推進事業");
        assertThat(p.pool()).isEqualTo("（独）情報処理推進機構運営費交付金");
        assertThat(p.partOf()).isFalse();
        assertThat(p.budgets()).extracting(Budget::amountYen).containsExactly(1_930_000_000L);
    }

    @Test
    void breakdownIsNeverCountedTwice() {
        var p = hp.parse("次世代自動車普及に向けた取組（258億 93百万円（当初）、116億 97百万円（経済産業省36億 97百万円、環境省 80億円）（2020年度第 3次補正））");
        assertThat(p.budgets())
                .extracting(Budget::amountYen, Budget::label)
                .containsExactly(tuple(25_893_000_000L, "当初"), tuple(11_697_000_000L, "2020年度第3次補正"));
    }

    @Test
    void misprintsAreReadAndFlagged() {
        var a = hp.parse("なりわい再建支援事業（275億円72百万円（2020年度予備費）、30億円（2020年度第3次補正））");
        assertThat(a.budgets()).extracting(Budget::amountYen).containsExactly(27_572_000_000L, 3_000_000_000L);
        assertThat(a.warnings()).hasSize(1);
        var b = hp.parse("人材開発支援助成金の活用促進（914億 92百万円（当初）、10億百万円（2020年度第3次補正））");
        assertThat(b.budgets()).extracting(Budget::amountYen).containsExactly(91_492_000_000L, 1_000_000_000L);
        assertThat(b.warnings()).hasSize(1);
        var c = hp.parse("ポスト5G情報通信システム基盤強化研究開発事業（1,100億円）（2019年度補正）、900億円（2020年度第3次補正）");
        assertThat(c.title()).isEqualTo("ポスト5G情報通信システム基盤強化研究開発事業");
        assertThat(c.budgets())
                .extracting(Budget::amountYen, Budget::label)
                .containsExactly(tuple(110_000_000_000L, "2019年度補正"), tuple(90_000_000_000L, "2020年度第3次補正"));
        assertThat(c.warnings()).hasSize(1);
    }

    @Test
    void halfWidthBracketsAndDigits() {
        var p = hp.parse("研究開発型スタートアップ支援事業(27 億 50百万円 (当初 )、7億円 (2020年度第3次補正 ))");
        assertThat(p.title()).isEqualTo("研究開発型スタートアップ支援事業");
        assertThat(p.budgets())
                .extracting(Budget::amountYen, Budget::label)
                .containsExactly(tuple(2_750_000_000L, "当初"), tuple(700_000_000L, "2020年度第3次補正"));
        var f = hp.parse("事業（１３億　５０百万円）");
        assertThat(f.budgets()).extracting(Budget::amountYen).containsExactly(1_350_000_000L);
    }

    @Test
    void ministriesClauseVersusTitlePart() {
        var p = hp.parse("元素戦略プロジェクト＜研究拠点形成型＞（16億86百万円）＜経産省、文科省＞");
        assertThat(p.title()).isEqualTo("元素戦略プロジェクト＜研究拠点形成型＞");
        assertThat(p.ministries()).extracting(Ministry::code).containsExactly("METI", "MEXT");
        assertThat(p.ministries().get(0).shortName()).isEqualTo("経産省");
        assertThat(p.ministries().get(0).name()).isEqualTo("経済産業省");
        var u = hp.parse("新事業＜経産省、宇宙省＞");
        assertThat(u.ministries()).extracting(Ministry::code).containsExactly("METI", null);
        assertThat(u.unknownMinistries()).containsExactly("宇宙省");
    }

    @Test
    void relistedMarkers() {
        var a = hp.parse("海外知的財産プロデューサーによる支援（（独）工業所有権情報・研修館運営費交付金の内数）（再掲　第 2部第 1章第 1節 3．（6）④参照）");
        assertThat(a.reposted()).isEqualTo("再掲");
        assertThat(a.title()).isEqualTo("海外知的財産プロデューサーによる支援");
        assertThat(a.pool()).isEqualTo("（独）工業所有権情報・研修館運営費交付金");
        var b = hp.parse("人材開発支援助成金の特例措置の実施（69百万円）【一部再掲】");
        assertThat(b.reposted()).isEqualTo("一部再掲");
        assertThat(b.budgets()).extracting(Budget::amountYen).containsExactly(69_000_000L);
        var c = hp.parse("経費（マル経融資の貸付限度額･金利引下げ措置の拡充【財政投融資】）");
        assertThat(c.reposted()).isNull();
        assertThat(c.title()).isEqualTo("経費（マル経融資の貸付限度額・金利引下げ措置の拡充【財政投融資】）");
    }

    @Test
    void titleGroupsWithoutMoneyStayInTheTitle() {
        assertThat(hp.parse("研究開発税制等（中小企業技術基盤強化税制）").title()).isEqualTo("研究開発税制等（中小企業技術基盤強化税制）");
        assertThat(hp.parse("新事業活動促進資金 (財政投融資 )").title()).isEqualTo("新事業活動促進資金（財政投融資）");
        assertThat(hp.parse("オープンイノベーション拠点 TIAの取組").title()).isEqualTo("オープンイノベーション拠点TIAの取組");
    }
}
