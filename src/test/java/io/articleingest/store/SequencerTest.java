package io.articleingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencerTest {

    @Test
    void shorterSequencersCompareAsSmallerNumbers() {
        // as plain strings "FF" > "0100"; as S3 sequencers (hex numbers) it is the other way round
        assertTrue(Sequencer.compare("FF", "0100") < 0);
        assertTrue(Sequencer.compare("0062A1B2C3D4E5F601", "62A1B2C3D4E5F602") < 0);
        assertEquals(0, Sequencer.compare("00ab", "AB"));
    }

    @Test
    void normalisedSequencersSortAsStrings() {
        assertTrue(Sequencer.normalise("FF").compareTo(Sequencer.normalise("100")) < 0);
        assertEquals(Sequencer.WIDTH, Sequencer.normalise("1").length());
    }

    @Test
    void refusesWhatIsNoSequencer() {
        assertThrows(IllegalArgumentException.class, () -> Sequencer.normalise("not-hex"));
    }
}
