package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stage: measure assembly — codes, clauses, descriptions, sources and award-scheme links of every node. */
abstract class MeasureAssembly extends StructureStage {

    MeasureAssembly(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

    List<ParsedMeasure> buildMeasures(List<ParsedAwardScheme> schemes) {
        List<ParsedMeasure> out = new ArrayList<>();
        subs.sort(Comparator.comparingInt((SubNode s) -> s.sec.order()).thenComparingInt(s -> s.num));
        List<String> schemeKeys = new ArrayList<>();
        for (ParsedAwardScheme s : schemes) {
            schemeKeys.add(TextNorm.title(s.name()).replace(" ", ""));
        }
        Set<String> codes = new HashSet<>();
        for (SubNode sn : subs) {
            SectionNode sec = sn.sec;
            Heading ch = new Heading(sec.ch.num, sec.ch.title);
            Heading se = new Heading(sec.num, sec.title);
            HeadingParser.Parsed sp = sn.self.parsed;
            String subTitle = sp == null ? null : sp.title();
            Heading su = new Heading(sn.num, subTitle);
            String code = sec.ch.num + "-" + sec.num + "-" + sn.num;
            int start = sn.ev != null
                    ? sn.ev.start
                    : (sn.group != null && !sn.group.items.isEmpty() ? sn.group.items.get(0).ev.start : 0);
            int end = sn.ev != null ? sn.ev.end : start;
            out.add(measure(
                    code,
                    null,
                    MeasureKind.SUBSECTION,
                    ch,
                    se,
                    su,
                    null,
                    null,
                    sn.self,
                    sp,
                    start,
                    end,
                    schemeKeys,
                    schemes));
            if (!codes.add(code)) {
                warn(start, "DUPLICATE_CODE", "code " + code + " produced twice");
            }
            if (sn.group == null) {
                continue;
            }
            List<Node> items = new ArrayList<>(sn.group.items);
            items.sort(Comparator.comparingInt(n -> n.num));
            for (Node it : items) {
                String ic = code + "-(" + it.num + ")";
                if (!codes.add(ic)) {
                    warn(it.ev.start, "DUPLICATE_CODE", "item code " + ic + " produced twice");
                }
                out.add(measure(
                        ic,
                        code,
                        MeasureKind.ITEM,
                        ch,
                        se,
                        su,
                        it.num,
                        null,
                        it,
                        it.parsed,
                        it.ev.start,
                        it.ev.end,
                        schemeKeys,
                        schemes));
                List<Node> kids = new ArrayList<>(it.children);
                kids.sort(Comparator.comparingInt(n -> n.num));
                for (Node k : kids) {
                    String kc = ic + "-" + circledChar(k.num);
                    if (!codes.add(kc)) {
                        warn(k.ev.start, "DUPLICATE_CODE", "sub-item code " + kc + " produced twice");
                    }
                    out.add(measure(
                            kc,
                            ic,
                            MeasureKind.SUBITEM,
                            ch,
                            se,
                            su,
                            it.num,
                            k.num,
                            k,
                            k.parsed,
                            k.ev.start,
                            k.ev.end,
                            schemeKeys,
                            schemes));
                }
            }
        }
        return out;
    }

    ParsedMeasure measure(
            String code,
            String parent,
            MeasureKind kind,
            Heading ch,
            Heading se,
            Heading su,
            Integer item,
            Integer subitem,
            Node node,
            HeadingParser.Parsed p,
            int start,
            int end,
            List<String> schemeKeys,
            List<ParsedAwardScheme> schemes) {
        String desc = description(node.text);
        int last = end;
        for (int l : node.text) {
            last = Math.max(last, l);
        }
        String title = p == null ? null : p.title();
        List<String> names = new ArrayList<>();
        if (!schemeKeys.isEmpty()) {
            boolean[] found = new boolean[schemeKeys.size()];
            findKeys(title, schemeKeys, found);
            findKeys(desc, schemeKeys, found);
            for (int k = 0; k < found.length; k++) {
                if (found[k]) {
                    names.add(schemes.get(k).name());
                }
            }
        }
        return new ParsedMeasure(
                code,
                parent,
                kind,
                ch,
                se,
                su,
                item,
                subitem,
                title,
                desc,
                p == null ? List.of() : p.budgets(),
                p == null ? null : p.budgetText(),
                p != null && p.partOf(),
                p == null ? null : p.pool(),
                p == null ? List.of() : p.ministries(),
                p == null ? null : p.reposted(),
                !desc.isEmpty(),
                sourceRef(start, last),
                names);
    }

    Map<Character, int[]> keysByFirst;
    long[] firstChars; // bit set of the keys' first characters

    /** Marks the keys that occur in s: one pass over s, keys looked up by their first character. */
    void findKeys(String s, List<String> keys, boolean[] found) {
        if (s == null || s.isEmpty()) {
            return;
        }
        if (keysByFirst == null) {
            keysByFirst = new java.util.HashMap<>();
            firstChars = new long[1024];
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                if (!key.isEmpty()) {
                    int[] old = keysByFirst.get(key.charAt(0));
                    int[] v = old == null ? new int[] {k} : Arrays.copyOf(old, old.length + 1);
                    v[v.length - 1] = k;
                    keysByFirst.put(key.charAt(0), v);
                    firstChars[key.charAt(0) >>> 6] |= 1L << key.charAt(0);
                }
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((firstChars[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            int[] ks = keysByFirst.get(c);
            if (ks == null) {
                continue;
            }
            for (int k : ks) {
                if (!found[k] && s.startsWith(keys.get(k), i)) {
                    found[k] = true;
                }
            }
        }
    }

    String description(List<Integer> lines) {
        StringBuilder b = new StringBuilder();
        int prev = -1;
        for (int line : lines) {
            String t = sq(line);
            if (t.isEmpty()) {
                continue;
            }
            if (prev >= 0) {
                if (paraBreak(prev, line)) {
                    b.append('\n');
                } else if (b.length() > 0
                        && TextNorm.isAsciiWord(b.charAt(b.length() - 1))
                        && TextNorm.isAsciiWord(t.charAt(0))
                        && Character.isLetter(t.charAt(0))) {
                    b.append(' ');
                }
            }
            b.append(t);
            prev = line;
        }
        return b.toString();
    }

    Integer page0(int line0) {
        return pageOf(line0);
    }
}
