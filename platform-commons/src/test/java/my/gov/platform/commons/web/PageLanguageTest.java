package my.gov.platform.commons.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguageTest {
    @Test
    void anExplicitChoiceWinsThenTheCookieThenTheBrowser() {
        assertThat(PageLanguage.resolve("en", "ms", "ms-MY")).isEqualTo(PageLanguage.EN);
        assertThat(PageLanguage.resolve(null, "en", "ms-MY")).isEqualTo(PageLanguage.EN);
        assertThat(PageLanguage.resolve("fr", "de", "fr-FR,en-GB;q=0.8,ms;q=0.5")).isEqualTo(PageLanguage.EN);
    }

    @Test
    void malayByDefault() {
        assertThat(PageLanguage.resolve(null, null, null)).isEqualTo(PageLanguage.MS);
        assertThat(PageLanguage.resolve(null, null, "zh-CN")).isEqualTo(PageLanguage.MS);
    }

    @Test
    void onlyTheExactCodesAreAChoice() {
        assertThat(PageLanguage.resolve("EN", "En", "ms")).isEqualTo(PageLanguage.MS);
        assertThat(PageLanguage.remembered("EN")).isEmpty();
        assertThat(PageLanguage.remembered("en")).hasValueSatisfying(cookie -> assertThat(cookie.getValue()).isEqualTo("en"));
    }
}
