package io.articleingest.cli;

/**
 * A wrong command line: an unknown option, a missing or malformed value, too many or too few
 * operands. The command prints its one-line message and the usage, and exits 2.
 */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
