package com.shop.common.messaging.outbox;

import java.util.Set;
import org.apache.rocketmq.client.common.ClientErrorCode;
import org.apache.rocketmq.client.exception.MQBrokerException;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.remoting.exception.RemotingException;
import org.apache.rocketmq.remoting.protocol.ResponseCode;

/**
 * Tells a send that failed because the broker could not be reached or was overloaded (it fails for every row alike and
 * passes) from one refused for something about the message itself (it fails the same way every time). Only refusals
 * bring a row towards being parked: a broker outage of a few minutes must not park everything written meanwhile.
 */
final class SendFailures {

    /** The broker or the route to it is missing, slow or busy: nothing to do with the message. */
    private static final Set<Integer> OUTAGE_CODES = Set.of(
            ClientErrorCode.CONNECT_BROKER_EXCEPTION,
            ClientErrorCode.ACCESS_BROKER_TIMEOUT,
            ClientErrorCode.BROKER_NOT_EXIST_EXCEPTION,
            ClientErrorCode.NO_NAME_SERVER_EXCEPTION,
            ClientErrorCode.NOT_FOUND_TOPIC_EXCEPTION,
            ClientErrorCode.REQUEST_TIMEOUT_EXCEPTION,
            ResponseCode.SYSTEM_ERROR,
            ResponseCode.SYSTEM_BUSY,
            ResponseCode.SERVICE_NOT_AVAILABLE,
            ResponseCode.FLUSH_DISK_TIMEOUT,
            ResponseCode.SLAVE_NOT_AVAILABLE,
            ResponseCode.FLUSH_SLAVE_TIMEOUT);

    private SendFailures() {}

    /** @return true when the failure was the message's own, false when it was the broker's or the network's */
    static boolean isRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RemotingException
                    || cause instanceof InterruptedException
                    || OUTAGE_CODES.contains(responseCode(cause))) {
                return false;
            }
        }
        return true;
    }

    private static int responseCode(Throwable failure) {
        if (failure instanceof MQClientException client) {
            return client.getResponseCode();
        }
        if (failure instanceof MQBrokerException broker) {
            return broker.getResponseCode();
        }
        return 0;
    }
}
