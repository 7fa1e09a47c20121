package dev.promptcanvas.annotations.formats.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIndexTest {

    @Test
    void behavesLikeAHashMapOfFirstPositions() {
        Random random = new Random(13);
        LongIndex index = new LongIndex();
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(20_000) - 10_000;
            Integer before = expected.putIfAbsent(key, i);
            assertThat(index.putIfAbsent(key, i)).isEqualTo(before == null ? -1 : before);
        }
        assertThat(index.size()).isEqualTo(expected.size());
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertThat(index.get(e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(index.get(Long.MIN_VALUE + 7)).isEqualTo(expected.getOrDefault(Long.MIN_VALUE + 7, -1));
    }
}
