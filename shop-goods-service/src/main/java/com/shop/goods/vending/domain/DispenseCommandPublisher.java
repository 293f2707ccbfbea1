package com.shop.goods.vending.domain;

/** Delivers dispense commands to the machines. A remote call: never made inside a database transaction. */
public interface DispenseCommandPublisher {

    /**
     * Returns once the command is safely with the machines' broker (not once the machine dispensed: its answer comes
     * back separately). Throws when that could not be confirmed; sending again is safe, machines deduplicate.
     */
    void send(DispenseCommand command);
}
