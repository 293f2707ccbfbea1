package com.shop.common.id;

/** Issues ids unique across every instance of every service, increasing within one instance. */
public interface IdGenerator {

    long nextId();
}
