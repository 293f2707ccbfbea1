package com.shop.pojo.order;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One page of a user's orders, newest first. {@code page} counts from 0. */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class OrderPage implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private List<OrderView> items = new ArrayList<>();
    private int page;
    private int size;
    private long total;
}
