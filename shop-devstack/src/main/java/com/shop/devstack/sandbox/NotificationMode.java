package com.shop.devstack.sandbox;

/** Whether the sandbox delivers payment notifications or loses them, as a network sometimes does. */
enum NotificationMode {
    DELIVER,
    DROP
}
