package io.articleingest.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per line, with the request id on every line, through the Lambda logger (which
 * CloudWatch keeps as one record per line). No logging framework in the deployment jar.
 */
final class JsonLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Context context;

    JsonLog(Context context) {
        this.context = context;
    }

    void info(String message, Object... fields) {
        write("INFO", message, fields);
    }

    void warn(String message, Object... fields) {
        write("WARN", message, fields);
    }

    void error(String message, Object... fields) {
        write("ERROR", message, fields);
    }

    /** @param fields alternating names and values, e.g. {@code "bucket", b, "key", k}; null values are left out */
    private void write(String level, String message, Object... fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", level);
        line.put("requestId", context == null ? null : context.getAwsRequestId());
        line.put("message", message);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                line.put(String.valueOf(fields[i]), fields[i + 1]);
            }
        }
        String json;
        try {
            json = JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            json = "{\"level\":\"ERROR\",\"message\":\"unloggable fields: " + e.getOriginalMessage() + "\"}";
        }
        if (context == null || context.getLogger() == null) {
            System.err.println(json); // outside Lambda (the CLI's audit --repair): stdout is the command's
        } else {
            context.getLogger().log(json + "\n");
        }
    }
}
