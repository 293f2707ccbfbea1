package com.shop.user.domain;

import com.shop.pojo.user.UserRole;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;
import lombok.ToString;

/** A user account: {@code userMoney} is the balance, {@code userScore} the points. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class User {

    private long userId;
    private String userName;
    /** BCrypt hash; never leaves this service. */
    @ToString.Exclude
    private String userPassword;

    private String userMobile;
    private int userScore;
    private Date userRegTime;
    private BigDecimal userMoney;
    private UserRole userRole;
}
