package com.shop.api;

import com.shop.api.exception.InvalidRequestException;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundView;
import java.util.List;

/** What operators read about payments: every user's, newest first. The web edges serve it to operators only. */
public interface PaymentAdminService {

    /** The latest payments of any user, newest first, at most {@code limit} (1 to 100). */
    List<PaymentView> recentPayments(int limit) throws InvalidRequestException;

    /** The latest refunds, newest first, at most {@code limit} (1 to 100), a failed one with its reason. */
    List<RefundView> recentRefunds(int limit) throws InvalidRequestException;
}
