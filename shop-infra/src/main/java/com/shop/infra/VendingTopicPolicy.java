package com.shop.infra;

import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;

/**
 * Who may use which vending topic on the embedded broker. The goods service publishes commands on any machine's
 * {@code vm/<innerCode>/vendout} and subscribes to {@code vm/+/vendout/result}; a machine subscribes only to its own
 * {@code vm/<innerCode>/vendout} and publishes only on its own {@code vm/<innerCode>/vendout/result}. Topic filters
 * are compared as written, so a machine asking for {@code vm/+/vendout} or {@code vm/#} is refused. Everything else
 * is refused to everyone.
 */
final class VendingTopicPolicy implements IAuthorizatorPolicy {

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        String name = topic.toString();
        if (DevelopmentMqttUsers.SERVICE_USERNAME.equals(user)) {
            return isCommandTopic(name);
        }
        return DevelopmentMqttUsers.machineOf(user)
                .map(VendingTopics::results)
                .filter(name::equals)
                .isPresent();
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        String filter = topic.toString();
        if (DevelopmentMqttUsers.SERVICE_USERNAME.equals(user)) {
            return filter.equals(VendingTopics.ALL_RESULTS);
        }
        return DevelopmentMqttUsers.machineOf(user)
                .map(VendingTopics::commands)
                .filter(filter::equals)
                .isPresent();
    }

    private static boolean isCommandTopic(String topic) {
        String[] levels = topic.split("/", -1);
        return levels.length == 3
                && levels[0].equals("vm")
                && levels[2].equals("vendout")
                && DevelopmentMqttUsers.isMachine(levels[1]);
    }
}
