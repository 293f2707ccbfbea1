package com.shop.orderweb.rpc;

import com.shop.api.ServiceGroups;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import lombok.extern.slf4j.Slf4j;

/**
 * Asks every service the same question at once, each given {@code timeout} to answer: one that does not (down, slow,
 * refusing), or that no thread is free to ask, is named unavailable rather than failing the whole read for one
 * service's part. What the edge reads of every service, such as an order's trail, is gathered with it.
 *
 * @param <S> the interface every service provides, each under its own group
 */
@Slf4j
public final class EveryService<S> implements AutoCloseable {

    private final Map<String, S> services;
    private final ExecutorService executor;
    private final Duration timeout;

    /**
     * @param services each service's provider by its name, in the order answers and unavailable ones are listed
     * @param executor runs the calls; owned by this and shut down with it
     */
    public EveryService(Map<String, S> services, ExecutorService executor, Duration timeout) {
        this.services = new LinkedHashMap<>(services);
        this.executor = executor;
        this.timeout = timeout;
    }

    /** The five services' providers by their group, in the order of {@link ServiceGroups#ALL}. */
    public static <S> Map<String, S> byGroup(S order, S goods, S coupon, S user, S pay) {
        List<S> providers = List.of(order, goods, coupon, user, pay);
        Map<String, S> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < providers.size(); i++) {
            byGroup.put(ServiceGroups.ALL.get(i), providers.get(i));
        }
        return byGroup;
    }

    /**
     * Daemon threads for the calls, {@code threads} at most and {@code queue} calls waiting: a call beyond them is
     * refused at once, its service unavailable, rather than queued behind reads that are timing out.
     */
    public static ExecutorService threads(String name, int threads, int queue) {
        return new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue), task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param what what is asked, for the log of a service that gave no answer
     * @param question the call to make of each service; an answer of null counts as none
     */
    public <A> Answers<A> ask(String what, Function<S, A> question) {
        Map<String, CompletableFuture<A>> calls = new LinkedHashMap<>();
        services.forEach((service, provider) -> calls.put(service, ask(service, provider, what, question)));
        Map<String, A> answered = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        calls.forEach((service, call) -> {
            A answer = call.join();
            if (answer == null) {
                unavailable.add(service);
            } else {
                answered.put(service, answer);
            }
        });
        return new Answers<>(answered, unavailable);
    }

    /** The answer, or null when there was none in time. */
    private <A> CompletableFuture<A> ask(String service, S provider, String what, Function<S, A> question) {
        try {
            return CompletableFuture.supplyAsync(() -> question.apply(provider), executor)
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> {
                        log.warn("The {} service gave no answer for {}: {}", service, what, failure.toString());
                        return null;
                    });
        } catch (RejectedExecutionException busy) {
            log.warn("No thread free to ask the {} service for {}", service, what);
            return CompletableFuture.completedFuture(null);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * @param answered the answers, by service, in the services' order
     * @param unavailable the services that gave none, in the services' order
     */
    public record Answers<A>(Map<String, A> answered, List<String> unavailable) {}
}
