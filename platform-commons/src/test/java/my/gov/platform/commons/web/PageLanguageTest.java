package my.gov.platform.commons.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguageTest {
    @Test
    void anExplicitChoiceWinsThenTheCookieThenTheBrowser() {
        assertThat(PageLanguage.resolve("en", "ms", "ms-MY")).isEqualTo("en");
        assertThat(PageLanguage.resolve(null, "en", "ms-MY")).isEqualTo("en");
        assertThat(PageLanguage.resolve("fr", "de", "fr-FR,en-GB;q=0.8,ms;q=0.5")).isEqualTo("en");
    }

    @Test
    void malayByDefault() {
        assertThat(PageLanguage.resolve(null, null, null)).isEqualTo("ms");
        assertThat(PageLanguage.resolve(null, null, "zh-CN")).isEqualTo("ms");
    }
}
