package com.shop.order.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the fakes were asked to do, in the order they were asked. */
public final class Journal {

    private final List<String> entries = new CopyOnWriteArrayList<>();

    public void record(String entry) {
        entries.add(entry);
    }

    public List<String> entries() {
        return List.copyOf(entries);
    }

    /** Forgets what was recorded so far, to watch what comes next. */
    public void clear() {
        entries.clear();
    }
}
