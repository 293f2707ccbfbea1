package com.shop.infra;

import java.util.Optional;

/** The MQTT topics between the goods service and the machines. */
public final class VendingTopics {

    /** Every machine's commands. */
    public static final String ALL_COMMANDS = "vm/+/vendout";
    /** Every machine's results: what the goods service subscribes to. */
    public static final String ALL_RESULTS = "vm/+/vendout/result";

    private static final String PREFIX = "vm/";
    private static final String COMMANDS_SUFFIX = "/vendout";

    private VendingTopics() {}

    /** Where a machine gets its dispense commands. */
    public static String commands(String innerCode) {
        return PREFIX + innerCode + COMMANDS_SUFFIX;
    }

    /** Where a machine reports what it dispensed. */
    public static String results(String innerCode) {
        return commands(innerCode) + "/result";
    }

    /** The machine of a command topic. */
    public static Optional<String> machineOf(String commandTopic) {
        if (!commandTopic.startsWith(PREFIX) || !commandTopic.endsWith(COMMANDS_SUFFIX)) {
            return Optional.empty();
        }
        String innerCode = commandTopic.substring(PREFIX.length(), commandTopic.length() - COMMANDS_SUFFIX.length());
        return innerCode.isEmpty() || innerCode.contains("/") ? Optional.empty() : Optional.of(innerCode);
    }
}
