package com.shop.common.id;

/** The worker id this instance may stamp into ids, for as long as it holds it. */
public interface WorkerIdSource {

    /**
     * @throws IllegalStateException when the instance does not hold a worker id right now (for instance while
     *                               disconnected from the registry that leases it)
     */
    int currentWorkerId();
}
