package com.shop.order.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every fake participant shares: the failures it is scripted to produce, the journal its calls go to (shared
 * with the other fakes of a test to see the order of all calls), and the calls it received for each order with the
 * protocol they came by. Called directly in application tests, and over the network as a Dubbo provider in service
 * tests, so it is safe for concurrent calls.
 */
public abstract class FakeParticipant {

    /** Failures this fake produces, per method. */
    public final Script script = new Script();

    private final String name;
    private final Journal journal;
    private final List<ParticipantCall> calls = new CopyOnWriteArrayList<>();

    protected FakeParticipant(String name, Journal journal) {
        this.name = name;
        this.journal = journal;
    }

    /** The calls received for the order, in the order they came. */
    public List<ParticipantCall> callsFor(long orderId) {
        return calls.stream().filter(call -> call.orderId() == orderId).toList();
    }

    /** Records a call in the journal ("goods.getGoods") and fails it if the script says so. */
    protected void called(String method) {
        journal.record(name + "." + method);
        script.beforeEffect(method);
    }

    /** The same for a call made for an order, which is kept with the protocol it came by. */
    protected void called(String method, long orderId) {
        calls.add(new ParticipantCall(method, orderId, Calls.protocol()));
        called(method);
    }

    /** After the call's effect: fails it if the script says so, as a timeout of a call that did run. */
    protected void done(String method) {
        script.afterEffect(method);
    }

    /** An id of the test's own, far from the ids other tests use, so tests sharing a fake never meet. */
    protected static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 4);
    }
}
