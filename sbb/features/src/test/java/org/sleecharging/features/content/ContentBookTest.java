package org.sleecharging.features.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

class ContentBookTest {

    @Test
    void contentIdsAndInstanceNamesMapBothWays() {
        assertThat(ContentBook.instanceName("song-42")).isEqualTo("content:song-42");
        assertThat(ContentBook.contentId("content:song-42")).isEqualTo("song-42");
        assertThat(ContentBook.contentId("voice")).isNull();
    }

    @Test
    void settledOnlyOnceTheSessionEndedAndEveryContentIsDone() {
        ContentBook book = ContentBook.EMPTY.request("a", 10).request("b", 20)
                .withPhase("a", ContentPhase.DONE);

        assertThat(book.isSettled()).isFalse();
        assertThat(book.withSessionEnded().isSettled()).isFalse();
        assertThat(book.withSessionEnded().withPhase("b", ContentPhase.DONE).isSettled()).isTrue();
        assertThat(book.withPhase("b", ContentPhase.DONE).isSettled()).isFalse();
    }

    @Test
    void changesReturnNewBooksAndLeaveTheOldOneAlone() {
        ContentBook one = ContentBook.EMPTY.request("a", 10);
        ContentBook two = one.withPhase("a", ContentPhase.RESERVING);

        assertThat(one.get("a").phase()).isEqualTo(ContentPhase.NEW);
        assertThat(two.get("a").phase()).isEqualTo(ContentPhase.RESERVING);
        assertThat(two.get("a").octets()).isEqualTo(10);
        assertThat(ContentBook.EMPTY.asMap()).isEmpty();
    }

    @Test
    void refusesARepeatedRequestAnUnknownContentAndAnEmptyOne() {
        ContentBook book = ContentBook.EMPTY.request("a", 10);

        assertThatThrownBy(() -> book.request("a", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.get("b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.request("c", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivesSerialisationAsACmpFieldMust() throws Exception {
        ContentBook book = ContentBook.EMPTY.request("a", 10).withPhase("a", ContentPhase.ALLOWED).withSessionEnded();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(book);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(book);
        }
    }
}
