package com.shop.order.application;

import com.shop.order.domain.Order;
import java.util.List;

/** One page of orders (a user's, or every user's for an operator), newest first, and how many there are in all. */
public record OrderListing(List<Order> orders, int page, int size, long total) {}
