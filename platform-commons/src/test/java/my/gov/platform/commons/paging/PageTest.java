package my.gov.platform.commons.paging;

import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {
    @Test
    void theExtraRowOnlySignalsThatMoreExist() {
        List<UUID> fetched = IntStream.range(0, 4).mapToObj(i -> Ids.newId()).toList();
        Page<UUID> page = Page.of(fetched, 3, Function.identity(), PageRequest::cursorOf);
        assertThat(page.items()).containsExactlyElementsOf(fetched.subList(0, 3));

        PageRequest next = new PageRequest();
        next.cursor = page.nextCursor();
        assertThat(next.after()).isEqualTo(fetched.get(2));
    }

    @Test
    void theLastPageHasNoCursor() {
        Page<UUID> page = Page.of(List.of(Ids.newId()), 3, Function.identity(), PageRequest::cursorOf);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void aForgedCursorIsAValidationProblem() {
        PageRequest request = new PageRequest();
        request.cursor = "not-a-cursor";
        assertThatThrownBy(request::after).isInstanceOf(ProblemException.class).hasMessageContaining("cursor");
    }
}
