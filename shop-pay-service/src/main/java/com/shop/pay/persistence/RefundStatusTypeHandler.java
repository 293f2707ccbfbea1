package com.shop.pay.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.pojo.pay.RefundStatus;

/** {@code trade_refund.refund_status} holds the status code, not the name. */
public class RefundStatusTypeHandler extends CodedEnumTypeHandler<RefundStatus> {

    public RefundStatusTypeHandler() {
        super(RefundStatus::code, RefundStatus::ofCode);
    }
}
