package com.shop.api;

import com.shop.pojo.vending.MachineStateView;
import java.util.List;

/** What operators read about the vending machines: the goods service's vending extension. */
public interface VendingAdminService {

    /** Every machine by inner code, with the order holding its lease (if any) and all its channels. */
    List<MachineStateView> listMachineStates();
}
