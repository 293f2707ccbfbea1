package com.shop.api;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.pojo.vending.MachineGoodsView;
import com.shop.pojo.vending.MachineView;
import com.shop.pojo.vending.VendingQuote;
import java.math.BigDecimal;
import java.util.List;

/** Vending machines, their channels and dispensing: the goods service's vending extension. */
public interface VendingService {

    List<MachineView> listMachines();

    /**
     * What the machine can sell now: per goods, the units of its channels summed and the lowest channel price, most
     * units first; empty channels are left out.
     */
    List<MachineGoodsView> listMachineGoods(String innerCode) throws MachineNotFoundException;

    /** The price of one unit at the machine now: its cheapest channel of the goods that has units left. */
    VendingQuote quote(String innerCode, long goodsId)
            throws MachineNotFoundException, GoodsNotFoundException, InsufficientStockException;

    /**
     * Takes the machine's lease for the order and reserves one unit of the goods, at {@code price}, in one of its
     * channels. Idempotent on {@code orderId}; refused once the order was cancelled. Both are given back by the
     * cancel fan-out, and the lease also when the unit is dispensed.
     *
     * @throws MachineBusyException      the machine is leased to another order
     * @throws InsufficientStockException no channel of the machine has a unit of the goods left
     * @throws PriceMismatchException    units are left only at another price than the order's
     */
    void reserve(long orderId, String innerCode, long goodsId, BigDecimal price)
            throws MachineNotFoundException, MachineBusyException, InsufficientStockException, PriceMismatchException,
                    IllegalOrderStateException, InvalidRequestException;
}
