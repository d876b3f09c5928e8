package org.cxplanner.roadmap.ui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A click on empty space in a lane sends no bar id: it opens nothing and throws nothing (it threw on every click). */
@Tag("unit")
class TimelineClickTest {

    @Test
    void aClickWithoutABarReadsAsNoId() {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        assertThat(TimelineCanvas.text(empty, "event.target.closest('.timeline-bar')?.dataset.id")).isEmpty();
        ObjectNode nothing = JsonNodeFactory.instance.objectNode().putNull("event.target.dataset.id");
        assertThat(TimelineCanvas.text(nothing, "event.target.dataset.id")).isEmpty();
        ObjectNode bar = JsonNodeFactory.instance.objectNode().put("event.target.dataset.id", "12");
        assertThat(TimelineCanvas.text(bar, "event.target.dataset.id")).isEqualTo("12");
    }
}
