package com.shop.pojo.event;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A user account was created: services that keep something per user (the welcome coupon) set it up, once. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class UserRegistered implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long userId;
    private String userName;
}
