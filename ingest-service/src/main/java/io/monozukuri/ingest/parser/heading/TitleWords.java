package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.TextNorm;

/**
 * The words {@link TitleBoundary} weighs: those that end the titles of measures in these reports, those that open a
 * sentence, entity prefixes ({@code （株）}), a title's own first words repeated by its body, a fragment of a
 * sentence printed elsewhere, and the classes of characters.
 */
final class TitleWords {

    private TitleWords() {}

    /** Words that end the titles of measures in these reports (the head noun of a measure's name). */
    static final String[] TITLE_ENDS = {
        "について",
        "事業",
        "支援",
        "推進",
        "促進",
        "対策",
        "取組",
        "実施",
        "開発",
        "制度",
        "施策",
        "強化",
        "整備",
        "啓発",
        "構築",
        "提供",
        "確保",
        "実現",
        "普及",
        "育成",
        "安定",
        "支給",
        "運用",
        "改善",
        "充実",
        "特例",
        "開催",
        "保護",
        "協力",
        "作成",
        "派遣",
        "向上",
        "改革",
        "調査",
        "展開",
        "振興",
        "宣言",
        "保証",
        "税制",
        "認定",
        "協議会",
        "諸税",
        "補助金",
        "助成金",
        "資金",
        "融資",
        "貸付",
        "プログラム",
        "プロジェクト",
        "プラットフォーム",
        "フォーラム",
        "システム",
        "センター",
        "ゴール",
        "法",
        "等"
    };

    /** Words that open a sentence of these reports and never go on a title. */
    static final String[] OPENERS = {"これ", "この", "その", "それ", "また", "さらに", "なお", "ここ", "我が国", "本事業", "本制度", "当該"};

    /** Bracketed abbreviations of a legal form that open an organisation's name ({@code （株）日本政策金融公庫が}). */
    static final String[] ENTITY_PREFIXES = {"（株）", "（独）", "（一財）", "（一社）", "（公財）", "（公社）", "（国研）", "（有）"};

    /**
     * The text at p repeats the title's first words: its first two kanji or katakana, or its first four characters
     * ({@code ものづくり…}), an entity prefix skipped.
     */
    static boolean repeatsHead(String s, int p) {
        int h = 0;
        for (String e : ENTITY_PREFIXES) {
            if (s.startsWith(e)) {
                h = e.length();
            }
        }
        int head = h + 2 <= s.length() && wordChar(s.charAt(h)) && wordChar(s.charAt(h + 1)) ? 2 : 4;
        return h + head <= p && s.startsWith(s.substring(h, h + head), p);
    }

    /** The text at p opens with a particle and closes a quote or bracket it never opened. */
    static boolean fragmentAt(String s, int p) {
        if (!particle(s.charAt(p))) {
            return false;
        }
        int d = 0;
        for (int k = p; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '「' || c == '（') {
                d++;
            } else if (c == '」' || c == '）') {
                if (d == 0) {
                    return true;
                }
                d--;
            } else if (c == '。') {
                return false;
            }
        }
        return false;
    }

    /** The last characters of the words that end titles: a quick test before the words are compared. */
    static final String TITLE_END_CHARS = lastChars();

    static String lastChars() {
        StringBuilder b = new StringBuilder();
        for (String w : TITLE_ENDS) {
            char c = w.charAt(w.length() - 1);
            if (b.indexOf(String.valueOf(c)) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean endsTitleWord(String s, int p) {
        char c = s.charAt(p - 1);
        if (c == '）' || c == '」') {
            return true;
        }
        if (TITLE_END_CHARS.indexOf(c) < 0) {
            return false;
        }
        for (String w : TITLE_ENDS) {
            if (endsWith(s, p, w)) {
                return true;
            }
        }
        return false;
    }

    static boolean opensSentence(String s, int p) {
        for (String o : OPENERS) {
            if (s.startsWith(o, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean entityAt(String s, int p) {
        if (p < 0) {
            return false;
        }
        for (String e : ENTITY_PREFIXES) {
            if (s.startsWith(e, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWith(String s, int p, String w) {
        return p >= w.length() && s.startsWith(w, p - w.length());
    }

    static boolean particle(char c) {
        return "のにをはがとでへもや".indexOf(c) >= 0;
    }

    static boolean hira(String s, int k) {
        return k >= 0 && k < s.length() && hira(s.charAt(k));
    }

    static boolean hira(char c) {
        return TextNorm.isHiraganaChar(c);
    }

    static boolean kata(char c) {
        return (c >= '\u30A0' && c <= '\u30FF');
    }

    static boolean kanji(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || c == '々';
    }

    static boolean wordChar(char c) {
        return kanji(c) || kata(c);
    }

    static boolean ascii(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
