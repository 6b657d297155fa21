package dev.plyometer.report.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {
    @Test
    void escapesMarkupCharactersAndQuotes() {
        assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void keepsNonAsciiLettersAsTheyAre() {
        assertThat(Html.escape("Zoë Ødegård, 李雷")).isEqualTo("Zoë Ødegård, 李雷");
    }

    @Test
    void replacesControlCharactersThatHtmlDoesNotAllow() {
        assertThat(Html.escape("a\u0000b\u0007c\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
    }

    @Test
    void writesNullAsADash() {
        assertThat(Html.escape(null)).isEqualTo("–");
    }
}
