package com.shop.api;

import com.shop.pojo.messaging.MessagingOverview;

/**
 * A service's messaging backlog, for operators: its outbox rows not sent yet and parked, the messages its consumers
 * failed on, the dead letters it saw. Every service provides it, each under its own Dubbo group
 * ({@link ServiceGroups}), and the order web edge gathers the five. A read only: it changes nothing (re-arming a
 * parked row and replaying a dead letter stay acts on the service itself) and checks no role, so only the edge, after
 * it checked the caller is an operator, calls it.
 */
public interface MessagingStatus {

    /** This service's report, alone, with nothing unavailable. */
    MessagingOverview overview();
}
