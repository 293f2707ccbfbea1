package com.shop.devstack.sandbox;

/** One API of the platform, such as the unified order; throws {@link BusinessRefusal} to refuse. */
@FunctionalInterface
interface PlatformOperation {

    PlatformReply handle(PlatformRequest request);
}
