package io.articleingest.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the integration tests on the emulators: one {@link EmulatedAws} per test class. */
public abstract class OnEmulatedAws {

    protected static EmulatedAws aws;

    @BeforeAll
    static void startEmulators() {
        aws = new EmulatedAws();
    }

    @AfterAll
    static void stopEmulators() {
        aws.close();
    }
}
