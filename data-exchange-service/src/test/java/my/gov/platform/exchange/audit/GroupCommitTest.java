package my.gov.platform.exchange.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupCommitTest {
    @Test
    void jdbcPlaceholdersAreNumberedInOrderForTheReactiveClient() {
        assertThat(GroupCommit.numbered("SELECT ?::uuid[], x FROM unnest(?::text[]) WHERE y = ?"))
                .isEqualTo("SELECT $1::uuid[], x FROM unnest($2::text[]) WHERE y = $3");
    }
}
