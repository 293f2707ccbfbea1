package com.shop.e2e;

import com.shop.e2e.support.ShopDatabase;

/**
 * Makes the order service's confirm step fail for real: a trigger in its database refuses the UNCONFIRMED →
 * CONFIRMED update of orders addressed to {@link #CONSIGNEE}, as a failing disk or a lost connection would.
 */
final class ConfirmationFault implements AutoCloseable {

    static final String CONSIGNEE = "confirm-step-fails";
    private static final String TRIGGER = "e2e_fail_confirmation";

    private final ShopDatabase db;

    private ConfirmationFault(ShopDatabase db) {
        this.db = db;
    }

    static ConfirmationFault install(ShopDatabase db) {
        db.update("shop_order", "DROP TRIGGER IF EXISTS " + TRIGGER);
        db.update(
                "shop_order",
                "CREATE TRIGGER " + TRIGGER + " BEFORE UPDATE ON trade_order FOR EACH ROW"
                        + " BEGIN"
                        + "   IF OLD.order_status = 0 AND NEW.order_status = 1 AND NEW.consignee = '" + CONSIGNEE
                        + "' THEN"
                        + "     SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure of the confirm step';"
                        + "   END IF;"
                        + " END");
        return new ConfirmationFault(db);
    }

    @Override
    public void close() {
        db.update("shop_order", "DROP TRIGGER IF EXISTS " + TRIGGER);
    }
}
