package io.articleingest.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.articleingest.handler.IngestHandler;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** The Lambda context of a local invocation: a fresh request id, logs to the given stream. */
public final class LocalContext implements Context {

    /** The template's function timeout: what a fresh invocation has left. */

    private final String requestId = UUID.randomUUID().toString();
    private final LambdaLogger logger;
    private final long deadlineMillis;

    public LocalContext(PrintStream logStream) {
        this(logStream, IngestHandler.FUNCTION_TIMEOUT);
    }

    /** @param remaining the time the invocation has before Lambda stops it */
    public LocalContext(PrintStream logStream, Duration remaining) {
        this.deadlineMillis = System.currentTimeMillis() + remaining.toMillis();
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                logStream.print(message);
            }

            @Override
            public void log(byte[] message) {
                logStream.print(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/local";
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return "IngestFunction";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:IngestFunction";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
