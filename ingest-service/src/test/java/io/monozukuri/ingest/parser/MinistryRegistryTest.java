package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinistryRegistryTest {

    private final MinistryRegistry r = MinistryRegistry.standard();

    @Test
    void lookupByCodeFullOrShortNameWidthTolerant() {
        assertThat(r.lookup("METI"))
                .get()
                .extracting(MinistryRegistry.Entry::name)
                .isEqualTo("経済産業省");
        assertThat(r.lookup("ｍｅｔｉ"))
                .get()
                .extracting(MinistryRegistry.Entry::code)
                .isEqualTo("METI");
        assertThat(r.lookup("経産省"))
                .get()
                .extracting(MinistryRegistry.Entry::code)
                .isEqualTo("METI");
        assertThat(r.lookup("文 科 省"))
                .get()
                .extracting(MinistryRegistry.Entry::code)
                .isEqualTo("MEXT");
        assertThat(r.lookup("厚生労働省"))
                .get()
                .extracting(MinistryRegistry.Entry::code)
                .isEqualTo("MHLW");
        assertThat(r.lookup("農水省"))
                .get()
                .extracting(MinistryRegistry.Entry::code)
                .isEqualTo("MAFF");
        assertThat(r.lookup("国交省"))
                .get()
                .extracting(MinistryRegistry.Entry::code)
                .isEqualTo("MLIT");
        assertThat(r.lookup("個人情報保護委員会"))
                .get()
                .extracting(MinistryRegistry.Entry::code)
                .isEqualTo("PPC");
        assertThat(r.lookup("宇宙省")).isEmpty();
    }

    @Test
    void coversTheRequiredCodes() {
        for (String code : new String[] {
            "CAO", "MIC", "MOJ", "MOFA", "MOF", "MEXT", "MHLW", "MAFF", "METI", "MLIT", "MOE", "MOD", "RA", "FSA",
            "CAA", "NPA", "DA", "JPO", "SMEA", "ANRE", "ACA", "JSA", "JTA", "JMA", "PPC"
        }) {
            assertThat(r.lookup(code)).as(code).isPresent();
            assertThat(r.lookup(code).get().nameEn()).isNotBlank();
        }
    }
}
