package com.shop.order.application;

import java.util.ArrayList;
import java.util.List;

/** What the fakes were asked to do, in the order they were asked. */
final class Journal {

    private final List<String> entries = new ArrayList<>();

    void record(String entry) {
        entries.add(entry);
    }

    List<String> entries() {
        return List.copyOf(entries);
    }

    /** Forgets what was recorded so far, to watch what comes next. */
    void clear() {
        entries.clear();
    }
}
