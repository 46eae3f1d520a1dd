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

    @Test
    void aListComputedWholeIsWalkedPageByPageInItsOwnOrder() {
        List<String> all = List.of("e", "d", "c", "b", "a");
        PageRequest request = new PageRequest();
        request.limit = 2;
        Page<String> first = Page.slice(all, request);
        request.cursor = first.nextCursor();
        Page<String> second = Page.slice(all, request);
        request.cursor = second.nextCursor();
        Page<String> last = Page.slice(all, request);

        assertThat(first.items()).containsExactly("e", "d");
        assertThat(second.items()).containsExactly("c", "b");
        assertThat(last.items()).containsExactly("a");
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void anIdCursorDoesNotServeAsAPositionNorAPositionAsAnId() {
        PageRequest idCursor = new PageRequest();
        idCursor.cursor = PageRequest.cursorOf(Ids.newId());
        PageRequest positionCursor = new PageRequest();
        positionCursor.cursor = PageRequest.cursorAt(3);
        PageRequest negative = new PageRequest();
        negative.cursor = PageRequest.cursorAt(-1);

        assertThatThrownBy(idCursor::offset).isInstanceOf(ProblemException.class).hasMessageContaining("cursor");
        assertThatThrownBy(positionCursor::after).isInstanceOf(ProblemException.class).hasMessageContaining("cursor");
        assertThatThrownBy(negative::offset).isInstanceOf(ProblemException.class).hasMessageContaining("cursor");
    }
}
