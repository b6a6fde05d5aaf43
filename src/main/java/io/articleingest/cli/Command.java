package io.articleingest.cli;

import java.io.PrintStream;

/**
 * One command of the command line. It declares its options in a {@link CommandSpec} and runs on
 * arguments already parsed against it; {@link Commands#run} applies the contract every command
 * shares ({@code --help}, usage errors, one-line errors, {@code --debug}).
 */
public interface Command {

    CommandSpec spec();

    /**
     * @return the exit status: 0 done, 1 failed (after printing why)
     * @throws UsageException when a value is wrong in a way only the command can tell
     * @throws Exception      any other failure: reported on one line, exit status 1
     */
    int run(Arguments args, PrintStream out, PrintStream err) throws Exception;
}
