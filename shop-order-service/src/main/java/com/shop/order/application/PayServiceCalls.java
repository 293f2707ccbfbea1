package com.shop.order.application;

import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import java.util.function.Supplier;
import lombok.extern.slf4j.Slf4j;

/** How the order service calls the pay service: its refusals pass as they are, anything else means it is unreachable. */
@Slf4j
final class PayServiceCalls {

    private PayServiceCalls() {}

    /**
     * @throws ShopException the pay service's own refusal, as it gave it
     * @throws ServiceUnavailableException the call timed out or the pay service could not be reached; whether it took
     *     effect is unknown, so the caller changes nothing and leaves the order as it is
     */
    static <T> T ask(String step, long orderId, Supplier<T> call) {
        try {
            return call.get();
        } catch (ShopException refusal) {
            throw refusal;
        } catch (RuntimeException unreachable) {
            log.warn("{} of order {} failed; the order is unchanged", step, orderId, unreachable);
            throw new ServiceUnavailableException("the pay service did not answer in time or could not be reached; "
                            + "order " + orderId + " is unchanged")
                    .withOrderId(orderId);
        }
    }
}
