package com.shop.common.messaging.deadletter;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters}: the dead letters seen, and a replay ({@code POST} with {@code group} and
 * {@code messageId}). Like every endpoint but health it is closed until the configuration opens it
 * ({@code management.endpoints.web.exposure.include}).
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;

    public DeadLettersEndpoint(DeadLetters deadLetters, DeadLetterReplay replay) {
        this.deadLetters = deadLetters;
        this.replay = replay;
    }

    @ReadOperation
    public Map<String, Object> deadLetters() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("seen", deadLetters.seenByGroup());
        view.put("recent", deadLetters.recent());
        return view;
    }

    /** @return the id of the message sent again */
    @WriteOperation
    public Map<String, String> replay(String group, String messageId) throws Exception {
        return Map.of("replayedAs", replay.replay(group, messageId));
    }
}
