package io.articleingest.local;

import io.articleingest.handler.IngestHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code sam local invoke -e EVENT} without Docker: builds the handler as the Lambda runtime does
 * (no-argument constructor, configuration from the environment, endpoints from
 * {@code AWS_ENDPOINT_URL_*}) and hands it each event file; prints each result on stdout.
 */
public final class LocalInvoke {

    private LocalInvoke() {
    }

    public static void main(String[] eventFiles) throws IOException {
        IngestHandler handler = new IngestHandler();
        for (String file : eventFiles) {
            String result = handler.handleRequest(S3Events.parse(Files.readString(Path.of(file))),
                    new LocalContext(System.err));
            System.out.println(result);
        }
    }
}
