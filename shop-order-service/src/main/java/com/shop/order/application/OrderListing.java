package com.shop.order.application;

import com.shop.order.domain.Order;
import java.util.List;

/** One page of a user's orders, newest first, and how many orders the user has in all. */
public record OrderListing(List<Order> orders, int page, int size, long total) {}
