package com.shop.user.domain;

/** Events about users that other services must hear, written in the transaction of the change. */
public interface UserEventPublisher {

    /** The user was just inserted; other services set up what they keep per user. */
    void userRegistered(User user);
}
